package nl.migstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.migstat.model.ObservationSink;

/**
 * Reads inputs of any supported format into one sink, file by file: detects the format from the
 * content, reads it under the {@link InputLimits}, checks that every record read became an
 * observation or a reject, deals with rows that share their key as {@link Duplicates} says, and
 * fails a file whose reject share is above the limit.
 */
public final class Ingest {
  /** Default limit on the share of rejected records per file: 1 %. */
  public static final double DEFAULT_MAX_REJECT_SHARE = 0.01;

  private final Formats formats;
  private final double maxRejectShare;
  private final Duplicates duplicates;
  private final InputLimits limits;

  /** With the default rule for duplicates and the default limits. */
  public Ingest(Formats formats, double maxRejectShare) {
    this(formats, maxRejectShare, Duplicates.DEFAULT, InputLimits.defaults());
  }

  public Ingest(Formats formats, double maxRejectShare, Duplicates duplicates, InputLimits limits) {
    if (maxRejectShare < 0 || maxRejectShare > 1) {
      throw new IllegalArgumentException(
          "max reject share must be between 0 and 1: " + maxRejectShare);
    }
    this.formats = formats;
    this.maxRejectShare = maxRejectShare;
    this.duplicates = duplicates;
    this.limits = limits;
  }

  /**
   * The inputs behind the paths the user gave: files as they are, a folder that holds one saved
   * table (OData entity sets) as one input, other folders walked in name order, skipping
   * documentation ({@code *.md}) and hidden files.
   */
  public List<InputFile> expand(List<Path> paths) {
    List<InputFile> inputs = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new BadInputException(p.toString(), 0, "no such file or folder");
      }
      addInputs(p, inputs);
    }
    return inputs;
  }

  private void addInputs(Path p, List<InputFile> inputs) {
    InputFile input = new InputFile(p);
    if (!Files.isDirectory(p)) {
      inputs.add(input);
      return;
    }
    if (formats.isTableFolder(input)) {
      inputs.add(input);
      return;
    }
    try (Stream<Path> children = Files.list(p)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (!name.startsWith(".") && !name.endsWith(".md")) {
          addInputs(child, inputs);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one input into the sink and reports on it; throws {@link BadInputException} on failure.
   * An input whose keys repeat is read again: once to find the rows by their exact keys, and under
   * {@link Duplicates#REJECT} once more into the sink, after {@link ObservationSink#restart}, with
   * those rows as rejects.
   */
  public FileReport read(InputFile given, ReadOptions options, ObservationSink sink) {
    long start = System.nanoTime();
    InputFile input = given.withLimits(limits);
    FormatReader reader = formats.detect(input);
    KeyWatch keys = new KeyWatch();
    Counting counting = new Counting(sink, keys);
    ReadResult result = readChecked(reader, input, options, counting, counting);
    keys.finish();
    if (!keys.candidates().isEmpty()) {
      DuplicateKeys found = new DuplicateKeys(input.displayName(), keys.candidates());
      reader.read(input, options, found.collector());
      if (keys.overflowed()) {
        throw found.tooMany();
      }
      if (!found.duplicates().isEmpty()) {
        if (duplicates == Duplicates.FAIL) {
          throw found.failure();
        }
        sink.restart();
        counting = new Counting(sink, new KeyWatch());
        result = readChecked(reader, input, options, counting, found.rejecting(counting));
        counting.keys.finish();
      }
    }
    FileReport report =
        new FileReport(
            input.displayName(),
            result.format(),
            result.source(),
            result.lines(),
            result.records(),
            counting.observations,
            counting.rejects,
            counting.codes,
            new TreeSet<>(counting.keys.periods()),
            counting.keys.regions(),
            List.copyOf(counting.warnings),
            (System.nanoTime() - start) / 1e9);
    if (report.rejectShare() > maxRejectShare) {
      throw new BadInputException(
          input.displayName(),
          counting.firstRejectLine,
          String.format(
              Locale.ROOT,
              "%d of %d records rejected (%.1f %%), more than the allowed %.1f %% (--max-reject-share);"
                  + " most frequent reasons: %s",
              report.rejects(),
              report.records(),
              100 * report.rejectShare(),
              100 * maxRejectShare,
              counting.topReasons()));
    }
    return report;
  }

  /**
   * One read into {@code into} (the counts or a filter in front of them), and the check that every
   * record became one observation or one reject.
   */
  private static ReadResult readChecked(
      FormatReader reader,
      InputFile input,
      ReadOptions options,
      Counting counting,
      ObservationSink into) {
    ReadResult result = reader.read(input, options, into);
    if (result.records() != counting.observations + counting.rejects) {
      throw new IllegalStateException(
          input.displayName()
              + ": reader "
              + reader.name()
              + " read "
              + result.records()
              + " records but produced "
              + counting.observations
              + " observations and "
              + counting.rejects
              + " rejects");
    }
    return result;
  }
}
