package nl.migstat.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.migstat.model.SheetLayout;

/**
 * One table sheet as it will be written: its numbered name, its heading and the grids its layout
 * makes of the table's rows.
 *
 * @param number the sheet's number ({@code 1.1}, {@code 1.1a})
 * @param name the sheet's name, valid and unique in the workbook
 * @param heading the title line ({@code Tabel 1.1 Immigratie, emigratie en migratiesaldo})
 * @param table the table it shows
 * @param grids its blocks, top to bottom
 */
record PlannedSheet(
    String number, String name, String heading, WorkbookTable table, List<Grid> grids) {

  PlannedSheet {
    grids = List.copyOf(grids);
  }

  /**
   * The sheets of a table that is not skipped, numbered {@code chapter.table}, showing the years up
   * to the report year: the report on 2017 compares 2017 with the years before, even where the
   * inputs already hold 2018 (Parquet keeps every year).
   */
  static List<PlannedSheet> of(
      WorkbookTable table, String number, SheetNames names, int reportYear) {
    TableView view = new TableView(table.info(), table.layout().shownAs());
    view.validate(table.rows());
    List<java.util.Map<String, Object>> rows =
        table.rows().stream()
            .filter(r -> TableView.year(r) == null || TableView.year(r) <= reportYear)
            .toList();
    List<PlannedSheet> sheets = new ArrayList<>();
    List<SheetLayout.Sheet> declared = table.layout().sheets();
    for (int i = 0; i < declared.size(); i++) {
      SheetLayout.Sheet s = declared.get(i);
      String n = i == 0 ? number : number + (char) ('a' + i - 1);
      String heading = heading(n, table.info().title(), s.nameSuffix());
      List<Grid> grids = new ArrayList<>();
      for (SheetLayout.Block b : s.blocks()) {
        grids.addAll(BlockGrids.of(view, rows, b, table.info().title()));
      }
      String name = names.claim(SheetNames.numbered(n, table.layout().shortName(), s.nameSuffix()));
      sheets.add(new PlannedSheet(n, name, heading, table, withoutEmptyBlocks(grids)));
    }
    return sheets;
  }

  /**
   * The blocks that have rows: a block with none (the aggregates of a download that holds no
   * aggregate) would print a lone header under the table. A sheet none of whose blocks has rows
   * keeps its first, so that an empty table still shows what it would hold.
   */
  static List<Grid> withoutEmptyBlocks(List<Grid> grids) {
    List<Grid> kept = grids.stream().filter(g -> !g.rows().isEmpty()).toList();
    return kept.isEmpty() && !grids.isEmpty() ? List.of(grids.get(0)) : kept;
  }

  /**
   * {@code Tabel 1.9a <title>, <part>}; a title that already ends with the part names it once
   * (naturalisation's "…; EU-vergelijking" on its EU sheet).
   */
  static String heading(String number, String title, String part) {
    boolean named =
        part.isEmpty() || title.toLowerCase(Locale.ROOT).endsWith(part.toLowerCase(Locale.ROOT));
    return "Tabel " + number + " " + title + (named ? "" : ", " + part);
  }

  /** The file name of the chart of grid {@code g}, without extension. */
  String chartFile(int g) {
    long charted = grids.stream().filter(x -> x.chart() != null).count();
    String base = number + "-" + table.info().name().replaceAll("[^A-Za-z0-9_-]", "_");
    return charted > 1 ? base + "-" + (g + 1) : base;
  }
}
