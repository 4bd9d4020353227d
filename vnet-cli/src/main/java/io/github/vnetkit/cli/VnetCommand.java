package io.github.vnetkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vnet} command: the root of the subcommands {@code capacity}, {@code plan}, {@code
 * scale} (subnet capacity, SPEC CAP) and {@code tiers}. Every planner command takes {@code --json}
 * for one JSON object with camelCase keys. Exit codes: 0 for an answer, including "does not fit"; 2
 * for bad arguments, reported as one line on standard error.
 *
 * <pre>{@code
 * java -jar vnet-cli/target/vnet.jar plan --instances 30
 * java -jar vnet-cli/target/vnet.jar capacity --prefix 26 --json
 * java -jar vnet-cli/target/vnet.jar scale --prefix 26 --from 10 --to 20
 * java -jar vnet-cli/target/vnet.jar tiers
 * }</pre>
 */
@Command(
    name = "vnet",
    mixinStandardHelpOptions = true,
    versionProvider = VnetCommand.Version.class,
    description = "Answers about Azure App Service regional virtual network integration.",
    subcommands = {
      CapacityCommand.class,
      PlanCommand.class,
      ScaleCommand.class,
      TiersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VnetCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Picocli instantiates this class. */
  public VnetCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command and exits with its exit code: 0 for an answer (including "does not fit"), 2
   * for bad arguments.
   */
  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command with the given streams and returns its exit code (for tests and embedding).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VnetCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, argv) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println(oneLine(failed, ex.getMessage()));
          failed.getErr().flush();
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof IllegalArgumentException) {
            commandLine.getErr().println(oneLine(commandLine, ex.getMessage()));
            commandLine.getErr().flush();
            return 2;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  /** "vnet plan: message (see 'vnet plan --help')", on one line. */
  private static String oneLine(CommandLine command, @Nullable String message) {
    String name = command.getCommandSpec().qualifiedName();
    String text =
        message == null ? "invalid arguments" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    return name + ": " + text + " (see '" + name + " --help')";
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = VnetCommand.class.getPackage().getImplementationVersion();
      return new String[] {"vnet " + (v == null ? "(development build)" : v)};
    }
  }
}
