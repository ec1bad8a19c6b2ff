package nl.migstat.export;

import java.util.List;
import nl.migstat.export.GridSheet.ChartPlacement;
import nl.migstat.model.SheetLayout.Chart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (POI XDDF) beside their tables, so a report author can restyle or extend
 * them: each series refers to its cells and carries their numbers as a cache (a symbol such as
 * {@code .} is a gap there, not the zero Excel would plot for a text).
 */
final class NativeCharts {
  static final int WIDTH_COLUMNS = 9;
  private static final int MIN_HEIGHT_ROWS = 16;

  private NativeCharts() {}

  /** Adds the charts of a sheet beside their grids. */
  static void add(XSSFSheet sheet, List<ChartPlacement> placements, int tableColumns) {
    if (placements.isEmpty()) {
      return;
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    for (ChartPlacement p : placements) {
      int col = tableColumns + 1;
      int rows = heightRows(p.grid());
      XSSFClientAnchor anchor =
          drawing.createAnchor(
              0, 0, 0, 0, col, p.headerRow(), col + WIDTH_COLUMNS, p.headerRow() + rows);
      chart(drawing.createChart(anchor), sheet.getSheetName(), p);
    }
  }

  /** The rows a grid's chart spans, from the grid's header row down. */
  static int heightRows(Grid grid) {
    return Math.max(MIN_HEIGHT_ROWS, grid.chart().rowCount() + 2);
  }

  private static void chart(XSSFChart chart, String sheetName, ChartPlacement p) {
    Grid grid = p.grid();
    Grid.ChartPlan plan = grid.chart();
    chart.setTitleText(plan.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    boolean horizontal = plan.kind() == Chart.BARS && plan.seriesColumns().size() == 1;
    XDDFCategoryAxis x =
        chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    // Not the cells' format: that would put a provisional figure's * on every tick.
    y.setNumberFormat(plan.kind() == Chart.LINE && decimals(grid, plan) > 0 ? "#,##0.0" : "#,##0");
    if (horizontal) {
      // The first (highest ranked) category on top, as in the table.
      x.setOrientation(AxisOrientation.MAX_MIN);
    }
    int first = p.headerRow() + 1;
    int last = first + plan.rowCount() - 1;
    String[] categories = new String[plan.rowCount()];
    for (int r = 0; r < plan.rowCount(); r++) {
      categories[r] = grid.category(r);
    }
    XDDFCategoryDataSource cats =
        XDDFDataSourcesFactory.fromArray(
            categories, range(sheetName, first, last, plan.categoryColumn()));
    XDDFChartData data =
        chart.createData(plan.kind() == Chart.LINE ? ChartTypes.LINE : ChartTypes.BAR, x, y);
    data.setVaryColors(false);
    for (int i = 0; i < plan.seriesColumns().size(); i++) {
      int col = plan.seriesColumns().get(i);
      Double[] values = new Double[plan.rowCount()];
      for (int r = 0; r < plan.rowCount(); r++) {
        values[r] = grid.rows().get(r).cells().get(col).plotted();
      }
      XDDFNumericalDataSource<Double> vals =
          XDDFDataSourcesFactory.fromArray(values, range(sheetName, first, last, col));
      XDDFChartData.Series s = data.addSeries(cats, vals);
      s.setTitle(
          grid.headers().get(col), new CellReference(sheetName, p.headerRow(), col, true, true));
      style(s, ChartPalette.hex(i));
    }
    if (data instanceof XDDFBarChartData bars) {
      bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
      bars.setGapWidth(60);
    }
    chart.plot(data);
  }

  private static void style(XDDFChartData.Series s, String hex) {
    XDDFSolidFillProperties fill =
        new XDDFSolidFillProperties(XDDFColor.from(ChartPalette.rgb(hex)));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    if (s instanceof XDDFLineChartData.Series line) {
      XDDFLineProperties stroke = new XDDFLineProperties(fill);
      stroke.setWidth(2.25);
      shape.setLineProperties(stroke);
      line.setSmooth(false);
      line.setMarkerStyle(MarkerStyle.NONE);
    } else {
      shape.setFillProperties(fill);
    }
    s.setShapeProperties(shape);
  }

  /** The most decimals among the charted figures. */
  private static int decimals(Grid grid, Grid.ChartPlan plan) {
    int d = 0;
    for (int r = 0; r < plan.rowCount(); r++) {
      for (int c : plan.seriesColumns()) {
        d = Math.max(d, grid.rows().get(r).cells().get(c).decimals());
      }
    }
    return d;
  }

  private static String range(String sheetName, int first, int last, int col) {
    return new CellRangeAddress(first, Math.max(first, last), col, col)
        .formatAsString(sheetName, true);
  }
}
