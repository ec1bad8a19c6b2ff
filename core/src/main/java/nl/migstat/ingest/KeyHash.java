package nl.migstat.ingest;

import java.util.Map;
import java.util.Objects;
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;

/**
 * 64-bit hashes of an observation's key in two parts: its series (source, region, dimensions), made
 * once for a run of observations that share one, and its cell in the series (measure, period). Made
 * from the strings' own cached {@code hashCode}s, so a bulk line costs a handful of multiplications
 * and a cell one: two different keys may share a hash, which only sends them to the exact check
 * ({@link DuplicateKeys}), never to a reject.
 *
 * <p>Readers hand the cells of one line over with the same {@link Dims} object ({@link
 * nl.migstat.model.ObservationSink}); others make equal ones per cell, which {@link #sameSeries}
 * tells by their content.
 */
final class KeyHash {
  private static final long NULL_HASH = 0x5bd1e9955bd1e995L;

  private String source;
  private String region;
  private Map<String, String> dims;
  private long series;

  /** Whether {@code o} belongs to the series of the observation hashed last. */
  boolean sameSeries(Observation o) {
    if (o.dims() == dims && o.region() == region && o.source() == source) {
      return dims != null; // the cells of one bulk line: the same objects
    }
    return dims != null
        && sameText(o.source(), source)
        && sameText(o.region(), region)
        && sameDims(o.dims(), dims);
  }

  /** The series hash of {@code o}, made afresh only when its series differs from the last one. */
  long series(Observation o) {
    return sameSeries(o) ? series : newSeries(o);
  }

  /** The series hash of {@code o}, which {@link #sameSeries} has found to differ from the last. */
  long newSeries(Observation o) {
    source = o.source();
    region = o.region();
    dims = o.dims();
    series = seriesOf(o);
    return series;
  }

  /** The hash of the series of {@code o}, without the cache. */
  static long seriesOf(Observation o) {
    long h = mix(0x9E3779B97F4A7C15L, text(o.source()));
    h = mix(h, text(o.region()));
    Map<String, String> dims = o.dims();
    if (dims instanceof Dims d) {
      for (int i = 0; i < d.size(); i++) {
        h = mix(mix(h, text(d.key(i))), text(d.value(i)));
      }
    } else {
      for (Map.Entry<String, String> e : dims.entrySet()) {
        h = mix(mix(h, text(e.getKey())), text(e.getValue()));
      }
    }
    return fmix(h);
  }

  /** The hash of the cell of {@code o} in its series: its measure and period. */
  static long cell(Observation o) {
    return cell(o.measure(), o.period());
  }

  /** The hash of the cell of a measure and a period. */
  static long cell(String measure, String period) {
    return fmix(mix(text(measure), text(period)));
  }

  private static long text(String s) {
    return s == null ? NULL_HASH : s.hashCode() & 0xffffffffL | (long) s.length() << 32;
  }

  private static long mix(long h, long x) {
    return Long.rotateLeft(h ^ (x * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
  }

  /** MurmurHash3's finaliser: every input bit reaches every output bit. */
  private static long fmix(long x) {
    long h = x;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static boolean sameText(String a, String b) {
    return a == b || (a != null && a.equals(b));
  }

  private static boolean sameDims(Map<String, String> a, Map<String, String> b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Dims x && b instanceof Dims y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!x.key(i).equals(y.key(i)) || !Objects.equals(x.value(i), y.value(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
