package nl.migstat.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.migstat.cli.ExitCode;
import nl.migstat.cli.UsageException;

/** The entry behind {@code ./migstat bench}: the benchmark runs beside the product, not in it. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    ExitCode code = ExitCode.OK;
    try {
      new BenchCommand(out).run(Arrays.asList(args));
    } catch (UsageException e) {
      err.println("migstat bench: " + e.getMessage());
      code = ExitCode.USAGE;
    }
    out.flush();
    err.flush();
    Runtime.getRuntime().exit(code.code());
  }
}
