package nl.migstat.model;

/**
 * Where a reader hands what it read: observations, rejected records and code-list entries.
 *
 * <h2>The objects handed over</h2>
 *
 * <p>A reader calls its sink from one thread, and everything it hands over is immutable and stays
 * valid after the call returns: {@link Observation}, {@link Reject} and {@link CodeEntry} are
 * records of strings, a {@code Double}, a {@link Status} and a {@link Dims} (the constructor of
 * {@code Observation} copies any other map into one). A sink may therefore keep what it is given: a
 * collecting sink keeps every observation, and the Parquet store keeps strings in its dictionaries
 * and look-up caches until the row group is written and the last {@code Dims} until the page is. In
 * return a reader never changes what it handed over, in particular not the array it gave to {@link
 * Dims#of(Dims.Names, String[])}.
 *
 * <h2>Repeated values as the same object</h2>
 *
 * <p>The Parquet store tells values apart by their content, so its files never depend on which
 * object carries a value. Its speed does: it compares identity first ({@code String.equals} does,
 * before the characters), it looks values it saw lately up by {@link System#identityHashCode}
 * before hashing them, and for a {@code Dims} that is the same object as the row before's it
 * repeats that row's dictionary ids without reading a string. What readers hand over repeatedly
 * today:
 *
 * <ul>
 *   <li>every reader: one {@code source} object for all observations of an input;
 *   <li>the CBS OData CSV and v3 readers: one {@code measure} object per topic of the table;
 *   <li>the Eurostat bulk readers (TSV and converted wide CSV), where inputs run to millions of
 *       cells: for the cells of one line one {@code measure}, one {@code Dims} and one {@code
 *       origin}, and one {@code region} where time runs across; one {@code period} and {@code
 *       frequency} object per distinct period of the file (the column headers' periods, or the
 *       periods of the row keys); one flag object per flag combination for the common cell shapes;
 *   <li>the others make period, region, dimensions and origin per cell, which the store then
 *       hashes: their inputs are small.
 * </ul>
 *
 * <p>A reader that copies these per cell (a {@code new TreeMap} of the line's dimensions, a {@code
 * strip()} or {@code substring} per cell) writes the same files, only slower: {@code
 * ReaderContract} checks the source for every reader and the per-line sharing for the bulk readers.
 */
public interface ObservationSink {
  void observation(Observation observation);

  void reject(Reject reject);

  void code(CodeEntry entry);

  /** Prints a warning about the input (a guessed source, an ignored column) for the user. */
  void warn(String message);

  /**
   * Forgets everything handed over so far, so that the reader can hand the input over again: ingest
   * reads an input a second time into its sink to reject the rows of keys it holds twice. A sink
   * that cannot forget says so.
   *
   * @throws UnsupportedOperationException when this sink cannot start again
   */
  default void restart() {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot forget what it was given, to take an input again");
  }

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

      @Override
      public void restart() {}
    };
  }
}
