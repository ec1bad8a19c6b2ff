package nl.migstat.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli command lines with migstat's conventions, for {@code ./migstat} and {@code ./migstat
 * bench} alike: help and version on stdout with exit 0; a wrong command line as one message, then
 * the usage, on stderr with exit 2; a failure as {@link Failures} reports it; arguments taken
 * literally.
 */
public final class CommandLines {
  private CommandLines() {}

  /** A command line for the annotated command, writing to these streams. */
  public static CommandLine of(Object command, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(command);
    line.setOut(writer(out));
    line.setErr(writer(err));
    // A file named @x is a file (picocli would read arguments from it).
    line.setExpandAtFiles(false);
    line.setParameterExceptionHandler(CommandLines::usageError);
    line.setExecutionExceptionHandler(new Failures());
    return line;
  }

  /** Parses and runs; returns the exit code and never exits the JVM. */
  public static ExitCode execute(CommandLine line, List<String> args) {
    int code = line.execute(args.toArray(String[]::new));
    line.getOut().flush();
    line.getErr().flush();
    return ExitCode.of(code);
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(line.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println();
    line.usage(err, line.getColorScheme());
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
