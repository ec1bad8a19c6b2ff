package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * The exact check behind {@link KeyWatch}: a second read of the input collects the observations
 * whose hashed key is a candidate, by their exact key, and the keys held more than once are the
 * duplicates. Under {@link Duplicates#REJECT} a third read turns each of their rows into a reject
 * naming the key and all its lines; under {@link Duplicates#FAIL} the input fails with the first.
 */
final class DuplicateKeys {
  /** How many of a key's places a message lists. */
  private static final int PLACES_SHOWN = 5;

  private final String file;
  private final Map<Long, Set<Long>> candidates;
  private final KeyHash hash = new KeyHash();
  private final Map<Key, Rows> byKey = new LinkedHashMap<>();
  private Map<Key, Rows> duplicates;
  private Set<Long> duplicateSeries;

  DuplicateKeys(String file, Map<Long, Set<Long>> candidates) {
    this.file = file;
    this.candidates = candidates;
  }

  /** The sink for the second read: it keeps the rows of candidate keys and nothing else. */
  ObservationSink collector() {
    return new Discarding() {
      @Override
      public void observation(Observation o) {
        Set<Long> cells = candidates.get(hash.series(o));
        if (cells != null && cells.contains(KeyHash.cell(o))) {
          byKey.computeIfAbsent(Key.of(o), k -> new Rows()).add(o, file);
        }
      }
    };
  }

  /** The keys held more than once, in the order first read; empty when the hashes only collided. */
  Map<Key, Rows> duplicates() {
    if (duplicates == null) {
      duplicates = new LinkedHashMap<>();
      duplicateSeries = new HashSet<>();
      byKey.forEach(
          (k, rows) -> {
            if (rows.count > 1) {
              duplicates.put(k, rows);
            }
          });
      for (Rows rows : duplicates.values()) {
        duplicateSeries.add(KeyHash.seriesOf(rows.first));
      }
    }
    return duplicates;
  }

  /** The failure under {@link Duplicates#FAIL}: how many keys, and the first with its places. */
  BadInputException failure() {
    Map.Entry<Key, Rows> first = duplicates().entrySet().iterator().next();
    return new BadInputException(
        file,
        first.getValue().firstLine,
        duplicates().size()
            + (duplicates().size() == 1 ? " key is" : " keys are")
            + " held by more than one row (duplicates: fail); the first: "
            + first.getValue().describe(first.getKey()));
  }

  /**
   * The failure when more cells repeat than {@link KeyWatch#MAX_CANDIDATES}, under either rule: the
   * file (or a block of it) is there twice, which no reject share would let through.
   */
  BadInputException tooMany() {
    Map<Key, Rows> all = duplicates();
    String first =
        all.isEmpty()
            ? ""
            : "; the first: "
                + all.values().iterator().next().describe(all.keySet().iterator().next());
    return new BadInputException(
        file,
        all.isEmpty() ? 0 : all.values().iterator().next().firstLine,
        "more than "
            + KeyWatch.MAX_CANDIDATES
            + " observations repeat the key of another row: the file, or a block of it, is there"
            + " twice"
            + first);
  }

  /** The sink for the third read under {@link Duplicates#REJECT}: rows of duplicates to rejects. */
  ObservationSink rejecting(ObservationSink sink) {
    return new Forwarding(sink) {
      @Override
      public void observation(Observation o) {
        if (duplicateSeries.contains(hash.series(o))) {
          Key k = Key.of(o);
          Rows rows = duplicates.get(k);
          if (rows != null) {
            sink.reject(
                new Reject(
                    file,
                    lineOf(o.origin(), file),
                    raw(o),
                    "duplicate key: " + rows.describe(k) + "; every row of it is rejected"));
            return;
          }
        }
        sink.observation(o);
      }
    };
  }

  /** The exact key of an observation. */
  record Key(
      String source, String measure, String period, String region, Map<String, String> dims) {
    static Key of(Observation o) {
      return new Key(o.source(), o.measure(), o.period(), o.region(), o.dims());
    }

    /** {@code measure 'Immigratie_1', period '2019', region 'GM0363', geslacht 'T001038'}. */
    String describe() {
      StringBuilder b = new StringBuilder("measure ").append(Excerpt.quoted(measure));
      b.append(", period ").append(period == null ? "none" : Excerpt.quoted(period));
      if (region != null) {
        b.append(", region ").append(Excerpt.quoted(region));
      }
      dims.forEach(
          (name, code) -> b.append(", ").append(name).append(' ').append(Excerpt.quoted(code)));
      return b.toString();
    }
  }

  /** The rows of one key: how many, the first few places and values. */
  static final class Rows {
    private long count;
    private long firstLine;
    private Observation first;
    private final List<String> places = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private boolean identical = true;

    void add(Observation o, String file) {
      if (count++ == 0) {
        first = o;
        firstLine = lineOf(o.origin(), file);
      } else if (!Objects.equals(o.value(), first.value())
          || !Objects.equals(o.sourceFlag(), first.sourceFlag())) {
        identical = false;
      }
      if (places.size() < PLACES_SHOWN) {
        places.add(place(o.origin(), file));
        values.add(raw(o));
      }
    }

    long count() {
      return count;
    }

    /** The key, where its rows are and what they hold. */
    String describe(Key key) {
      StringBuilder b = new StringBuilder(key.describe()).append(" at ");
      b.append(String.join(", ", places));
      if (count > places.size()) {
        b.append(" and ").append(count - places.size()).append(" more");
      }
      if (identical) {
        b.append(" (identical rows: ").append(Excerpt.quoted(values.get(0))).append(')');
      } else {
        List<String> quoted = values.stream().map(Excerpt::quoted).toList();
        b.append(" (values ").append(String.join(", ", quoted)).append(')');
      }
      return b.toString();
    }
  }

  /** The 1-based line of a {@code file:line} origin, or 0 (a JSON pointer). */
  static long lineOf(String origin, String file) {
    if (origin.startsWith(file + ":")) {
      try {
        return Long.parseLong(origin.substring(file.length() + 1));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** {@code line 12} for {@code file:12}; a JSON pointer without the file it is in. */
  private static String place(String origin, String file) {
    long line = lineOf(origin, file);
    if (line > 0) {
      return "line " + line;
    }
    String rest = origin.startsWith(file) ? origin.substring(file.length()) : origin;
    return Excerpt.cut(rest.startsWith("/") ? rest.substring(1) : rest, Excerpt.MAX_CHARS);
  }

  /** The figure as a reject shows it: value and flag as read ({@code 12 p}, {@code : c}). */
  private static String raw(Observation o) {
    String value = o.value() == null ? "" : stripZero(o.value());
    String flag = o.sourceFlag() == null ? "" : o.sourceFlag();
    return (value + " " + flag).strip();
  }

  private static String stripZero(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** A sink that keeps nothing, for the second read. */
  private abstract static class Discarding implements ObservationSink {
    @Override
    public void reject(Reject reject) {}

    @Override
    public void code(CodeEntry entry) {}

    @Override
    public void warn(String message) {}
  }

  /** A sink that passes everything but observations on unchanged. */
  private abstract static class Forwarding implements ObservationSink {
    private final ObservationSink delegate;

    Forwarding(ObservationSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void reject(Reject reject) {
      delegate.reject(reject);
    }

    @Override
    public void code(CodeEntry entry) {
      delegate.code(entry);
    }

    @Override
    public void warn(String message) {
      delegate.warn(message);
    }
  }
}
