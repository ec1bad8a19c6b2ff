package nl.migstat.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each sheet a name Excel accepts: at most 31 characters, none of {@code \ / ? * [ ] :}, no
 * apostrophe at either end, not the reserved {@code History}, and unique ignoring case (Excel
 * compares sheet names case-insensitively).
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;
  private final Set<String> taken = new HashSet<>();

  SheetNames() {
    taken.add("history");
  }

  /** A valid name for {@code wanted}, made unique by a {@code (2)}, {@code (3)} … suffix. */
  String claim(String wanted) {
    String base = cleaned(wanted);
    String name = truncated(base, "");
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = truncated(base, " (" + n + ")");
    }
    return name;
  }

  private static String cleaned(String wanted) {
    String s = wanted == null ? "" : wanted.replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", "_").strip();
    s = s.replaceAll("^'+|'+$", "");
    return s.isEmpty() ? "Tabel" : s;
  }

  private static String truncated(String base, String suffix) {
    int room = MAX_LENGTH - suffix.length();
    String head = base.length() <= room ? base : base.substring(0, room);
    // Cutting may leave a trailing apostrophe or a lone high surrogate.
    head = head.replaceAll("'+$", "");
    if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
      head = head.substring(0, head.length() - 1);
    }
    return head + suffix;
  }

  /**
   * A numbered Dutch sheet name ({@code 1.1 Migratiesaldo}, {@code 1.1a Migratiesaldo lange reeks})
   * of at most {@link #MAX_LENGTH} characters, cut after a whole word.
   */
  static String numbered(String number, String shortName, String suffix) {
    // No comma: POI splits a print-titles name at commas, even within a quoted sheet name.
    String full = number + " " + shortName + (suffix.isEmpty() ? "" : " " + suffix);
    return cutAtWord(full.strip(), MAX_LENGTH);
  }

  /** {@code text} if it fits, else its longest head of whole words that fits (a word if none). */
  static String cutAtWord(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max);
    int space = head.lastIndexOf(' ');
    if (Character.isLetterOrDigit(text.charAt(max)) && space > 0) {
      head = head.substring(0, space);
    }
    head = head.replaceAll("[\\s,;:–-]+$", "");
    // A name cut after "Beslissingen op" reads as unfinished: drop a trailing function word.
    String last = head.substring(head.lastIndexOf(' ') + 1);
    if (head.indexOf(' ') > 0 && DANGLING.contains(last.toLowerCase(Locale.ROOT))) {
      return cutAtWord(head.substring(0, head.lastIndexOf(' ')), max);
    }
    return head;
  }

  private static final Set<String> DANGLING =
      Set.of(
          "de", "het", "een", "en", "of", "op", "van", "in", "naar", "per", "met", "voor", "bij",
          "uit", "over", "tot", "t.o.v.");

  /** A reference to cell A1 of a sheet, for an in-workbook hyperlink. */
  static String linkTo(String sheetName) {
    return "'" + sheetName.replace("'", "''") + "'!A1";
  }
}
