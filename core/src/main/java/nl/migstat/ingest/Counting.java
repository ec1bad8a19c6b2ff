package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Passes what a reader hands over on and counts it for {@link Ingest}'s checks and report: the
 * observations, the rejects by reason, and, through the {@link KeyWatch}, their keys, periods and
 * regions.
 */
final class Counting implements ObservationSink {
  /**
   * What differs between reasons of one kind, which the summary groups over: the quoted text
   * ({@code 'x1'}, {@code 'x2'}) and the place in parentheses ({@code (row PC,AT, column 2019)}).
   */
  private static final Pattern VARYING = Pattern.compile("'[^']*'|\\([^()]*\\)");

  private final ObservationSink delegate;
  final KeyWatch keys;
  final List<String> warnings = new ArrayList<>();
  private final Map<String, Reason> reasons = new LinkedHashMap<>();
  long observations;
  long rejects;
  long codes;
  long firstRejectLine;

  /** Counts into {@code delegate}, watching the keys with {@code keys}. */
  Counting(ObservationSink delegate, KeyWatch keys) {
    this.delegate = delegate;
    this.keys = keys;
  }

  @Override
  public void observation(Observation o) {
    observations++;
    keys.observe(o);
    delegate.observation(o);
  }

  @Override
  public void reject(Reject r) {
    rejects++;
    if (firstRejectLine == 0) {
      firstRejectLine = r.line();
    }
    reasons.computeIfAbsent(VARYING.matcher(r.reason()).replaceAll("…"), k -> new Reason(r))
        .count++;
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

  @Override
  public void restart() {
    delegate.restart();
  }

  /**
   * The three most frequent reasons, each as its first reject says it, with the offending text:
   * {@code 12× Perioden: '2019XX01' is not a CBS period code (line 4, and 11 alike)}; a reason that
   * quotes nothing shows the first rejected line's text.
   */
  String topReasons() {
    return reasons.values().stream()
        .sorted((a, b) -> Long.compare(b.count, a.count))
        .limit(3)
        .map(Reason::summary)
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /** How often a kind of reason occurred, and its first reject. */
  private static final class Reason {
    private final Reject first;
    private long count;

    Reason(Reject first) {
      this.first = first;
    }

    String summary() {
      StringBuilder b = new StringBuilder().append(count).append("× ").append(first.reason());
      b.append(" (line ").append(first.line());
      if (!first.reason().contains("'") && first.raw() != null) {
        b.append(": ").append(Excerpt.quoted(first.raw()));
      }
      if (count > 1) {
        b.append(", and ").append(count - 1).append(" alike");
      }
      return b.append(')').toString();
    }
  }
}
