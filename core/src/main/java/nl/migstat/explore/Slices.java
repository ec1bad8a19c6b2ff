package nl.migstat.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * What analysts do most with a report table: one year, one municipality or group, and years side by
 * side as columns (the layout of the printed report).
 */
public final class Slices {
  /** The year column every chapter table has. */
  public static final String YEAR = "year";

  private Slices() {}

  /** The rows of one year. */
  public static Table year(Table table, int year) {
    return table.where(table.intColumn(YEAR).isEqualTo(year));
  }

  /**
   * The rows whose {@code column} holds one of the values, compared as text ({@code "GM0363"},
   * {@code "2023"}, {@code "true"}), so it works for codes, labels, years and flags alike.
   */
  public static Table where(Table table, String column, String... values) {
    Set<String> wanted = Set.of(values);
    Column<?> c = table.column(column);
    List<Integer> hits = new ArrayList<>();
    for (int r = 0; r < c.size(); r++) {
      if (!c.isMissing(r) && wanted.contains(c.getString(r))) {
        hits.add(r);
      }
    }
    Selection rows = Selection.with(hits.stream().mapToInt(Integer::intValue).toArray());
    return table.where(rows);
  }

  /**
   * One figure with the years as columns ({@code 2019, 2020, …}) and one row per combination of the
   * key columns, in order of first appearance; a missing figure stays missing (its reason is in the
   * long table's status column).
   */
  public static Table yearsAsColumns(Table table, String figure, String... keys) {
    IntColumn years = table.intColumn(YEAR);
    Set<Integer> allYears = new TreeSet<>();
    years.forEach(
        y -> {
          if (y != null) {
            allYears.add(y);
          }
        });
    Map<List<String>, Integer> rowOf = new LinkedHashMap<>();
    Table out = Table.create(table.name() + " " + figure + " by year");
    for (String key : keys) {
      out.addColumns(table.column(key).emptyCopy());
    }
    Map<Integer, DoubleColumn> yearColumns = new LinkedHashMap<>();
    allYears.forEach(y -> yearColumns.put(y, DoubleColumn.create(String.valueOf(y))));
    out.addColumns(yearColumns.values().toArray(DoubleColumn[]::new));
    DoubleColumn values = table.doubleColumn(figure);
    for (int r = 0; r < table.rowCount(); r++) {
      if (years.isMissing(r)) {
        continue;
      }
      List<String> key = new ArrayList<>();
      for (String k : keys) {
        key.add(table.column(k).getString(r));
      }
      Integer row = rowOf.get(key);
      if (row == null) {
        row = out.rowCount();
        rowOf.put(key, row);
        appendRow(out, table, r, keys, yearColumns.values());
      }
      if (!values.isMissing(r)) {
        yearColumns.get(years.get(r)).set((int) row, values.getDouble(r));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void appendRow(
      Table out, Table source, int row, String[] keys, Iterable<DoubleColumn> yearColumns) {
    for (String k : keys) {
      ((Column<Object>) out.column(k)).append(source.column(k).get(row));
    }
    yearColumns.forEach(DoubleColumn::appendMissing);
  }
}
