package nl.migstat.export;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.export.SheetCells.Look;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * Writes one planned table sheet: the numbered title and unit, then each block as an Excel table
 * object (caption, header row directly above its rows, totals bold) with its chart beside it, then
 * the source and the definitions wrapped under the table; frozen panes and print settings last.
 */
final class GridSheet {
  static final String TABLE_STYLE = "TableStyleLight1";
  private static final int MIN_WIDTH = 8;
  private static final int MAX_LABEL_WIDTH = 45;
  private static final int MAX_VALUE_WIDTH = 16;
  private static final int MAX_WORD_WIDTH = 24;
  private static final float LINE_POINTS = 15f;

  private final SheetCells cells;
  private final XSSFSheet sheet;
  private final PlannedSheet plan;
  private final int[] widths;
  private int labelColumns;
  private final java.util.Map<Integer, List<String>> headerHeights = new java.util.TreeMap<>();

  private GridSheet(SheetCells cells, XSSFSheet sheet, PlannedSheet plan) {
    this.cells = cells;
    this.sheet = sheet;
    this.plan = plan;
    this.widths = new int[plan.grids().stream().mapToInt(g -> g.headers().size()).max().orElse(1)];
  }

  /**
   * Fills {@code sheet}; returns where its charts go, for {@link NativeCharts}.
   *
   * @param tableId the sheet's position, which names its table objects uniquely in the workbook
   * @param dated the "Cijfers van" line, or null
   */
  static List<ChartPlacement> render(
      SheetCells cells, XSSFSheet sheet, PlannedSheet plan, int tableId, String dated) {
    GridSheet s = new GridSheet(cells, sheet, plan);
    int r = 0;
    cells.text(sheet.createRow(r++), 0, plan.heading(), Look.TITLE);
    cells.text(sheet.createRow(r++), 0, plan.table().info().unit(), Look.PLAIN);
    List<ChartPlacement> charts = new ArrayList<>();
    int firstHeader = -1;
    for (int g = 0; g < plan.grids().size(); g++) {
      Grid grid = plan.grids().get(g);
      if (g > 0) {
        r++;
      }
      if (grid.caption() != null) {
        cells.text(sheet.createRow(r++), 0, grid.caption(), Look.BOLD);
      }
      int header = r;
      firstHeader = firstHeader < 0 ? header : firstHeader;
      r = s.block(grid, header, "Tabel_" + tableId + "_" + (g + 1));
      if (grid.chart() != null) {
        charts.add(new ChartPlacement(grid, header, g));
        // The next block starts below this one's chart, which is taller than a short table.
        r = Math.max(r, header + NativeCharts.heightRows(grid) + 1);
      }
    }
    int tableColumns = s.widths.length;
    int chartColumns = charts.isEmpty() ? 0 : NativeCharts.WIDTH_COLUMNS + 1;
    s.setWidths();
    r = s.notes(r + 1, tableColumns, dated);
    PrintLayout.apply(sheet, plan, firstHeader, tableColumns + chartColumns, r);
    Grid first = plan.grids().isEmpty() ? null : plan.grids().get(0);
    if (first != null) {
      sheet.createFreezePane(first.labelColumns(), firstHeader + 1);
    }
    return charts;
  }

  /**
   * Where a chart goes: beside its grid, from its header row down.
   *
   * @param grid the grid charted
   * @param headerRow the grid's header row
   * @param index the grid's index on the sheet
   */
  record ChartPlacement(Grid grid, int headerRow, int index) {}

  /** The grid's header and rows as a table object; returns the row after it. */
  private int block(Grid grid, int header, String tableName) {
    Row h = sheet.createRow(header);
    for (int c = 0; c < grid.headers().size(); c++) {
      HorizontalAlignment align =
          c < grid.labelColumns() ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT;
      cells.text(h, c, grid.headers().get(c), Look.HEADER, align);
      widen(c, Math.min(MAX_WORD_WIDTH, longestWord(grid.headers().get(c))));
    }
    headerHeights.put(header, grid.headers());
    int r = header + 1;
    labelColumns = grid.labelColumns();
    for (Grid.Row row : grid.rows()) {
      Row out = sheet.createRow(r++);
      for (int c = 0; c < row.cells().size(); c++) {
        cell(out, c, row.cells().get(c), row.total());
      }
    }
    int last = Math.max(r - 1, header + 1);
    XSSFTable table =
        sheet.createTable(
            new AreaReference(
                new CellReference(header, 0),
                new CellReference(last, grid.headers().size() - 1),
                SpreadsheetVersion.EXCEL2007));
    table.setName(tableName);
    table.setDisplayName(tableName);
    table.getCTTable().addNewTableStyleInfo().setName(TABLE_STYLE);
    table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    table.updateHeaders();
    return last + 1;
  }

  private void cell(Row row, int c, GridCell cell, boolean total) {
    Look look = total ? Look.BOLD : Look.PLAIN;
    switch (cell.kind()) {
      case TEXT:
        cells.text(row, c, TableSheet.fitted(cell.text()), look);
        widen(c, Math.min(MAX_LABEL_WIDTH, cell.text().length()));
        return;
      case EMPTY:
        return;
      case INTEGER:
        if (c < labelColumns) {
          // A rank or year that names the row: centred, so it does not run into the label.
          cells.centred(row, c, cell.number(), TableSheet.INTEGER_FORMAT, look);
          widen(c, cell.width());
          return;
        }
        cells.number(row, c, cell.number(), TableSheet.INTEGER_FORMAT, look);
        widen(c, cell.width());
        return;
      case CHANGE:
        if (cell.number() == null) {
          cells.text(row, c, ".", look, HorizontalAlignment.RIGHT);
        } else {
          cells.number(row, c, cell.number(), changeFormat(cell.decimals()), look);
        }
        widen(c, cell.width());
        return;
      default:
        figure(row, c, cell, look);
    }
  }

  /** The one place a figure meets {@link FigureNotation}. */
  private void figure(Row row, int c, GridCell cell, Look look) {
    FigureNotation n = FigureNotation.of(cell.number(), cell.stateSet());
    if (n.number() == null) {
      cells.text(row, c, n.symbol(), look, HorizontalAlignment.RIGHT);
      return;
    }
    cells.number(row, c, n.number(), n.numberFormat(cell.decimals()), look);
    widen(c, cell.width() + n.suffix().length());
  }

  /** A change shows its sign: {@code +1 234} / {@code -1 234}. */
  static String changeFormat(int decimals) {
    String n = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    return "+" + n + ";-" + n + ";0";
  }

  private static int longestWord(String header) {
    int longest = 0;
    for (String w : header.split(" ")) {
      longest = Math.max(longest, w.length());
    }
    return Math.max(longest, Math.min(header.length(), 12));
  }

  /** The source, the date of the figures and the definitions, wrapped over the table's width. */
  private int notes(int r, int columns, String dated) {
    List<String> lines = new ArrayList<>();
    if (!plan.table().sourceLines().isEmpty()) {
      lines.add(TableSheet.sourceLine(plan.table().sourceLines()));
    }
    if (dated != null) {
      lines.add(dated);
    }
    lines.addAll(plan.table().info().footnotes());
    int chars = 0;
    for (int c = 0; c < columns; c++) {
      chars += sheet.getColumnWidth(c) / 256;
    }
    for (String line : lines) {
      Row row = sheet.createRow(r);
      cells.wrapped(row, 0, TableSheet.fitted(line));
      if (columns > 1) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
      }
      int perLine = Math.max(20, (int) (chars * 1.15));
      int lineCount = Math.min(40, (line.length() + perLine - 1) / perLine);
      row.setHeightInPoints(Math.max(1, lineCount) * 12.5f);
      r++;
    }
    return r;
  }

  /** Sets the column widths, then each header row's height for its wrapped headers. */
  private void setWidths() {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.max(MIN_WIDTH, widths[c] + 2) * 256);
    }
    headerHeights.forEach(
        (r, headers) -> {
          int lines = 1;
          for (int c = 0; c < headers.size(); c++) {
            lines =
                Math.max(lines, wrappedLines(headers.get(c), Math.max(MIN_WIDTH, widths[c] + 2)));
          }
          sheet.getRow(r).setHeightInPoints(lines * LINE_POINTS);
        });
  }

  /** The lines a text takes when wrapped at spaces in a column {@code width} characters wide. */
  static int wrappedLines(String text, int width) {
    int lines = 1;
    int used = 0;
    for (String w : text.split(" ")) {
      int need = used == 0 ? w.length() : used + 1 + w.length();
      if (need > width - 1 && used > 0) {
        lines++;
        used = w.length();
      } else {
        used = need;
      }
    }
    return lines;
  }

  private void widen(int c, int chars) {
    widths[c] = Math.max(widths[c], chars);
  }
}
