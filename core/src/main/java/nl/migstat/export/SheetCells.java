package nl.migstat.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text, numbers and links into cells with shared styles created on first use, so the same
 * input creates the same styles in the same order (reproducible bytes), and every text that Excel
 * could take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR first) is stored
 * quote-prefixed (RELIABILITY.md, Security).
 */
final class SheetCells {
  /** The looks a text can have. */
  enum Look {
    PLAIN,
    BOLD,
    TITLE,
    CHAPTER,
    HEADER,
    LINK,
    NOTE
  }

  private record StyleKey(Look look, String format, HorizontalAlignment align, boolean quoted) {}

  private final Workbook workbook;
  private final Map<Look, Font> fonts = new EnumMap<>(Look.class);
  private final Map<StyleKey, CellStyle> styles = new LinkedHashMap<>();

  SheetCells(Workbook workbook) {
    this.workbook = workbook;
  }

  /** Whether Excel would read {@code text} typed into a cell as a formula or a sign. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** A text cell, left-aligned. */
  Cell text(Row row, int col, String text, Look look) {
    return text(row, col, text, look, HorizontalAlignment.GENERAL);
  }

  /** A text cell with the given alignment; null text leaves the cell absent. */
  Cell text(Row row, int col, String text, Look look, HorizontalAlignment align) {
    if (text == null) {
      return null;
    }
    Cell cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(style(new StyleKey(look, null, align, looksLikeFormula(text))));
    return cell;
  }

  /** A NUMERIC cell shown with an Excel number format. */
  Cell number(Row row, int col, double value, String format) {
    return number(row, col, value, format, Look.PLAIN);
  }

  /** A NUMERIC cell shown with an Excel number format in a look (bold in a totals row). */
  Cell number(Row row, int col, double value, String format, Look look) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style(new StyleKey(look, format, HorizontalAlignment.GENERAL, false)));
    return cell;
  }

  /** A NUMERIC cell centred in its column, such as a rank beside a label. */
  Cell centred(Row row, int col, double value, String format, Look look) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style(new StyleKey(look, format, HorizontalAlignment.CENTER, false)));
    return cell;
  }

  /** A text that wraps within its (merged) cell, such as a footnote under a table. */
  Cell wrapped(Row row, int col, String text) {
    Cell cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(
        style(new StyleKey(Look.NOTE, null, HorizontalAlignment.LEFT, looksLikeFormula(text))));
    return cell;
  }

  /** A text cell that links to cell A1 of another sheet of this workbook. */
  Cell link(Row row, int col, String label, String sheetName) {
    Cell cell = text(row, col, label == null ? sheetName : label, Look.LINK);
    Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress(SheetNames.linkTo(sheetName));
    cell.setHyperlink(link);
    return cell;
  }

  private CellStyle style(StyleKey key) {
    return styles.computeIfAbsent(
        key,
        k -> {
          CellStyle s = workbook.createCellStyle();
          s.setFont(font(k.look()));
          if (k.format() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(k.format()));
          }
          s.setAlignment(k.align());
          s.setQuotePrefixed(k.quoted());
          s.setWrapText(k.look() == Look.HEADER || k.look() == Look.NOTE);
          if (k.look() == Look.NOTE) {
            s.setVerticalAlignment(VerticalAlignment.TOP);
          }
          if (k.look() == Look.HEADER) {
            s.setVerticalAlignment(VerticalAlignment.BOTTOM);
            s.setBorderBottom(BorderStyle.THIN);
          }
          return s;
        });
  }

  private Font font(Look look) {
    return fonts.computeIfAbsent(
        look,
        l -> {
          Font f = workbook.createFont();
          f.setFontName("Calibri");
          f.setFontHeightInPoints(
              l == Look.TITLE
                  ? (short) 14
                  : l == Look.CHAPTER ? (short) 12 : l == Look.NOTE ? (short) 9 : (short) 11);
          f.setBold(l == Look.BOLD || l == Look.TITLE || l == Look.CHAPTER || l == Look.HEADER);
          if (l == Look.LINK) {
            f.setUnderline(Font.U_SINGLE);
            f.setColor(IndexedColors.BLUE.getIndex());
          }
          return f;
        });
  }
}
