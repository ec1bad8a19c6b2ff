package nl.migstat.ingest.text;

/**
 * Offending text as every message and reject reason shows it: in quotes, on one line (control
 * characters written as escapes), and cut after {@link #MAX_CHARS} characters with its full length
 * said, so that a 20 MB line or a binary cell never floods a message; the {@code raw} column of the
 * rejects keeps what was read.
 */
public final class Excerpt {
  /** The most characters of the text a message shows. */
  public static final int MAX_CHARS = 80;

  private Excerpt() {}

  /**
   * {@code 'text'}, or {@code 'first 80 characters…' (1234 characters)} for a longer text; {@code
   * null} for no text.
   */
  public static String quoted(String text) {
    if (text == null) {
      return "null";
    }
    String shown = visible(text, MAX_CHARS);
    return text.length() <= MAX_CHARS
        ? "'" + shown + "'"
        : "'" + shown + "…' (" + text.length() + " characters)";
  }

  /** The text on one line, cut after {@code max} characters with an ellipsis when longer. */
  public static String cut(String text, int max) {
    return text.length() <= max ? visible(text, max) : visible(text, max) + "…";
  }

  /** The first {@code max} characters, control characters as escapes, no surrogate split. */
  private static String visible(String text, int max) {
    int end = Math.min(text.length(), max);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder b = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(end + 8).append(text, 0, i);
      }
      switch (c) {
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return b == null ? text.substring(0, end) : b.toString();
  }
}
