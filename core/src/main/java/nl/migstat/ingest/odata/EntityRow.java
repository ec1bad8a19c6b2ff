package nl.migstat.ingest.odata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a metadata entity set, its properties in file order, with the line it starts on: a
 * metadata row that makes the table unreadable is named by its file and line.
 */
final class EntityRow extends LinkedHashMap<String, String> {
  private static final long serialVersionUID = 1L;

  private final long line;

  EntityRow(long line) {
    this.line = line;
  }

  /** The line a row of {@link EntitySets#read} starts on, or 0 when it is not one of these. */
  static long lineOf(Map<String, String> row) {
    return row instanceof EntityRow r ? r.line : 0;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
