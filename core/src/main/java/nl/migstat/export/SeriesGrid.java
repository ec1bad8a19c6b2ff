package nl.migstat.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.TableInfo.ColumnInfo;

/**
 * Pivots long rows into a long series: every year down, one column per category of the across
 * column (headed by its texts, joined where they change over the years, as at a classification
 * break) or per figure, with a line chart over the years.
 */
final class SeriesGrid {
  static final String YEAR_HEADER = "Jaar";

  private SeriesGrid() {}

  static Grid of(TableView view, List<Map<String, Object>> rows, Block block, String title) {
    List<Map<String, Object>> kept =
        rows.stream().filter(r -> TableView.matchesAll(r, block.where())).toList();
    TreeSet<Integer> years = new TreeSet<>();
    kept.forEach(
        r -> {
          Integer y = TableView.year(r);
          if (y != null) {
            years.add(y);
          }
        });
    boolean byMeasure = block.across().equals(SheetLayout.MEASURE);
    List<String> headers = new ArrayList<>(List.of(YEAR_HEADER));
    List<String> keys = new ArrayList<>();
    if (byMeasure) {
      block.figures().forEach(f -> headers.add(view.column(f.column()).label()));
    } else {
      Map<String, Set<String>> texts = new LinkedHashMap<>();
      String headedBy = block.headedBy() == null ? block.across() : block.headedBy();
      for (Map<String, Object> r : kept) {
        texts
            .computeIfAbsent(TableView.key(r, block.across()), k -> new LinkedHashSet<>())
            .add(view.text(r, headedBy));
      }
      texts.forEach(
          (k, t) -> {
            keys.add(k);
            headers.add(String.join(" / ", t));
          });
    }
    Map<Integer, Map<String, Map<String, Object>>> cells = index(view, kept, block, byMeasure);
    List<Grid.Row> out = new ArrayList<>();
    for (int y : years) {
      List<GridCell> row = new ArrayList<>(List.of(GridCell.integer(y)));
      Map<String, Map<String, Object>> ofYear = cells.getOrDefault(y, Map.of());
      if (byMeasure) {
        Map<String, Object> r = ofYear.get("");
        for (Figure f : block.figures()) {
          row.add(r == null ? GridCell.EMPTY : TableView.figure(r, view.column(f.column())));
        }
      } else {
        ColumnInfo figure = view.column(block.figures().get(0).column());
        for (String k : keys) {
          Map<String, Object> r = ofYear.get(k);
          row.add(r == null ? GridCell.EMPTY : TableView.figure(r, figure));
        }
      }
      out.add(new Grid.Row(row, false));
    }
    List<Integer> series = new ArrayList<>();
    for (int c = 1; c < headers.size(); c++) {
      series.add(c);
    }
    Grid.ChartPlan chart =
        block.chart() == Chart.NONE || title == null
            ? null
            : new Grid.ChartPlan(
                block.chart(),
                byMeasure ? title : view.column(block.figures().get(0).column()).label(),
                0,
                series,
                out.size());
    return new Grid(null, Headers.unique(headers), 1, out, chart);
  }

  private static Map<Integer, Map<String, Map<String, Object>>> index(
      TableView view, List<Map<String, Object>> rows, Block block, boolean byMeasure) {
    Map<Integer, Map<String, Map<String, Object>>> cells = new HashMap<>();
    for (Map<String, Object> r : rows) {
      String k = byMeasure ? "" : TableView.key(r, block.across());
      if (cells.computeIfAbsent(TableView.year(r), y -> new HashMap<>()).put(k, r) != null) {
        throw new IllegalArgumentException(
            "table "
                + view.info().name()
                + ": two rows for year "
                + TableView.year(r)
                + (byMeasure ? "" : " and " + k)
                + " (its series layout does not tell them apart)");
      }
    }
    return cells;
  }
}
