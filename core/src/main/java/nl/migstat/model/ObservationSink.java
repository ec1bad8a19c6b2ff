package nl.migstat.model;

/** Where a reader hands what it read: observations, rejected records and code-list entries. */
public interface ObservationSink {
  void observation(Observation observation);

  void reject(Reject reject);

  void code(CodeEntry entry);

  /** Prints a warning about the input (a guessed source, an ignored column) for the user. */
  void warn(String message);

  /** A sink that keeps nothing: for checking inputs, where the reports count all that is needed. */
  static ObservationSink discarding() {
    return new ObservationSink() {
      @Override
      public void observation(Observation observation) {}

      @Override
      public void reject(Reject reject) {}

      @Override
      public void code(CodeEntry entry) {}

      @Override
      public void warn(String message) {}
    };
  }
}
