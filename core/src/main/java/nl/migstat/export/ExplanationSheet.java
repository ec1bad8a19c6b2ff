package nl.migstat.export;

import java.util.List;
import nl.migstat.export.FigureNotation.LegendEntry;
import nl.migstat.export.SheetCells.Look;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The explanation sheet ({@code Toelichting}): the date of the figures, the symbols used in the
 * tables (CBS's full "verklaring van tekens", the rounding note, and the Eurostat flag letters),
 * the run's disclosure rule, each table's definitions (its footnotes) and each source with its
 * title, table id, modification date, URL and the day it was read.
 */
final class ExplanationSheet {
  static final String NAME = "Toelichting";
  static final String SYMBOLS = "Verklaring van tekens";
  static final String DEFINITIONS = "Definities per tabel";
  static final String SOURCES = "Bronnen";
  static final String DISCLOSURE = "Geheimhouding";

  /** CBS's entry for a figure that rounds to zero, which FigureNotation has no status for. */
  static final LegendEntry ROUNDED_ZERO =
      new LegendEntry("0 (0,0)", "het getal is kleiner dan de helft van de gekozen eenheid");

  static final String ROUNDING_NOTE =
      "Door afronding kan de som van de afzonderlijke getallen afwijken van het totaal.";

  private ExplanationSheet() {}

  /** Fills {@code sheet} for the tables that are in the workbook. */
  static void render(
      SheetCells cells,
      XSSFSheet sheet,
      List<WorkbookTable> tables,
      Provenance provenance,
      List<String> disclosureRule) {
    int r = 0;
    cells.text(sheet.createRow(r++), 0, NAME, Look.TITLE);
    cells.text(sheet.createRow(r++), 0, provenance.datedLine(), Look.PLAIN);
    r++;
    cells.text(sheet.createRow(r++), 0, SYMBOLS, Look.CHAPTER);
    for (LegendEntry e : FigureNotation.LEGEND) {
      r = legendLine(cells, sheet, r, e);
      if (e.symbol().equals("-")) {
        r = legendLine(cells, sheet, r, ROUNDED_ZERO);
      }
    }
    cells.text(sheet.createRow(r++), 1, ROUNDING_NOTE, Look.PLAIN);
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
    for (Provenance.Source s : provenance.sources()) {
      String heading = s.title() == null ? s.table() : s.table() + ": " + s.title();
      r = block(cells, sheet, r, heading, List.of(sourceLine(s)));
    }
    if (provenance.sources().isEmpty()) {
      for (WorkbookTable t : tables) {
        r = block(cells, sheet, r, t.info().title(), t.sourceLines());
      }
    }
    sheet.setColumnWidth(0, 9 * 256);
    sheet.setColumnWidth(1, TEXT_WIDTH * 256);
    PrintLayout.landscapeOnePageWide(sheet);
  }

  private static int legendLine(SheetCells cells, XSSFSheet sheet, int r, LegendEntry e) {
    var row = sheet.createRow(r);
    cells.text(row, 0, e.symbol(), Look.BOLD, HorizontalAlignment.RIGHT);
    cells.text(row, 1, e.meaning(), Look.PLAIN);
    return r + 1;
  }

  /** {@code gewijzigd op 2024-10-10; gelezen op 2024-11-02; https://…}: one line per source. */
  static String sourceLine(Provenance.Source s) {
    String line =
        "gewijzigd op "
            + (s.modified() == null ? "onbekend (niet in de invoer)" : s.modified())
            + "; gelezen op "
            + (s.read() == null ? "onbekend (geen ophaalregistratie)" : s.read());
    return s.url() == null ? line : line + "; " + s.url();
  }

  /**
   * A bold heading in column B and its lines below it, wrapped within the column (a long definition
   * would otherwise widen the printed page); returns the next free row.
   */
  private static int block(
      SheetCells cells, XSSFSheet sheet, int r, String heading, List<String> lines) {
    cells.text(sheet.createRow(r++), 1, heading, Look.BOLD);
    for (String line : lines) {
      var row = sheet.createRow(r++);
      cells.wrapped(row, 1, TableSheet.fitted(line));
      row.setHeightInPoints(
          Math.min(409, GridSheet.wrappedLines(line, TEXT_WIDTH * 11 / 9) * 12.5f));
    }
    return r;
  }

  /** Column B's width in characters of the body font. */
  private static final int TEXT_WIDTH = 110;
}
