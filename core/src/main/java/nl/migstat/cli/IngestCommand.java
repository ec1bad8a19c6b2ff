package nl.migstat.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.InputLimits;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.SourceName;
import nl.migstat.job.IngestOutput;
import nl.migstat.job.IngestToParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code migstat ingest <file-or-folder>... --out <dir>}: reads every input, prints what it found
 * per input, and publishes {@code observations}, {@code codes} and {@code rejects} as Parquet only
 * when every input was read.
 */
@Command(
    name = "ingest",
    sortOptions = false,
    description = {
      "Reads exports into Parquet observations, codes and rejects.",
      "Writes <dir>/observations, <dir>/codes and <dir>/rejects and prints, per input, what it"
          + " found. A folder is walked in name order (*.md"
          + " skipped); a folder that holds one OData table is one input. Nothing is written"
          + " unless every input was read."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand private MigstatCommand migstat;

  @Parameters(arity = "1..*", paramLabel = "<file-or-folder>", description = "The inputs.")
  private List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Output folder.")
  private Path target;

  @Option(
      names = "--source",
      paramLabel = "cbs:<table>|eurostat:<dataset>",
      converter = Source.class,
      description = "The table or dataset, where the files do not name it.")
  private String source;

  @Option(
      names = "--period",
      paramLabel = "<period>",
      description = "The period, where the files have no period dimension.")
  private String period;

  @Option(
      names = "--charset",
      paramLabel = "<name>",
      converter = CharsetName.class,
      description = "The files' character set (default: ${DEFAULT-VALUE}).")
  private Charset charset = StandardCharsets.UTF_8;

  @Option(
      names = "--max-reject-share",
      paramLabel = "<0..1>",
      converter = Share.class,
      description =
          "Fail when more of an input's records are rejected (default: ${DEFAULT-VALUE}).")
  private double maxRejectShare = Ingest.DEFAULT_MAX_REJECT_SHARE;

  @Option(
      names = "--duplicates",
      paramLabel = "reject|fail",
      converter = DuplicatesRule.class,
      description =
          "Rows that share their key (source, measure, period, region, dimensions): reject them"
              + " all, or fail the input (default: reject).")
  private Duplicates duplicates = Duplicates.DEFAULT;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "<size>",
      converter = Size.class,
      description = "A longer line or CSV record is a reject (default: 1MiB).")
  private long maxLineBytes = InputLimits.DEFAULT_MAX_LINE_BYTES;

  @Option(
      names = "--max-json-bytes",
      paramLabel = "<size>",
      converter = Size.class,
      description = "A larger JSON document, after decompression, is refused (default: 256MiB).")
  private long maxJsonBytes = InputLimits.DEFAULT_MAX_JSON_BYTES;

  @Option(
      names = "--max-gzip-ratio",
      paramLabel = "<n>",
      converter = Ratio.class,
      description =
          "A gzip file that inflates more than n times its size is refused (default:"
              + " ${DEFAULT-VALUE}).")
  private int maxGzipRatio = InputLimits.DEFAULT_MAX_GZIP_RATIO;

  @Override
  public Integer call() {
    ReadOptions options = ReadOptions.defaults().withCharset(charset);
    if (source != null) {
      options = options.withSource(source);
    }
    if (period != null) {
      options = options.withPeriod(period);
    }
    InputLimits limits = new InputLimits(maxLineBytes, maxJsonBytes, maxGzipRatio);
    Ingest ingest = new Ingest(Formats.all(), maxRejectShare, duplicates, limits);
    List<InputFile> files = ingest.expand(inputs);
    PrintStream progress = migstat.progress();
    PrintStream warnings = migstat.warnings();
    int[] warningsShown = {0};
    ReadOptions read = options;
    IngestToParquet.Result result =
        IngestOutput.write(
            Sessions.get(),
            target,
            ingest,
            files.stream().map(in -> new IngestToParquet.Input(in, read)).toList(),
            r -> {
              progress.printf(
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
                warnings.println("  warning: " + w);
                warningsShown[0]++;
              }
            });
    progress.printf(
        Locale.ROOT,
        "wrote %s: %d observations, %d code entries, %d rejects from %d inputs"
            + " (%d warnings)%n",
        target,
        result.observations(),
        result.codes().size(),
        result.rejects().size(),
        files.size(),
        warningsShown[0]);
    return ExitCode.OK.code();
  }

  /** {@code cbs:<table>} or {@code eurostat:<dataset>}, as {@link SourceName} accepts it. */
  static final class Source implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return SourceName.validate(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A character set the JVM knows. */
  static final class CharsetName implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown charset '" + value + "'");
      }
    }
  }

  /** {@code reject} or {@code fail}. */
  static final class DuplicatesRule implements ITypeConverter<Duplicates> {
    @Override
    public Duplicates convert(String value) {
      try {
        return Duplicates.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A size in bytes or KiB, MiB, GiB. */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return InputLimits.parseSize(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A whole number of at least 1. */
  static final class Ratio implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (!value.strip().matches("[1-9]\\d{0,8}")) {
        throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
      }
      return Integer.parseInt(value.strip());
    }
  }

  /** A share of the records, from 0 to 1. */
  static final class Share implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d;
      try {
        d = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        d = Double.NaN;
      }
      if (!(d >= 0 && d <= 1)) {
        throw new TypeConversionException(
            "'" + value + "' is not a share between 0 and 1, e.g. 0.05");
      }
      return d;
    }
  }
}
