package nl.migstat.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.migstat.export.SheetCells.Look;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.model.TableInfo.Kind;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Renders one report table on its own sheet: title, unit, sources and footnotes above a header row
 * with frozen panes and an autofilter, figures as numbers with every state shown the CBS way
 * ({@link FigureNotation}).
 */
final class TableSheet {
  static final String INTEGER_FORMAT = "0";
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 50;
  private static final int MAX_HEADER_WIDTH = 24;

  private final SheetCells cells;
  private final WorkbookTable table;
  private final Sheet sheet;
  private final int[] widths;

  private TableSheet(SheetCells cells, WorkbookTable table, Sheet sheet) {
    this.cells = cells;
    this.table = table;
    this.sheet = sheet;
    this.widths = new int[table.info().columns().size()];
  }

  /** Writes {@code table} onto the empty {@code sheet}; returns the header row's index. */
  static int render(SheetCells cells, WorkbookTable table, Sheet sheet) {
    if (table.info().columns().isEmpty()) {
      throw new IllegalArgumentException("table " + table.info().name() + " has no columns");
    }
    TableSheet t = new TableSheet(cells, table, sheet);
    int header = t.preamble();
    t.headerRow(header);
    List<Map<String, Object>> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      t.dataRow(header + 1 + i, i, rows.get(i));
    }
    int last = table.info().columns().size() - 1;
    sheet.createFreezePane(0, header + 1);
    sheet.setAutoFilter(new CellRangeAddress(header, header + rows.size(), 0, last));
    for (int c = 0; c <= last; c++) {
      int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, t.widths[c] + 2));
      sheet.setColumnWidth(c, chars * 256);
    }
    return header;
  }

  /** The lines above the header: title, unit, sources, footnotes, one blank line. */
  private int preamble() {
    TableInfo info = table.info();
    int r = 0;
    cells.text(sheet.createRow(r++), 0, info.title(), Look.TITLE);
    cells.text(sheet.createRow(r++), 0, info.unit(), Look.PLAIN);
    if (!table.sourceLines().isEmpty()) {
      cells.text(sheet.createRow(r++), 0, sourceLine(table.sourceLines()), Look.PLAIN);
    }
    for (String footnote : info.footnotes()) {
      cells.text(sheet.createRow(r++), 0, footnote, Look.PLAIN);
    }
    return r + 1;
  }

  /** {@code Bron: CBS, tabel 84809NED (gewijzigd op 2024-03-01); Eurostat tps00191}. */
  static String sourceLine(List<String> sourceLines) {
    return "Bron: " + String.join("; ", sourceLines);
  }

  private void headerRow(int r) {
    Row row = sheet.createRow(r);
    List<ColumnInfo> columns = table.info().columns();
    for (int c = 0; c < columns.size(); c++) {
      ColumnInfo column = columns.get(c);
      HorizontalAlignment align =
          column.kind() == Kind.FIGURE || column.kind() == Kind.INTEGER
              ? HorizontalAlignment.RIGHT
              : HorizontalAlignment.LEFT;
      cells.text(row, c, column.label(), Look.HEADER, align);
      widen(c, Math.min(MAX_HEADER_WIDTH, column.label().length()));
    }
  }

  private void dataRow(int r, int index, Map<String, Object> values) {
    Row row = sheet.createRow(r);
    List<ColumnInfo> columns = table.info().columns();
    for (int c = 0; c < columns.size(); c++) {
      ColumnInfo column = columns.get(c);
      try {
        widen(c, cell(row, c, column, values));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "table %s, row %d, column %s: %s",
                table.info().name(),
                index + 1,
                column.name(),
                e.getMessage()),
            e);
      }
    }
  }

  /** Writes one cell; returns the width in characters it needs. */
  private int cell(Row row, int c, ColumnInfo column, Map<String, Object> values) {
    Object value = valueOf(values, column.name());
    switch (column.kind()) {
      case FIGURE:
        return figure(row, c, column, value, states(values, column));
      case INTEGER:
        return integer(row, c, value);
      case BOOLEAN:
        return text(row, c, value == null ? null : yesNo(value));
      case TEXT:
        return text(row, c, value == null ? null : expect(String.class, value));
      default:
        throw new IllegalStateException("unknown column kind " + column.kind());
    }
  }

  private int figure(Row row, int c, ColumnInfo column, Object value, StatusSet states) {
    Double number = value == null ? null : expect(Number.class, value).doubleValue();
    FigureNotation n = FigureNotation.of(number, states);
    if (n.number() == null) {
      cells.text(row, c, n.symbol(), Look.PLAIN, HorizontalAlignment.RIGHT);
      return n.symbol().length();
    }
    cells.number(row, c, n.number(), n.numberFormat(column.decimals()));
    String shown = String.format(Locale.ROOT, "%,." + column.decimals() + "f", n.number());
    return shown.length() + n.suffix().length();
  }

  private int integer(Row row, int c, Object value) {
    if (value == null) {
      return 0;
    }
    Number n = expect(Number.class, value);
    double d = n.doubleValue();
    if (d != Math.rint(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not a whole number: " + value);
    }
    cells.number(row, c, d, INTEGER_FORMAT);
    return Long.toString((long) d).length();
  }

  private int text(Row row, int c, String value) {
    String shown = fitted(value);
    cells.text(row, c, shown, Look.PLAIN);
    return shown == null ? 0 : shown.length();
  }

  /** What a cut text ends with: the Parquet table keeps the whole text. */
  static final String CUT = " … (ingekort; de volledige tekst staat in de Parquet-tabel)";

  /**
   * A text as it fits in one cell: Excel holds at most 32,767 characters, and a longer one (the
   * list of left-out buurten of a large municipality) is cut between list items, marked {@link
   * #CUT}; POI would refuse the whole workbook.
   */
  static String fitted(String value) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max - CUT.length();
    int item = value.lastIndexOf(", ", end);
    if (item > end / 2) {
      end = item;
    } else if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + CUT;
  }

  private static String yesNo(Object value) {
    return expect(Boolean.class, value) ? "ja" : "nee";
  }

  /**
   * Every state of a figure: its {@code _states}, which must lead with its {@code _status}; a table
   * carried over from a run made before figures kept all their states has its status alone.
   */
  private static StatusSet states(Map<String, Object> values, ColumnInfo column) {
    Status status = status(valueOf(values, column.statusColumn()));
    if (!values.containsKey(column.statesColumn())) {
      return StatusSet.of(status);
    }
    Object code = values.get(column.statesColumn());
    String s = code == null ? null : expect(String.class, code);
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

  private static Status status(Object code) {
    if (code == null) {
      return null;
    }
    String s = expect(String.class, code);
    try {
      return Status.fromCode(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + s + "'", e);
    }
  }

  private static Object valueOf(Map<String, Object> values, String column) {
    if (!values.containsKey(column)) {
      throw new IllegalArgumentException("the row has no entry '" + column + "'");
    }
    return values.get(column);
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

  private void widen(int c, int chars) {
    widths[c] = Math.max(widths[c], chars);
  }
}
