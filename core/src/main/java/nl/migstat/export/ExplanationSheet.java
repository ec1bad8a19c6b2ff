package nl.migstat.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.migstat.export.FigureNotation.LegendEntry;
import nl.migstat.export.SheetCells.Look;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The explanation sheet ({@code Toelichting}): the symbols used in the tables (CBS's "verklaring
 * van tekens" plus the Eurostat flag letters) and the run's disclosure rule, each table's
 * definitions (its footnotes) and its sources with table id and version.
 */
final class ExplanationSheet {
  static final String NAME = "Toelichting";
  static final String SYMBOLS = "Verklaring van tekens";
  static final String DEFINITIONS = "Definities per tabel";
  static final String SOURCES = "Bronnen";
  static final String DISCLOSURE = "Geheimhouding";

  private ExplanationSheet() {}

  /** Fills {@code sheet} for the tables that are in the workbook. */
  static void render(
      SheetCells cells,
      Sheet sheet,
      List<WorkbookTable> tables,
      Instant made,
      List<String> disclosureRule) {
    int r = 0;
    cells.text(sheet.createRow(r++), 0, NAME, Look.TITLE);
    cells.text(
        sheet.createRow(r++),
        0,
        "Gemaakt door migstat op " + made.atOffset(ZoneOffset.UTC).toLocalDate(),
        Look.PLAIN);
    r++;
    cells.text(sheet.createRow(r++), 0, SYMBOLS, Look.CHAPTER);
    for (LegendEntry e : FigureNotation.LEGEND) {
      var row = sheet.createRow(r++);
      cells.text(row, 0, e.symbol(), Look.BOLD, HorizontalAlignment.RIGHT);
      cells.text(row, 1, e.meaning(), Look.PLAIN);
    }
    if (!disclosureRule.isEmpty()) {
      r = block(cells, sheet, r + 1, DISCLOSURE, disclosureRule);
    }
    r++;
    cells.text(sheet.createRow(r++), 0, DEFINITIONS, Look.CHAPTER);
    for (WorkbookTable t : tables) {
      r = block(cells, sheet, r, t.info().title(), t.info().footnotes());
    }
    r++;
    cells.text(sheet.createRow(r++), 0, SOURCES, Look.CHAPTER);
    for (WorkbookTable t : tables) {
      r = block(cells, sheet, r, t.info().title(), t.sourceLines());
    }
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 100 * 256);
  }

  /** A bold heading in column B and its lines below it; returns the next free row. */
  private static int block(
      SheetCells cells, Sheet sheet, int r, String heading, List<String> lines) {
    cells.text(sheet.createRow(r++), 1, heading, Look.BOLD);
    for (String line : lines) {
      cells.text(sheet.createRow(r++), 1, line, Look.PLAIN);
    }
    return r;
  }
}
