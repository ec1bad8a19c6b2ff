package nl.migstat.ingest.sdmx;

import java.util.HashSet;
import java.util.Set;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;

/**
 * The code-list entries that a file carrying labels gives away (SDMX-CSV 2.0 label columns,
 * MANIFEST B4; data browser and Data Explorer labels, B3/B5), each handed to the sink once.
 */
final class CodeEntries {
  private final String source;
  private final ObservationSink sink;
  private final Set<CodeEntry> seen = new HashSet<>();

  CodeEntries(String source, ObservationSink sink) {
    this.source = source;
    this.sink = sink;
  }

  /** Records that {@code code} of {@code dimension} is labelled {@code label} (as written). */
  void add(String dimension, String code, String label) {
    if (code == null || code.isEmpty() || label == null || label.isEmpty()) {
      return;
    }
    CodeEntry entry = new CodeEntry(source, dimension, code, label, null);
    if (seen.add(entry)) {
      sink.code(entry);
    }
  }
}
