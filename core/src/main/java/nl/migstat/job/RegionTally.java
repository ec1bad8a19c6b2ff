package nl.migstat.job;

import java.util.HashSet;
import java.util.Set;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Passes an input's observations on and counts its distinct regions, for the drift check: the
 * ingest report counts periods, not regions. Cheap per observation: a region object seen in its
 * slot of a small identity cache skips the set, as the bulk readers hand one region object per line
 * (ObservationSink: repeated values as the same object).
 */
final class RegionTally implements ObservationSink {
  private final ObservationSink delegate;
  private final Set<String> regions = new HashSet<>();
  private final String[] recent = new String[256];

  RegionTally(ObservationSink delegate) {
    this.delegate = delegate;
  }

  @Override
  public void observation(Observation o) {
    String region = o.region();
    if (region != null) {
      int slot = System.identityHashCode(region) & (recent.length - 1);
      if (recent[slot] != region) {
        recent[slot] = region;
        regions.add(region);
      }
    }
    delegate.observation(o);
  }

  @Override
  public void reject(Reject r) {
    delegate.reject(r);
  }

  @Override
  public void code(CodeEntry entry) {
    delegate.code(entry);
  }

  @Override
  public void warn(String message) {
    delegate.warn(message);
  }

  /** The distinct regions seen so far (0 for an input without a region). */
  int regions() {
    return regions.size();
  }
}
