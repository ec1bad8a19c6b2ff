package nl.migstat.export;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Pivots long rows into the report's comparison: categories down, the latest year beside the two
 * before it, then the change from the year before (absolute, and in % for counts); optionally only
 * the top ranked categories of the latest year, in rank order, and one block per value of a column.
 */
final class ComparisonGrids {
  static final String RANK_HEADER = "Rang";

  private final TableView view;
  private final Block block;
  private final List<Integer> years;

  /** The year whose ranks choose the rows of the grid being built, or null. */
  private Integer rankedIn;

  private ComparisonGrids(TableView view, Block block, List<Integer> years) {
    this.view = view;
    this.block = block;
    this.years = years;
  }

  /** The block's grids: one, or one per value of its {@code blockBy} column. */
  static List<Grid> of(TableView view, List<Map<String, Object>> rows, Block block, String title) {
    List<Map<String, Object>> kept =
        rows.stream().filter(r -> TableView.matchesAll(r, block.where())).toList();
    ComparisonGrids g = new ComparisonGrids(view, block, latestYears(kept));
    Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    Map<String, String> captions = new HashMap<>();
    for (Map<String, Object> r : kept) {
      String key = block.blockBy() == null ? "" : TableView.key(r, block.blockBy());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      captions.putIfAbsent(key, block.blockBy() == null ? null : view.text(r, block.blockBy()));
    }
    if (groups.isEmpty()) {
      groups.put("", List.of());
    }
    String charted =
        block.chartBlock() != null && groups.containsKey(block.chartBlock())
            ? block.chartBlock()
            : groups.keySet().iterator().next();
    List<Grid> grids = new ArrayList<>();
    groups.forEach(
        (key, group) ->
            grids.add(
                g.grid(
                    captions.get(key),
                    group,
                    !key.equals(charted) || title == null
                        ? null
                        : captions.get(key) == null ? title : title + ": " + captions.get(key))));
    return grids;
  }

  /** The latest year present and the two before it, where present, oldest first. */
  static List<Integer> latestYears(List<Map<String, Object>> rows) {
    TreeSet<Integer> present = new TreeSet<>();
    rows.forEach(
        r -> {
          Integer y = TableView.year(r);
          if (y != null) {
            present.add(y);
          }
        });
    if (present.isEmpty()) {
      return List.of();
    }
    int last = present.last();
    return present.subSet(last - 2, true, last, true).stream().toList();
  }

  private Grid grid(String caption, List<Map<String, Object>> rows, String chartTitle) {
    rankedIn = block.rankBy() == null ? null : rankYear(rows);
    Map<List<String>, Map<Integer, Map<String, Object>>> byKey = index(rows);
    List<List<String>> ordered = new ArrayList<>();
    Set<List<String>> totals = new LinkedHashSet<>();
    for (Map<String, Object> r : rows) {
      if (block.totals().stream().anyMatch(m -> TableView.matches(r, m))) {
        totals.add(key(r));
      }
    }
    if (block.rankBy() != null) {
      ordered.addAll(ranked(rows, totals));
    } else {
      byKey.keySet().stream()
          .filter(k -> !totals.contains(k) && shown(byKey.get(k)))
          .forEach(ordered::add);
    }
    totals.removeIf(k -> !shown(byKey.get(k)));
    int plain = 0;
    List<Grid.Row> out = new ArrayList<>();
    for (List<String> k : ordered) {
      plain += rowsOf(byKey.get(k), false, out);
    }
    for (List<String> k : totals) {
      rowsOf(byKey.get(k), true, out);
    }
    List<String> headers = headers();
    Integer ranking = rankedIn;
    return new Grid(
        caption, Headers.unique(headers), labelColumns(), out, chart(chartTitle, plain, ranking));
  }

  private Map<List<String>, Map<Integer, Map<String, Object>>> index(
      List<Map<String, Object>> rows) {
    Map<List<String>, Map<Integer, Map<String, Object>>> byKey = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      Map<Integer, Map<String, Object>> byYear =
          byKey.computeIfAbsent(key(r), k -> new HashMap<>());
      Integer y = TableView.year(r);
      if (byYear.put(y, r) != null) {
        throw new IllegalArgumentException(
            "table "
                + view.info().name()
                + ": two rows for "
                + key(r)
                + " in "
                + y
                + " (its layout's categories do not tell them apart)");
      }
    }
    return byKey;
  }

  /** Whether a category has a row in one of the shown years (else it is not shown). */
  private boolean shown(Map<Integer, Map<String, Object>> byYear) {
    return years.stream().anyMatch(byYear::containsKey);
  }

  /**
   * The top categories by rank in the latest year that has ranks (a newest year without the
   * population a rate needs has figures but no ranks yet).
   */
  private List<List<String>> ranked(List<Map<String, Object>> rows, Set<List<String>> totals) {
    Integer latest = rankYear(rows);
    return rows.stream()
        .filter(r -> latest != null && latest.equals(TableView.year(r)))
        .filter(r -> r.get(block.rankBy()) instanceof Number && !totals.contains(key(r)))
        .sorted(Comparator.comparingDouble(r -> ((Number) r.get(block.rankBy())).doubleValue()))
        .limit(block.top())
        .map(this::key)
        .toList();
  }

  /** The latest year in which a row has a rank, or null. */
  private Integer rankYear(List<Map<String, Object>> rows) {
    return rows.stream()
        .filter(r -> r.get(block.rankBy()) instanceof Number)
        .map(TableView::year)
        .filter(java.util.Objects::nonNull)
        .max(Integer::compare)
        .orElse(null);
  }

  private List<String> key(Map<String, Object> r) {
    List<String> k = new ArrayList<>();
    for (String c : block.down()) {
      if (!c.equals(SheetLayout.MEASURE)) {
        k.add(TableView.key(r, c));
      }
    }
    return k;
  }

  private boolean byMeasure() {
    return block.down().contains(SheetLayout.MEASURE);
  }

  private int labelColumns() {
    return block.down().size() + (block.rankBy() == null ? 0 : 1);
  }

  private List<String> headers() {
    List<String> h = new ArrayList<>();
    if (block.rankBy() != null) {
      h.add(RANK_HEADER);
    }
    block.down().forEach(c -> h.add(view.header(c)));
    if (byMeasure()) {
      h.addAll(valueHeaders("", anyRelative()));
    } else {
      boolean prefix = block.figures().size() > 1;
      for (Figure f : block.figures()) {
        String p = prefix ? view.column(f.column()).label() + " " : "";
        h.addAll(valueHeaders(p, f.relativeChange()));
      }
    }
    return h;
  }

  private List<String> valueHeaders(String prefix, boolean relative) {
    List<String> h = new ArrayList<>();
    years.forEach(y -> h.add(prefix + y));
    if (hasChange()) {
      int last = years.get(years.size() - 1);
      h.add(prefix + "Verschil " + (last - 1) + "–" + last);
      if (relative) {
        h.add(prefix + "Verschil (%)");
      }
    }
    return h;
  }

  /** A change needs the year before the latest. */
  private boolean hasChange() {
    return years.size() >= 2 && years.get(years.size() - 2) == years.get(years.size() - 1) - 1;
  }

  /** Adds the row(s) of one category (one per figure when figures go down); returns how many. */
  private int rowsOf(Map<Integer, Map<String, Object>> byYear, boolean total, List<Grid.Row> out) {
    Map<String, Object> labelled = byYear.get(latestOf(byYear));
    if (!byMeasure()) {
      out.add(new Grid.Row(row(labelled, byYear, block.figures(), null), total));
      return 1;
    }
    for (Figure measure : block.figures()) {
      out.add(new Grid.Row(row(labelled, byYear, List.of(measure), measure), total));
    }
    return block.figures().size();
  }

  private List<GridCell> row(
      Map<String, Object> labelled,
      Map<Integer, Map<String, Object>> byYear,
      List<Figure> figures,
      Figure measure) {
    List<GridCell> cells = new ArrayList<>();
    if (block.rankBy() != null) {
      // The rank of the year ranked, which may be older than the newest year shown.
      Map<String, Object> ranked = byYear.get(rankedIn);
      cells.add(ranked == null ? GridCell.EMPTY : view.cell(ranked, block.rankBy()));
    }
    for (String c : block.down()) {
      cells.add(
          c.equals(SheetLayout.MEASURE)
              ? GridCell.text(view.column(measure.column()).label())
              : GridCell.text(view.text(labelled, c)));
    }
    figures.forEach(f -> cells.addAll(values(byYear, f)));
    return cells;
  }

  private static Integer latestOf(Map<Integer, Map<String, Object>> byYear) {
    return byYear.keySet().stream()
        .max(Comparator.nullsFirst(Comparator.naturalOrder()))
        .orElse(null);
  }

  /** The figure's cells in the shown years, then its change from the year before. */
  private List<GridCell> values(Map<Integer, Map<String, Object>> byYear, Figure f) {
    ColumnInfo column = view.column(f.column());
    List<GridCell> cells = new ArrayList<>();
    for (int y : years) {
      Map<String, Object> r = byYear.get(y);
      // A ranked category absent in an earlier year was not among that year's top: no figure here.
      GridCell absent =
          block.rankBy() == null ? GridCell.EMPTY : GridCell.figure(null, null, column.decimals());
      cells.add(r == null ? absent : TableView.figure(r, column));
    }
    if (hasChange()) {
      GridCell before = cells.get(cells.size() - 2);
      GridCell now = cells.get(cells.size() - 1);
      Double diff = Changes.difference(before, now);
      cells.add(GridCell.change(diff, column.decimals()));
      if (f.relativeChange()) {
        cells.add(GridCell.change(Changes.percent(before, diff), 1));
      } else if (byMeasure() && anyRelative()) {
        // Figures down share the % column; a rate has no % change.
        cells.add(GridCell.EMPTY);
      }
    }
    return cells;
  }

  private boolean anyRelative() {
    return block.figures().stream().anyMatch(Figure::relativeChange);
  }

  /** Bars of the first figure: its shown years, or for a ranking the year ranked. */
  private Grid.ChartPlan chart(String title, int plainRows, Integer rankYear) {
    if (title == null || block.chart() != Chart.BARS || years.isEmpty()) {
      return null;
    }
    int first = labelColumns();
    List<Integer> series = new ArrayList<>();
    if (block.rankBy() != null) {
      int at = rankYear == null ? -1 : years.indexOf(rankYear);
      series.add(first + (at < 0 ? years.size() - 1 : at));
    } else {
      for (int i = 0; i < years.size(); i++) {
        series.add(first + i);
      }
    }
    return new Grid.ChartPlan(Chart.BARS, title, labelColumns() - 1, series, plainRows);
  }
}
