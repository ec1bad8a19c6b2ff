package nl.migstat.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.migstat.cli.CommandLines;

/**
 * The entry behind {@code ./migstat bench}: the benchmark runs beside the product, not in it, with
 * the product's command-line conventions and exit codes.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code =
        CommandLines.execute(CommandLines.of(new BenchCommand(out), out, err), Arrays.asList(args))
            .code();
    out.flush();
    err.flush();
    Runtime.getRuntime().exit(code);
  }
}
