package io.github.vnetkit.cli;

import picocli.CommandLine;

/** Checks shared by the planner commands, reported as picocli parameter errors (exit code 2). */
final class Options {

  private Options() {}

  /** Fails with "{@code option (value) must be at least 0}" if {@code value} is negative. */
  static int nonNegative(CommandLine cli, String option, int value) {
    if (value < 0) {
      throw new CommandLine.ParameterException(cli, option + " (" + value + ") must be at least 0");
    }
    return value;
  }
}
