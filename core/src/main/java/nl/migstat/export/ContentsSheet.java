package nl.migstat.export;

import java.util.List;
import java.util.Map;
import nl.migstat.export.SheetCells.Look;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The contents sheet ({@code Inhoud}): the report title, the date of the figures, a link to the
 * explanation, and per chapter its tables, each sheet a link; a skipped table is listed with its
 * reason and no link, so a report author sees what is missing and why.
 */
final class ContentsSheet {
  static final String NAME = "Inhoud";
  static final String SKIPPED_PREFIX = "Niet opgenomen: ";

  private ContentsSheet() {}

  /**
   * Fills {@code sheet}.
   *
   * @param sheets the planned sheets of every table that is not skipped
   * @param numbers the number of every table ({@code 1.1})
   */
  static void render(
      SheetCells cells,
      XSSFSheet sheet,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Map<WorkbookTable, List<PlannedSheet>> sheets,
      Map<WorkbookTable, String> numbers,
      String dated) {
    int r = 0;
    cells.text(sheet.createRow(r++), 0, reportTitle, Look.TITLE);
    cells.text(sheet.createRow(r++), 0, "Verslagjaar " + reportYear + ". " + dated, Look.PLAIN);
    cells.link(
        sheet.createRow(r++),
        0,
        "Toelichting: verklaring van tekens, definities en bronnen",
        ExplanationSheet.NAME);
    for (int c = 0; c < chapters.size(); c++) {
      ChapterSection chapter = chapters.get(c);
      r++;
      cells.text(sheet.createRow(r++), 0, (c + 1) + " " + chapter.title(), Look.CHAPTER);
      for (WorkbookTable table : chapter.tables()) {
        if (table.isSkipped()) {
          var row = sheet.createRow(r++);
          cells.text(row, 0, numbers.get(table) + " " + table.info().title(), Look.PLAIN);
          cells.text(row, 1, SKIPPED_PREFIX + table.skipReason(), Look.PLAIN);
          continue;
        }
        for (PlannedSheet s : sheets.get(table)) {
          cells.link(sheet.createRow(r++), 0, s.heading().substring("Tabel ".length()), s.name());
        }
      }
    }
    sheet.setColumnWidth(0, 90 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    PrintLayout.landscapeOnePageWide(sheet);
  }
}
