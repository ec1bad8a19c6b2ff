package nl.migstat.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints: A4 landscape, one page wide (as many pages down as it needs), the title rows
 * (and the header of a sheet's only table) repeated on each page, the title in the page header and
 * the source and page number in the footer, and a print area that ends at the table and its chart.
 */
final class PrintLayout {
  /** Excel refuses a header or footer longer than 255 characters in all its sections together. */
  static final int MAX_SECTION = 110;

  private PrintLayout() {}

  static void apply(
      XSSFSheet sheet, PlannedSheet plan, int firstHeader, int columns, int rowsUsed) {
    landscapeOnePageWide(sheet);
    if (firstHeader >= 0) {
      int repeatTo = plan.grids().size() == 1 ? firstHeader : 1;
      sheet.setRepeatingRows(new CellRangeAddress(0, repeatTo, -1, -1));
    }
    sheet.getHeader().setLeft(headerText(plan.heading()));
    String source =
        plan.table().sourceLines().isEmpty()
            ? ""
            : TableSheet.sourceLine(plan.table().sourceLines());
    sheet.getFooter().setLeft(headerText(source));
    sheet.getFooter().setRight("Pagina &P van &N");
    int index = sheet.getWorkbook().getSheetIndex(sheet);
    sheet
        .getWorkbook()
        .setPrintArea(index, 0, Math.max(0, columns - 1), 0, Math.max(0, rowsUsed - 1));
  }

  /** A4 landscape, fit to one page wide and any number of pages tall. */
  static void landscapeOnePageWide(XSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(false);
  }

  /** A text for a header or footer section: {@code &} escaped, cut at a word to fit. */
  static String headerText(String text) {
    String cut = SheetNames.cutAtWord(text, MAX_SECTION);
    return (cut.length() < text.length() ? cut + " …" : cut).replace("&", "&&");
  }
}
