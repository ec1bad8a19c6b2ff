package nl.migstat.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.StatusSet;

/**
 * The workbook's charts for the report page: each chart drawn by the same {@link ChartDrawing} as
 * the workbook's chart files, as an inline SVG element with its title and a description, together
 * with the pivoted block it plots as texts, so the page can put the table beside the chart.
 */
public final class ReportFigures {
  private ReportFigures() {}

  /**
   * One chart and its table.
   *
   * @param number the sheet number it belongs to ({@code 1.1a})
   * @param heading the sheet's title line ({@code Tabel 1.1a Immigratie, …, lange reeks})
   * @param title the chart's own title
   * @param unit the table's unit line
   * @param svg the inline {@code <svg>} element, with {@code <title>} and {@code <desc>}
   * @param description what the chart shows, in words (the alt text)
   * @param caption the block's caption, or null
   * @param headers the table's column headers
   * @param labelColumns how many leading columns name the row
   * @param rows the table's rows as printed
   * @param sources the table's source lines
   */
  public record ChartFigure(
      String number,
      String heading,
      String title,
      String unit,
      String svg,
      String description,
      String caption,
      List<String> headers,
      int labelColumns,
      List<TableRow> rows,
      List<String> sources) {}

  /** One printed row: its cells as the workbook shows them, and whether it is a totals row. */
  public record TableRow(List<String> cells, boolean total) {}

  /**
   * The charts of every table that is not skipped, numbered as the workbook numbers its sheets,
   * showing the years up to {@code reportYear}.
   */
  public static List<ChartFigure> of(List<ChapterSection> chapters, int reportYear) {
    List<ChartFigure> figures = new ArrayList<>();
    SheetNames names = new SheetNames();
    for (int c = 0; c < chapters.size(); c++) {
      List<WorkbookTable> tables = chapters.get(c).tables();
      for (int t = 0; t < tables.size(); t++) {
        WorkbookTable table = tables.get(t);
        if (table.isSkipped()) {
          continue;
        }
        String number = (c + 1) + "." + (t + 1);
        for (PlannedSheet sheet : PlannedSheet.of(table, number, names, reportYear)) {
          for (int g = 0; g < sheet.grids().size(); g++) {
            if (sheet.grids().get(g).chart() != null) {
              figures.add(figure(sheet, g));
            }
          }
        }
      }
    }
    return figures;
  }

  private static ChartFigure figure(PlannedSheet sheet, int g) {
    Grid grid = sheet.grids().get(g);
    SvgCanvas canvas = new SvgCanvas(ChartDrawing.WIDTH, ChartDrawing.HEIGHT);
    ChartDrawing.draw(grid, canvas);
    String id = "chart-" + sheet.chartFile(g).replaceAll("[^A-Za-z0-9_-]", "-");
    String description = description(grid);
    List<TableRow> rows = new ArrayList<>();
    for (Grid.Row r : grid.rows()) {
      rows.add(new TableRow(r.cells().stream().map(ReportFigures::text).toList(), r.total()));
    }
    return new ChartFigure(
        sheet.number(),
        sheet.heading(),
        grid.chart().title(),
        sheet.table().info().unit(),
        canvas.element(id, grid.chart().title(), description),
        description,
        grid.caption(),
        grid.headers(),
        grid.labelColumns(),
        rows,
        sheet.table().sourceLines());
  }

  /** The alt text: the kind of chart, its series and its categories, in Dutch. */
  static String description(Grid grid) {
    Grid.ChartPlan plan = grid.chart();
    List<String> series = plan.seriesColumns().stream().map(grid.headers()::get).toList();
    int n = plan.rowCount();
    String first = n == 0 ? "" : grid.category(0);
    String last = n == 0 ? "" : grid.category(n - 1);
    String kind = plan.kind() == Chart.LINE ? "Lijndiagram" : "Staafdiagram";
    String over =
        plan.kind() == Chart.LINE
            ? "over " + first + " tot en met " + last
            : "voor "
                + n
                + (n == 1 ? " categorie" : " categorieën")
                + ", van "
                + first
                + " tot "
                + last;
    return String.format(
        Locale.ROOT,
        "%s van %s %s. De tabel ernaast geeft de cijfers.",
        kind,
        String.join(", ", series),
        over);
  }

  /**
   * A published figure as the workbook shows it, in Dutch notation with the symbols of its states
   * ({@code 335 668*} for a provisional figure).
   */
  public static String figureText(double value, StatusSet states, int decimals) {
    return DutchNumbers.format(value, decimals) + FigureNotation.of(value, states).suffix();
  }

  /** A cell as the workbook shows it, in Dutch notation. */
  static String text(GridCell cell) {
    switch (cell.kind()) {
      case TEXT:
        return cell.text();
      case EMPTY:
        return "";
      case INTEGER:
        return Long.toString(Math.round(cell.number()));
      case CHANGE:
        return cell.number() == null ? "." : DutchNumbers.signed(cell.number(), cell.decimals());
      default:
        FigureNotation n = FigureNotation.of(cell.number(), cell.stateSet());
        return n.number() == null
            ? n.symbol()
            : DutchNumbers.format(n.number(), cell.decimals()) + n.suffix();
    }
  }
}
