package nl.migstat.disclosure;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which cells of a run's tables are published and which are hidden, and why. */
public final class SuppressionPattern {
  private final SortedMap<CellId, CellStatus> statuses;

  SuppressionPattern(Map<CellId, CellStatus> statuses) {
    this.statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
  }

  /** A pattern from statuses decided elsewhere (the workbook as written), for the audit. */
  public static SuppressionPattern of(Map<CellId, CellStatus> statuses) {
    return new SuppressionPattern(statuses);
  }

  /** The status of a declared cell. */
  public CellStatus status(CellId cell) {
    CellStatus status = statuses.get(cell);
    if (status == null) {
      throw new IllegalArgumentException("no cell " + cell + " in this pattern");
    }
    return status;
  }

  /** Whether the cell is shown as secret ({@code x}). */
  public boolean secret(CellId cell) {
    return status(cell).secret();
  }

  /** Every cell with its status, in the order of their ids. */
  public SortedMap<CellId, CellStatus> statuses() {
    return statuses;
  }

  /** The cells with this status, in the order of their ids. */
  public SortedSet<CellId> withStatus(CellStatus status) {
    SortedSet<CellId> cells = new TreeSet<>();
    statuses.forEach(
        (cell, s) -> {
          if (s == status) {
            cells.add(cell);
          }
        });
    return cells;
  }

  /** How many cells have this status. */
  public int count(CellStatus status) {
    return (int) statuses.values().stream().filter(s -> s == status).count();
  }

  @Override
  public String toString() {
    return statuses.toString();
  }
}
