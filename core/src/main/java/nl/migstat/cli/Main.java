package nl.migstat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line entry behind {@code ./migstat} (and {@code spark-submit}): runs the command and
 * exits with its {@link ExitCode}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(Arrays.asList(args), out, err).code();
    out.flush();
    err.flush();
    Runtime.getRuntime().exit(code);
  }

  /** Runs a command line and returns its exit code; never exits the JVM (for tests). */
  public static ExitCode run(List<String> args, PrintStream out, PrintStream err) {
    return CommandLines.execute(MigstatCommand.line(out, err), args);
  }
}
