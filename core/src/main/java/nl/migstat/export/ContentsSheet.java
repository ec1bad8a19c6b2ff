package nl.migstat.export;

import java.util.List;
import java.util.Map;
import nl.migstat.export.SheetCells.Look;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The contents sheet ({@code Inhoud}): the report title, a link to the explanation, and per chapter
 * its tables as links to their sheets; a skipped table is listed with its reason and no link, so a
 * report author sees what is missing and why.
 */
final class ContentsSheet {
  static final String NAME = "Inhoud";
  static final String SKIPPED_PREFIX = "Niet opgenomen: ";

  private ContentsSheet() {}

  /**
   * Fills {@code sheet}.
   *
   * @param sheetNames the sheet name of every table that is not skipped
   */
  static void render(
      SheetCells cells,
      Sheet sheet,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Map<WorkbookTable, String> sheetNames) {
    int r = 0;
    cells.text(sheet.createRow(r++), 0, reportTitle, Look.TITLE);
    cells.text(sheet.createRow(r++), 0, "Verslagjaar " + reportYear, Look.PLAIN);
    cells.link(
        sheet.createRow(r++),
        0,
        "Toelichting: verklaring van tekens, definities en bronnen",
        ExplanationSheet.NAME);
    for (ChapterSection chapter : chapters) {
      r++;
      cells.text(sheet.createRow(r++), 0, chapter.title(), Look.CHAPTER);
      for (WorkbookTable table : chapter.tables()) {
        var row = sheet.createRow(r++);
        if (table.isSkipped()) {
          cells.text(row, 0, table.info().title(), Look.PLAIN);
          cells.text(row, 1, SKIPPED_PREFIX + table.skipReason(), Look.PLAIN);
        } else {
          cells.link(row, 0, table.info().title(), sheetNames.get(table));
        }
      }
    }
    sheet.setColumnWidth(0, 80 * 256);
    sheet.setColumnWidth(1, 80 * 256);
  }
}
