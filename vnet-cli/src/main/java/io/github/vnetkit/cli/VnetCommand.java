package io.github.vnetkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vnet} command: the root of the subcommands.
 *
 * <pre>{@code
 * java -jar vnet-cli/target/vnet.jar tiers
 * }</pre>
 */
@Command(
    name = "vnet",
    mixinStandardHelpOptions = true,
    versionProvider = VnetCommand.Version.class,
    description = "Answers about Azure App Service regional virtual network integration.",
    subcommands = {TiersCommand.class, CommandLine.HelpCommand.class})
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
          ex.getCommandLine().getErr().println("vnet: " + ex.getMessage());
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof IllegalArgumentException) {
            commandLine.getErr().println("vnet: " + ex.getMessage());
            return 2;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = VnetCommand.class.getPackage().getImplementationVersion();
      return new String[] {"vnet " + (v == null ? "(development build)" : v)};
    }
  }
}
