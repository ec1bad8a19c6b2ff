package nl.migstat.export;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * What every table sheet shares however its layout arranges it: the whole-number format, the source
 * line, and texts cut to what one cell holds.
 */
final class TableSheet {
  static final String INTEGER_FORMAT = "0";

  /** What a cut text ends with: the Parquet table keeps the whole text. */
  static final String CUT = " … (ingekort; de volledige tekst staat in de Parquet-tabel)";

  private TableSheet() {}

  /** {@code Bron: CBS, tabel 84809NED (gewijzigd op 2024-03-01); Eurostat tps00191}. */
  static String sourceLine(List<String> sourceLines) {
    return "Bron: " + String.join("; ", sourceLines);
  }

  /**
   * A text as it fits in one cell: Excel holds at most 32,767 characters, and a longer one (the
   * list of left-out buurten of a large municipality) is cut between list items, marked {@link
   * #CUT}; POI would refuse the whole workbook.
   */
  static String fitted(String value) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max - CUT.length();
    int item = value.lastIndexOf(", ", end);
    if (item > end / 2) {
      end = item;
    } else if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + CUT;
  }
}
