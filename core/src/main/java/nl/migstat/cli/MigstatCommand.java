package nl.migstat.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code migstat}: the commands, the options every command takes ({@code --help}, {@code
 * --version}, {@code --quiet}), and the streams they write to.
 */
@Command(
    name = "migstat",
    // -h/--help and --version on every command, not only here.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    sortOptions = false,
    synopsisSubcommandLabel = "<command>",
    description = {
      "Turns CBS and Eurostat exports into the tables of the Staat van de migratie.",
      "migstat <command> --help (or migstat help <command>) tells what a command takes."
    },
    commandListHeading = "%nCommands:%n",
    subcommands = {
      JobCommands.Run.class,
      JobCommands.Validate.class,
      FetchCommand.class,
      IngestCommand.class,
      HelpCommand.class
    })
final class MigstatCommand implements Callable<Integer> {
  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No progress lines; warnings about the inputs and errors still go to stderr.")
  private boolean quiet;

  @Spec private CommandSpec spec;

  private static final PrintStream NOWHERE =
      new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

  private final PrintStream out;
  private final PrintStream err;

  private MigstatCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The command line, with the exit codes under the top-level usage. */
  static CommandLine line(PrintStream out, PrintStream err) {
    CommandLine line = CommandLines.of(new MigstatCommand(out, err), out, err);
    // Set here, not in the annotation, so the subcommands do not inherit the list.
    line.getCommandSpec()
        .usageMessage()
        .footerHeading("%nExit codes:%n")
        .footer(
            ExitCode.table(),
            "%nAfter a failure nothing is published and the previous output is unchanged.");
    return line;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "no command given");
  }

  /** Where a command's own output goes. */
  PrintStream out() {
    return out;
  }

  /** Where errors go. */
  PrintStream err() {
    return err;
  }

  /** Where progress goes: the output, or nowhere under {@code --quiet}. */
  PrintStream progress() {
    return quiet ? NOWHERE : out;
  }

  /**
   * Where warnings about the inputs go: the output with the progress they belong to, or stderr
   * under {@code --quiet}, since a quiet run should still say what it doubted about its inputs.
   */
  PrintStream warnings() {
    return quiet ? err : out;
  }
}
