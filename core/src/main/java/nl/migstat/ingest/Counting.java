package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Passes what a reader hands over on and counts it for {@link Ingest}'s checks and report: the
 * observations, their periods, the rejects by reason, and (when given a {@link KeyWatch}) their
 * keys.
 */
final class Counting implements ObservationSink {
  /**
   * What differs between reasons of one kind, which the summary groups over: the quoted text
   * ({@code 'x1'}, {@code 'x2'}) and the place in parentheses ({@code (row PC,AT, column 2019)}).
   */
  private static final Pattern VARYING = Pattern.compile("'[^']*'|\\([^()]*\\)");

  private final ObservationSink delegate;
  private final KeyWatch keys;

  /**
   * Hashed, not sorted, per observation (the report sorts them once): a tree walk per cell showed
   * in the profile.
   */
  final Set<String> periods = new HashSet<>();

  private final String[] recentPeriods = new String[256];
  final List<String> warnings = new ArrayList<>();
  private final Map<String, Reason> reasons = new LinkedHashMap<>();
  long observations;
  long rejects;
  long codes;
  long firstRejectLine;

  /** Counts into {@code delegate}; {@code keys} watches the keys, or is null. */
  Counting(ObservationSink delegate, KeyWatch keys) {
    this.delegate = delegate;
    this.keys = keys;
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
    if (keys != null) {
      keys.observe(o);
    }
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
