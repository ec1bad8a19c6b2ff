package nl.migstat.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.model.TableInfo.Kind;

/**
 * Blocks that keep one row per long row: the latest year with chosen columns across (ordered by a
 * rank where declared), or the whole long form; code columns that have a label column show the
 * label.
 */
final class ListGrids {
  private ListGrids() {}

  /** The latest year's rows (all rows of a table without years), captioned with the year. */
  static Grid latest(TableView view, List<Map<String, Object>> rows, Block block, String title) {
    List<Map<String, Object>> kept =
        rows.stream().filter(r -> TableView.matchesAll(r, block.where())).toList();
    Integer latest =
        kept.stream()
            .map(TableView::year)
            .filter(Objects::nonNull)
            .max(Integer::compare)
            .orElse(null);
    List<Map<String, Object>> shown =
        new ArrayList<>(
            kept.stream().filter(r -> Objects.equals(TableView.year(r), latest)).toList());
    if (block.rankBy() != null) {
      shown.sort(
          Comparator.comparing(
              r -> r.get(block.rankBy()) instanceof Number n ? n.doubleValue() : null,
              Comparator.nullsLast(Comparator.naturalOrder())));
    }
    List<Grid.Row> plain = new ArrayList<>();
    List<Grid.Row> totals = new ArrayList<>();
    for (Map<String, Object> r : shown) {
      boolean total = block.totals().stream().anyMatch(m -> TableView.matches(r, m));
      List<GridCell> cells = block.down().stream().map(c -> view.cell(r, c)).toList();
      (total ? totals : plain).add(new Grid.Row(cells, total));
    }
    List<Grid.Row> all = new ArrayList<>(plain);
    all.addAll(totals);
    List<String> headers = block.down().stream().map(view::header).toList();
    int labels = leadingTexts(view, block.down());
    return new Grid(
        latest == null ? null : String.valueOf(latest),
        Headers.unique(headers),
        labels,
        all,
        chart(view, block, title, labels, plain.size()));
  }

  /** Every row and every column, labels in place of codes. */
  static Grid listing(TableView view, List<Map<String, Object>> rows) {
    List<String> columns =
        view.info().columns().stream()
            .map(ColumnInfo::name)
            .filter(c -> !view.isUsedAsLabel(c))
            .toList();
    List<Grid.Row> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      out.add(new Grid.Row(columns.stream().map(c -> cellOf(view, r, c)).toList(), false));
    }
    List<String> headers = columns.stream().map(view::header).toList();
    return new Grid(null, Headers.unique(headers), leadingTexts(view, columns), out, null);
  }

  private static GridCell cellOf(TableView view, Map<String, Object> r, String c) {
    if (!r.containsKey(c)) {
      throw new IllegalArgumentException("the row has no entry '" + c + "'");
    }
    return view.cell(r, c);
  }

  private static int leadingTexts(TableView view, List<String> columns) {
    int n = 0;
    while (n < columns.size()
        && !columns.get(n).equals(SheetLayout.MEASURE)
        && view.column(view.shownColumn(columns.get(n))).kind() != Kind.FIGURE) {
      n++;
    }
    return Math.max(1, n);
  }

  private static Grid.ChartPlan chart(
      TableView view, Block block, String title, int labels, int plainRows) {
    if (title == null || block.chart() != Chart.BARS) {
      return null;
    }
    for (int c = labels; c < block.down().size(); c++) {
      if (view.column(view.shownColumn(block.down().get(c))).kind() == Kind.FIGURE) {
        return new Grid.ChartPlan(Chart.BARS, title, labels - 1, List.of(c), plainRows);
      }
    }
    return null;
  }
}
