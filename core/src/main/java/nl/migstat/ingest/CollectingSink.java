package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/** A sink that keeps everything in memory, in the order read: for the CLI and for tests. */
public final class CollectingSink implements ObservationSink {
  private final List<Observation> observations = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<CodeEntry> codes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  @Override
  public void observation(Observation observation) {
    observations.add(observation);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  @Override
  public void code(CodeEntry entry) {
    codes.add(entry);
  }

  @Override
  public void warn(String message) {
    warnings.add(message);
  }

  @Override
  public void restart() {
    observations.clear();
    rejects.clear();
    codes.clear();
    warnings.clear();
  }

  public List<Observation> observations() {
    return Collections.unmodifiableList(observations);
  }

  public List<Reject> rejects() {
    return Collections.unmodifiableList(rejects);
  }

  public List<CodeEntry> codes() {
    return Collections.unmodifiableList(codes);
  }

  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }
}
