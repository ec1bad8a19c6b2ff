package nl.migstat.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.SortedSet;

/**
 * What happened to one input: printed per file by the CLI and kept in manifests.
 *
 * @param file the input as named by the user
 * @param format the detected format
 * @param source the table the observations are recorded under
 * @param lines lines (or JSON rows) read
 * @param records candidate observations read (= observations + rejects, checked)
 * @param observations observations kept
 * @param rejects records rejected
 * @param codes code-list entries read
 * @param periods distinct periods covered, sorted
 * @param regions distinct regions of its observations (0 for an input without regions), for the
 *     drift check
 * @param warnings warnings about this input
 * @param seconds wall time spent reading it (and writing what it gave to the sink)
 */
public record FileReport(
    String file,
    String format,
    String source,
    long lines,
    long records,
    long observations,
    long rejects,
    long codes,
    SortedSet<String> periods,
    int regions,
    List<String> warnings,
    double seconds)
    implements Serializable {

  /** Share of records rejected, 0 for an input without records. */
  public double rejectShare() {
    return records == 0 ? 0 : (double) rejects / records;
  }

  /** The periods as a short range text: {@code 1995–2017 (23)}. */
  public String periodSummary() {
    if (periods.isEmpty()) {
      return "none";
    }
    if (periods.size() == 1) {
      return periods.first();
    }
    return periods.first() + "–" + periods.last() + " (" + periods.size() + ")";
  }
}
