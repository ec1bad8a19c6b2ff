package nl.migstat.ingest;

import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;

/** Where a reader hands what it read: observations, rejected records and code-list entries. */
public interface ObservationSink {
  void observation(Observation observation);

  void reject(Reject reject);

  void code(CodeEntry entry);

  /** Prints a warning about the input (a guessed source, an ignored column) for the user. */
  void warn(String message);
}
