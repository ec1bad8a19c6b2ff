package nl.migstat.disclosure;

import java.util.List;
import java.util.TreeSet;

/** One table's part of {@link LinkedTables.Builder}: its cells by key, its equations. */
public final class TableCells {
  private final LinkedTables.Builder run;
  private final String table;

  TableCells(LinkedTables.Builder run, String table) {
    this.run = run;
    this.table = table;
  }

  /** The id of this table's cell with these key parts (row codes, then column). */
  public CellId id(String... keyParts) {
    return CellId.of(table, keyParts);
  }

  /** Declares a count with a value. */
  public CellId count(String key, double value, Origin origin) {
    return run.add(CountCell.of(new CellId(table, key), value, origin));
  }

  /** Declares a count that the source published as secret ({@code x}): its value is unknown. */
  public CellId secretAtSource(String key, Origin origin) {
    return run.add(
        new CountCell(new CellId(table, key), Double.NaN, origin, InputState.SECRET_AT_SOURCE));
  }

  /** Declares a count without a figure ({@code .}): unknown, but not secret. */
  public CellId missing(String key, Origin origin) {
    return run.add(new CountCell(new CellId(table, key), Double.NaN, origin, InputState.MISSING));
  }

  /** Declares a share, an index or another non-additive figure computed from {@code base}. */
  public CellId derived(String key, CellId... base) {
    return run.add(new DerivedFigure(new CellId(table, key), new TreeSet<>(List.of(base))));
  }

  /** Declares that {@code total} is the sum of {@code parts} (a row, a column, a hierarchy). */
  public TableCells sum(CellId total, CellId... parts) {
    run.sum(total, List.of(parts));
    return this;
  }
}
