package nl.migstat.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.SourceName;
import nl.migstat.job.IngestOutput;
import nl.migstat.job.IngestToParquet;

/**
 * {@code migstat ingest <file-or-folder>... --out <dir>}: reads every input, prints what it found
 * per input, and publishes {@code observations}, {@code codes} and {@code rejects} as Parquet only
 * when every input was read.
 */
public final class IngestCommand {
  static final String USAGE =
      "migstat ingest <file-or-folder>... --out <dir> [--source cbs:<table>|eurostat:<dataset>]"
          + " [--period <period>] [--charset <name>] [--max-reject-share <0..1>]";

  private final PrintStream out;

  public IngestCommand(PrintStream out) {
    this.out = out;
  }

  /** Runs the command; bad input surfaces as {@link nl.migstat.ingest.BadInputException}. */
  public void run(List<String> args) {
    Arguments a =
        new Arguments(
            args, Set.of("out", "source", "period", "charset", "max-reject-share"), Set.of());
    if (a.positional().isEmpty() || a.option("out") == null) {
      throw new UsageException("usage: " + USAGE);
    }
    ReadOptions options = options(a);
    Ingest ingest = new Ingest(Formats.all(), maxRejectShare(a));
    List<InputFile> inputs = ingest.expand(a.positional().stream().map(Path::of).toList());
    int[] warningsShown = {0};
    Path target = Path.of(a.option("out"));
    IngestToParquet.Result result =
        IngestOutput.write(
            Sessions.get(),
            target,
            ingest,
            inputs.stream().map(in -> new IngestToParquet.Input(in, options)).toList(),
            r -> {
              out.printf(
                  Locale.ROOT,
                  "%s%n  format %s, source %s: %d lines, %d records = %d observations"
                      + " + %d rejects, %d codes, periods %s, %.1f s%n",
                  r.file(),
                  r.format(),
                  r.source(),
                  r.lines(),
                  r.records(),
                  r.observations(),
                  r.rejects(),
                  r.codes(),
                  r.periodSummary(),
                  r.seconds());
              for (String w : r.warnings()) {
                out.println("  warning: " + w);
                warningsShown[0]++;
              }
            });
    out.printf(
        Locale.ROOT,
        "wrote %s: %d observations, %d code entries, %d rejects from %d inputs"
            + " (%d warnings)%n",
        target,
        result.observations(),
        result.codes().size(),
        result.rejects().size(),
        inputs.size(),
        warningsShown[0]);
  }

  private static ReadOptions options(Arguments a) {
    ReadOptions options = ReadOptions.defaults();
    if (a.option("source") != null) {
      try {
        options = options.withSource(SourceName.validate(a.option("source")));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (a.option("period") != null) {
      options = options.withPeriod(a.option("period"));
    }
    if (a.option("charset") != null) {
      try {
        options = options.withCharset(Charset.forName(a.option("charset")));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException("unknown charset '" + a.option("charset") + "'");
      }
    } else {
      options = options.withCharset(StandardCharsets.UTF_8);
    }
    return options;
  }

  private static double maxRejectShare(Arguments a) {
    String s = a.option("max-reject-share");
    if (s == null) {
      return Ingest.DEFAULT_MAX_REJECT_SHARE;
    }
    try {
      double d = Double.parseDouble(s);
      if (d < 0 || d > 1) {
        throw new UsageException("--max-reject-share must be between 0 and 1, e.g. 0.05");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException("--max-reject-share must be a number between 0 and 1, e.g. 0.05");
    }
  }
}
