package io.github.vnetkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every planner command takes: {@code --container-apps} and {@code --json}. */
final class CommonOptions {

  @Option(
      names = "--container-apps",
      paramLabel = "N",
      description =
          "Windows-container apps per instance, for Windows-container plans (default: 0) (CAP-3).")
  int containerApps;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  /** The number of Windows-container apps, checked to be at least 0. */
  int containerApps(CommandLine cli) {
    return nonNegative(cli, "--container-apps", containerApps);
  }

  /** Fails with "{@code option (value) must be at least 0}" if {@code value} is negative. */
  static int nonNegative(CommandLine cli, String option, int value) {
    if (value < 0) {
      throw new CommandLine.ParameterException(cli, option + " (" + value + ") must be at least 0");
    }
    return value;
  }
}
