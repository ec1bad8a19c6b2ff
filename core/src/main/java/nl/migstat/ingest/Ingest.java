package nl.migstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Reads inputs of any supported format into one sink, file by file: detects the format from the
 * content, checks that every record read became an observation or a reject, and fails a file whose
 * reject share is above the limit.
 */
public final class Ingest {
  /** Default limit on the share of rejected records per file: 1 %. */
  public static final double DEFAULT_MAX_REJECT_SHARE = 0.01;

  private final Formats formats;
  private final double maxRejectShare;

  public Ingest(Formats formats, double maxRejectShare) {
    if (maxRejectShare < 0 || maxRejectShare > 1) {
      throw new IllegalArgumentException(
          "max reject share must be between 0 and 1: " + maxRejectShare);
    }
    this.formats = formats;
    this.maxRejectShare = maxRejectShare;
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
   */
  public FileReport read(InputFile input, ReadOptions options, ObservationSink sink) {
    long start = System.nanoTime();
    FormatReader reader = formats.detect(input);
    Counting counting = new Counting(sink);
    ReadResult result = reader.read(input, options, counting);
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
            new TreeSet<>(counting.periods),
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

  /** Passes everything on and counts it, for the checks and the report. */
  private static final class Counting implements ObservationSink {
    private final ObservationSink delegate;

    /**
     * Hashed, not sorted, per observation (the report sorts them once): a tree walk per cell showed
     * in the profile.
     */
    private final Set<String> periods = new HashSet<>();

    private final String[] recentPeriods = new String[256];
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Long> reasons = new HashMap<>();
    private long observations;
    private long rejects;
    private long codes;
    private long firstRejectLine;

    Counting(ObservationSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void observation(Observation o) {
      observations++;
      String period = o.period();
      if (period != null) {
        // A reader hands the same string for a period that recurs (a bulk file's columns): the
        // slot of that very object skips the set, which cost a look-up per cell.
        int slot = System.identityHashCode(period) & (recentPeriods.length - 1);
        if (recentPeriods[slot] != period) {
          recentPeriods[slot] = period;
          periods.add(period);
        }
      }
      delegate.observation(o);
    }

    @Override
    public void reject(Reject r) {
      rejects++;
      if (firstRejectLine == 0) {
        firstRejectLine = r.line();
      }
      reasons.merge(shortReason(r.reason()), 1L, Long::sum);
      delegate.reject(r);
    }

    @Override
    public void code(CodeEntry entry) {
      codes++;
      delegate.code(entry);
    }

    @Override
    public void warn(String message) {
      warnings.add(message);
      delegate.warn(message);
    }

    private static String shortReason(String reason) {
      return reason.replaceAll("'[^']*'", "'…'");
    }

    String topReasons() {
      return reasons.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(3)
          .map(e -> e.getValue() + "× " + e.getKey())
          .reduce((a, b) -> a + "; " + b)
          .orElse("");
    }
  }
}
