package nl.migstat.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Match;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.model.TableInfo.Kind;

/**
 * Reads a table's long rows the way the workbook shows them: a code column that has a label column
 * ({@code x} and {@code x_label}) shows the label under the code column's header, while rows are
 * still told apart by the code.
 */
final class TableView {
  static final String MEASURE_HEADER = "Onderwerp";

  private final TableInfo info;
  private final Map<String, ColumnInfo> byName = new LinkedHashMap<>();
  private final Map<String, String> labelOf = new HashMap<>();

  TableView(TableInfo info) {
    this(info, Map.of());
  }

  /**
   * @param shownAs code columns shown through a declared label column ({@link
   *     SheetLayout#shownAs}); a {@code <code>_label} column takes precedence
   */
  TableView(TableInfo info, Map<String, String> shownAs) {
    this.info = info;
    info.columns().forEach(c -> byName.put(c.name(), c));
    shownAs.forEach(
        (code, label) -> {
          if (byName.containsKey(code) && byName.containsKey(label)) {
            labelOf.put(code, label);
          }
        });
    for (String name : byName.keySet()) {
      if (byName.containsKey(name + TableInfo.LABEL_SUFFIX)) {
        labelOf.put(name, name + TableInfo.LABEL_SUFFIX);
      }
    }
  }

  TableInfo info() {
    return info;
  }

  /** The column, or an error naming the table: a layout that names a missing column is a bug. */
  ColumnInfo column(String name) {
    ColumnInfo c = byName.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "table " + info.name() + " has no column '" + name + "' (its layout names it)");
    }
    return c;
  }

  boolean has(String name) {
    return byName.containsKey(name);
  }

  /** Whether {@code name} is a code column the workbook hides behind its label column. */
  boolean isHiddenCode(String name) {
    return labelOf.containsKey(name);
  }

  /** Whether {@code name} shows another column's codes (and so is not shown on its own). */
  boolean isUsedAsLabel(String name) {
    return labelOf.containsValue(name);
  }

  /** Whether {@code name} is the {@code _label} column of a code column (shown in its place). */
  boolean isLabelOfCode(String name) {
    return name.endsWith(TableInfo.LABEL_SUFFIX)
        && byName.containsKey(name.substring(0, name.length() - TableInfo.LABEL_SUFFIX.length()));
  }

  /**
   * The header shown for a column: a code column shown through its label shows its own header (the
   * label column's when the code's is a bare {@code Code}).
   */
  String header(String name) {
    if (name.equals(SheetLayout.MEASURE)) {
      return MEASURE_HEADER;
    }
    if (isHiddenCode(name) && !isLabelOfCode(labelOf.get(name))) {
      return column(labelOf.get(name)).label();
    }
    return column(name).label();
  }

  /** The column whose text is shown for {@code name}: its label column where it has one. */
  String shownColumn(String name) {
    return labelOf.getOrDefault(name, name);
  }

  /**
   * The text shown for a row's value of {@code name}: its label where the column has one, the code
   * itself where that row has no label.
   */
  String text(Map<String, Object> row, String name) {
    String shown = shownColumn(name);
    column(shown);
    String label = asText(row.get(shown));
    return label == null || label.isBlank() ? asText(row.get(name)) : label;
  }

  /** What tells rows apart in {@code name}: the code itself, as text. */
  static String key(Map<String, Object> row, String name) {
    return asText(row.get(name));
  }

  static String asText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "ja" : "nee";
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) ? Long.toString((long) d) : value.toString();
    }
    return value.toString();
  }

  /** The year of a row, or null when the table has none or the row has none. */
  static Integer year(Map<String, Object> row) {
    Object y = row.get(SheetLayout.YEAR);
    return y instanceof Number ? ((Number) y).intValue() : null;
  }

  /** Whether a row matches a condition. */
  static boolean matches(Map<String, Object> row, Match m) {
    return Objects.equals(asText(row.get(m.column())), m.value());
  }

  /** Whether a row matches all conditions. */
  static boolean matchesAll(Map<String, Object> row, List<Match> all) {
    return all.stream().allMatch(m -> matches(row, m));
  }

  /** The cell of a row's value in {@code name} as the kind of its column asks. */
  GridCell cell(Map<String, Object> row, String name) {
    String shown = shownColumn(name);
    ColumnInfo c = column(shown);
    if (!shown.equals(name)) {
      return GridCell.text(text(row, name));
    }
    Object v = row.get(shown);
    if (c.kind() == Kind.FIGURE) {
      return figure(row, c);
    }
    if (c.kind() == Kind.INTEGER && v instanceof Number) {
      return GridCell.integer(((Number) v).longValue());
    }
    return GridCell.text(asText(v));
  }

  /**
   * Checks every row against the table before any layout reads it: each output column present, each
   * value of its column's kind, each status known and possible for its figure.
   *
   * @throws IllegalArgumentException naming the table, the row (from 1) and the column
   */
  void validate(List<Map<String, Object>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      for (ColumnInfo c : info.columns()) {
        try {
          check(row, c);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              String.format(
                  java.util.Locale.ROOT,
                  "table %s, row %d, column %s: %s",
                  info.name(),
                  i + 1,
                  c.name(),
                  e.getMessage()),
              e);
        }
      }
    }
  }

  private static void check(Map<String, Object> row, ColumnInfo c) {
    Object v = present(row, c.name());
    switch (c.kind()) {
      case FIGURE:
        Double number = v == null ? null : expect(Number.class, v).doubleValue();
        FigureNotation.of(number, states(row, c));
        return;
      case INTEGER:
        if (v != null) {
          double d = expect(Number.class, v).doubleValue();
          if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a whole number: " + v);
          }
        }
        return;
      case BOOLEAN:
        if (v != null) {
          expect(Boolean.class, v);
        }
        return;
      default:
        if (v != null) {
          expect(String.class, v);
        }
    }
  }

  private static Object present(Map<String, Object> row, String column) {
    if (!row.containsKey(column)) {
      throw new IllegalArgumentException("the row has no entry '" + column + "'");
    }
    return row.get(column);
  }

  /**
   * Every state of a figure: its {@code _states}, which must lead with its {@code _status}; a table
   * carried over from a run made before figures kept all their states has its status alone.
   */
  static StatusSet states(Map<String, Object> row, ColumnInfo column) {
    Object code = present(row, column.statusColumn());
    Status status = code == null ? null : status(expect(String.class, code));
    if (!row.containsKey(column.statesColumn())) {
      return StatusSet.of(status);
    }
    Object all = row.get(column.statesColumn());
    String s = all == null ? null : expect(String.class, all);
    StatusSet states;
    try {
      states = StatusSet.fromCode(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown states '" + s + "'", e);
    }
    if (states.strongest() != status) {
      throw new IllegalArgumentException(
          "status '"
              + (status == null ? null : status.code())
              + "' is not the strongest of the states '"
              + s
              + "'");
    }
    return states;
  }

  static nl.migstat.model.Status status(String code) {
    try {
      return nl.migstat.model.Status.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + code + "'", e);
    }
  }

  private static <T> T expect(Class<T> type, Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "expected a "
              + type.getSimpleName()
              + ", got "
              + value.getClass().getSimpleName()
              + " '"
              + value
              + "'");
    }
    return type.cast(value);
  }

  /** The figure cell of a row's value of a figure column, with its status. */
  static GridCell figure(Map<String, Object> row, ColumnInfo figure) {
    Object v = row.get(figure.name());
    Object status = row.get(figure.statusColumn());
    if (v != null && !(v instanceof Number)) {
      throw new IllegalArgumentException(
          "column " + figure.name() + ": expected a Number, got '" + v + "'");
    }
    if (status != null && !(status instanceof String)) {
      throw new IllegalArgumentException(
          "column " + figure.statusColumn() + ": expected a String, got '" + status + "'");
    }
    Object states = row.get(figure.statesColumn());
    return GridCell.figure(
        v == null ? null : ((Number) v).doubleValue(),
        (String) status,
        figure.decimals(),
        states instanceof String ? (String) states : null);
  }
}
