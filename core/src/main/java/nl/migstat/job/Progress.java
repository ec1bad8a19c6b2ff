package nl.migstat.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Progress of a run, step by step with counts and elapsed time: printed as it happens and kept so
 * the run can write it to {@code run.log} in its output folder. Warnings about the inputs have
 * their own stream, so that a quiet run, which prints no steps, still tells what it doubted.
 */
public final class Progress {
  private final PrintStream steps;
  private final PrintStream warnings;
  private final List<String> lines = new ArrayList<>();
  private final long start = System.nanoTime();

  /** Steps and warnings both printed to {@code out}. */
  public Progress(PrintStream out) {
    this(out, out);
  }

  /** Steps printed to {@code steps}, warnings to {@code warnings}. */
  public Progress(PrintStream steps, PrintStream warnings) {
    this.steps = steps;
    this.warnings = warnings;
  }

  /** Reports one line, prefixed with the seconds since the run started. */
  public synchronized void step(String format, Object... args) {
    steps.println(line(format, args));
  }

  /**
   * Reports a doubt about an input (a topic read as text, a source taken from a file name), as a
   * step indented under its input: {@code [ 7.8 s] warning: …}.
   */
  public synchronized void warning(String format, Object... args) {
    warnings.println(line("  warning: " + format, args));
  }

  private String line(String format, Object[] args) {
    String line =
        String.format(Locale.ROOT, "[%6.1f s] ", seconds())
            + String.format(Locale.ROOT, format, args);
    lines.add(line);
    return line;
  }

  /** Seconds since the run started. */
  public double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Everything reported so far, one line each. */
  public synchronized String log() {
    return String.join("\n", lines) + "\n";
  }
}
