package nl.migstat.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What changed in one table between two runs (a revised CBS figure, a provisional value made final,
 * a row added or dropped): one row per changed figure, with both values, the difference, the
 * relative difference and both statuses.
 */
public final class RunComparison {
  /**
   * The column saying what happened: {@code added}, {@code removed}, {@code value}, {@code status}.
   */
  public static final String CHANGE = "change";

  private RunComparison() {}

  /**
   * The differences of {@code after} against {@code before}, keyed on the columns that are not
   * figures or statuses (year, codes, labels). Figures are the double columns; a figure {@code x}
   * has its status in {@code x_status} and every state in {@code x_states}, which the statuses
   * compared are where a table has them.
   */
  public static Table compare(Table before, Table after) {
    List<String> keys = keyColumns(after);
    List<String> figures = figureColumns(after);
    Map<String, Integer> beforeRows = index(before, keys);
    Map<String, Integer> afterRows = index(after, keys);
    Set<String> allKeys = new LinkedHashSet<>(beforeRows.keySet());
    allKeys.addAll(afterRows.keySet());
    Table out = emptyResult(after, keys);
    for (String key : allKeys) {
      Integer b = beforeRows.get(key);
      Integer a = afterRows.get(key);
      for (String figure : figures) {
        Double vb = b == null ? null : value(before, figure, b);
        Double va = a == null ? null : value(after, figure, a);
        String sb = b == null ? null : status(before, figure, b);
        String sa = a == null ? null : status(after, figure, a);
        String change =
            b == null
                ? "added"
                : a == null
                    ? "removed"
                    : !Objects.equals(vb, va) ? "value" : !Objects.equals(sb, sa) ? "status" : null;
        if (change != null) {
          addRow(
              out,
              keys,
              a != null ? after.row(a) : before.row(b),
              figure,
              new Object[] {vb, va, sb, sa, change});
        }
      }
    }
    return out;
  }

  static List<String> keyColumns(Table table) {
    List<String> keys = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      boolean figure = c.type() == ColumnType.DOUBLE;
      if (!figure && !c.name().endsWith("_status") && !c.name().endsWith("_states")) {
        keys.add(c.name());
      }
    }
    return keys;
  }

  static List<String> figureColumns(Table table) {
    return table.columns().stream()
        .filter(c -> c.type() == ColumnType.DOUBLE)
        .map(Column::name)
        .toList();
  }

  private static Map<String, Integer> index(Table table, List<String> keys) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      StringBuilder key = new StringBuilder();
      for (String k : keys) {
        key.append(table.containsColumn(k) ? table.column(k).getString(r) : "").append('\u0001');
      }
      rows.put(key.toString(), r);
    }
    return rows;
  }

  private static Double value(Table table, String figure, int row) {
    if (!table.containsColumn(figure)) {
      return null;
    }
    DoubleColumn column = table.doubleColumn(figure);
    return column.isMissing(row) ? null : column.get(row);
  }

  /** The figure's states where the table has them (they lead with its status), else its status. */
  private static String status(Table table, String figure, int row) {
    String name =
        table.containsColumn(figure + "_states") ? figure + "_states" : figure + "_status";
    if (!table.containsColumn(name) || table.column(name).isMissing(row)) {
      return null;
    }
    return table.stringColumn(name).get(row);
  }

  private static Table emptyResult(Table after, List<String> keys) {
    Table out = Table.create(after.name() + " changes");
    for (String k : keys) {
      out.addColumns(after.column(k).emptyCopy());
    }
    return out.addColumns(
        StringColumn.create("figure"),
        DoubleColumn.create("before"),
        DoubleColumn.create("after"),
        DoubleColumn.create("difference"),
        DoubleColumn.create("difference_pct"),
        StringColumn.create("before_status"),
        StringColumn.create("after_status"),
        StringColumn.create(CHANGE));
  }

  private static void addRow(
      Table out, List<String> keys, Row source, String figure, Object[] values) {
    for (String k : keys) {
      appendFrom(out.column(k), source, k);
    }
    Double before = (Double) values[0];
    Double after = (Double) values[1];
    out.stringColumn("figure").append(figure);
    appendDouble(out.doubleColumn("before"), before);
    appendDouble(out.doubleColumn("after"), after);
    boolean both = before != null && after != null;
    appendDouble(out.doubleColumn("difference"), both ? after - before : null);
    appendDouble(
        out.doubleColumn("difference_pct"),
        both && before != 0 ? 100.0 * (after - before) / Math.abs(before) : null);
    out.stringColumn("before_status").append((String) values[2]);
    out.stringColumn("after_status").append((String) values[3]);
    out.stringColumn(CHANGE).append((String) values[4]);
  }

  @SuppressWarnings("unchecked")
  private static void appendFrom(Column<?> target, Row source, String name) {
    ((Column<Object>) target).append(source.getObject(name));
  }

  private static void appendDouble(DoubleColumn column, Double value) {
    if (value == null) {
      column.appendMissing();
    } else {
      column.append(value);
    }
  }
}
