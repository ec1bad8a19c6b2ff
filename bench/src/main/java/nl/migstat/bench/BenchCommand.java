package nl.migstat.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.migstat.cli.Arguments;
import nl.migstat.cli.UsageException;

/**
 * {@code migstat bench generate|run|peer}: writes seeded benchmark inputs at a scale, times the
 * full job per stage, and times DuckDB doing the same ingest-and-aggregate work on the same files.
 */
public final class BenchCommand {
  public static final String USAGE =
      "migstat bench generate --scale <n> [--out <dir>] [--seed <n>]"
          + " [--samples <dir>]\n  migstat bench run <job-dir> [--runs <n>] [--peer-only] [--no-peer]";

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  public void run(List<String> args) {
    if (args.isEmpty()) {
      throw new UsageException("usage: " + USAGE);
    }
    List<String> rest = args.subList(1, args.size());
    try {
      switch (args.get(0)) {
        case "generate" ->
            generate(new Arguments(rest, Set.of("scale", "out", "seed", "samples"), Set.of()));
        case "run" -> measure(new Arguments(rest, Set.of("runs"), Set.of("peer-only", "no-peer")));
        default -> throw new UsageException("usage: " + USAGE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void generate(Arguments a) throws IOException {
    Scale scale = new Scale(number(a.option("scale"), "1"));
    Path dir = Path.of(a.option("out") == null ? "out/bench/s" + scale.label() : a.option("out"));
    long seed = (long) number(a.option("seed"), "20240101");
    Path samples = Path.of(a.option("samples") == null ? "data-samples" : a.option("samples"));
    new InputGenerator(samples, scale, seed).write(dir, out);
  }

  private void measure(Arguments a) throws IOException {
    if (a.positional().size() != 1) {
      throw new UsageException("usage: " + USAGE);
    }
    Path dir = Path.of(a.positional().get(0));
    int runs = (int) number(a.option("runs"), "3");
    new JobBenchmark(out).run(dir, runs, !a.flag("peer-only"), !a.flag("no-peer"));
  }

  private static double number(String value, String dflt) {
    String v = value == null ? dflt : value;
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException("not a number: " + v);
    }
  }
}
