package nl.migstat.export;

import java.util.List;
import java.util.Objects;
import nl.migstat.model.SheetLayout.Chart;

/**
 * One pivoted block as it goes onto a sheet: an optional caption, a header row and data rows, the
 * first {@code labelColumns} of which name the row; it becomes one Excel table object.
 *
 * @param caption the line above the header (the block's category), or null
 * @param headers the column headers, unique
 * @param labelColumns how many leading columns are texts that name the row
 * @param rows the data rows, totals last
 * @param chart the chart beside it, or null
 */
record Grid(
    String caption, List<String> headers, int labelColumns, List<Row> rows, ChartPlan chart) {

  Grid {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.cells().size() != headers.size()) {
        throw new IllegalArgumentException(
            "a row has " + r.cells().size() + " cells for " + headers.size() + " headers");
      }
    }
  }

  /**
   * One data row.
   *
   * @param cells one per header
   * @param total whether it is a totals row (bold)
   */
  record Row(List<GridCell> cells, boolean total) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A chart of some of the grid's cells.
   *
   * @param kind line or bars
   * @param title the chart's title
   * @param categoryColumn the column whose cells name the points (years, categories)
   * @param seriesColumns the columns plotted, one series each, named by their header
   * @param rowCount the data rows plotted: the first ones (totals, which come last, are left out)
   */
  record ChartPlan(
      Chart kind, String title, int categoryColumn, List<Integer> seriesColumns, int rowCount) {
    ChartPlan {
      Objects.requireNonNull(kind, "kind");
      seriesColumns = List.copyOf(seriesColumns);
    }
  }

  /** The text of a category cell of the chart, as its axis shows it. */
  String category(int row) {
    GridCell c = rows.get(row).cells().get(chart.categoryColumn());
    if (c.kind() == GridCell.Kind.TEXT) {
      return c.text();
    }
    return c.number() == null ? "" : Long.toString(Math.round(c.number()));
  }
}
