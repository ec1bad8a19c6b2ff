package nl.migstat.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Progress of a run, step by step with counts and elapsed time: printed as it happens and kept so
 * the run can write it to {@code run.log} in its output folder.
 */
public final class Progress {
  private final PrintStream out;
  private final List<String> lines = new ArrayList<>();
  private final long start = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
  }

  /** Reports one line, prefixed with the seconds since the run started. */
  public void step(String format, Object... args) {
    String line =
        String.format(Locale.ROOT, "[%6.1f s] ", seconds())
            + String.format(Locale.ROOT, format, args);
    lines.add(line);
    out.println(line);
  }

  /** Seconds since the run started. */
  public double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Everything reported so far, one line each. */
  public String log() {
    return String.join("\n", lines) + "\n";
  }
}
