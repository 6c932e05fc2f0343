package io.github.rocketcadsdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code rocketcad} command: one subcommand per workflow of the RocketCAD API.
 *
 * <p>The API key comes from the environment variable {@value WorkflowCommand#API_KEY_ENV} or from a
 * file named by {@code --api-key-file}. The command line never takes it, because other users and
 * the shell history can read a command line.
 */
@Command(
    name = "rocketcad",
    description = {
      "Calls one workflow of the RocketCAD API and prints the result.",
      "The API key is read from the environment variable "
          + WorkflowCommand.API_KEY_ENV
          + " or from the file named by --api-key-file, never from the command line."
    },
    synopsisSubcommandLabel = "(ping | panic | locationping | 911)")
public final class RocketCadCli implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Prints this help and exits.")
  boolean help;

  @Spec CommandSpec spec;

  private RocketCadCli() {}

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /**
   * Returns the command, ready to {@link CommandLine#execute execute}, reading the API key from
   * {@code environment}. Set its output and error writers before executing, to capture them.
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new RocketCadCli());
    List<WorkflowCommand> workflows =
        List.of(
            new PingCommand(environment),
            new PanicCommand(environment),
            new LocationpingCommand(environment),
            new EmergencyCallCommand(environment));
    for (WorkflowCommand workflow : workflows) {
      cli.addSubcommand(workflow);
    }

    Map<String, String> exitCodes = ExitCodes.descriptions();
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
    cli.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    for (CommandLine subcommand : cli.getSubcommands().values()) {
      subcommand.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
      subcommand.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    }

    cli.setParameterExceptionHandler(
        (error, args) ->
            reportUsageError(error, args, environment.get(WorkflowCommand.API_KEY_ENV)));
    return cli;
  }

  /** Runs when no subcommand is given. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing workflow: name one of ping, panic, locationping or 911.");
  }

  /**
   * Prints a command-line error with a pointer to the help, and returns {@link ExitCodes#USAGE}. An
   * attempt to pass the key as an option gets its own message, which does not repeat the argument,
   * and the key from the environment is masked in case it was typed as an argument.
   */
  private static int reportUsageError(ParameterException error, String[] args, String apiKey) {
    CommandLine command = error.getCommandLine();
    PrintWriter err = command.getErr();
    if (mentionsKeyOption(args)) {
      err.println(
          "rocketcad: the API key is not accepted on the command line, where other users and the"
              + " shell history can read it. Set "
              + WorkflowCommand.API_KEY_ENV
              + " or pass --api-key-file PATH.");
    } else {
      err.println("rocketcad: " + maskKey(error.getMessage(), apiKey));
      if (!mentionsKey(args, apiKey)) {
        UnmatchedArgumentException.printSuggestions(error, err);
      }
    }
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static boolean mentionsKeyOption(String[] args) {
    for (String arg : args) {
      String option = arg.toLowerCase(Locale.ROOT);
      if (option.startsWith("--api-key=")
          || option.equals("--api-key")
          || option.startsWith("--key=")
          || option.equals("--key")) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsKey(String[] args, String apiKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      return false;
    }
    for (String arg : args) {
      if (arg.contains(apiKey)) {
        return true;
      }
    }
    return false;
  }

  private static String maskKey(String text, String apiKey) {
    if (apiKey == null || apiKey.isEmpty() || text == null) {
      return text;
    }
    return text.replace(apiKey, OutcomePrinter.MASK);
  }
}
