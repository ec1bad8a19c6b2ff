package nl.migstat.ingest.eurostat;

import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * Decodes Eurostat bulk cells ({@code 17500 }, {@code 68750 e}, {@code : }, {@code : c}, MANIFEST
 * B1/B2) in place inside their line, with the same meaning as {@link EurostatCell#ofTsvCell}: a
 * bulk file holds millions of cells, so the common shapes are parsed without copying the cell and
 * the decoded flags (status, every state, the flag as written) are remembered per letter
 * combination, the same objects for every cell of that combination; every unusual cell goes to
 * {@link EurostatCell} itself.
 *
 * <p>Not thread-safe: one decoder per read, and the result fields describe the last cell decoded.
 */
final class BulkCellDecoder {
  /** Distinct flag combinations remembered; a file has a handful (MANIFEST checklist: a dozen). */
  private static final int FLAG_CACHE_LIMIT = 256;

  /** Powers of ten exactly representable as doubles: m / 10^k is then correctly rounded. */
  private static final double[] POWERS_OF_TEN = new double[23];

  /** Integer digits below 10^15 stay under 2^53, so the mantissa is exact. */
  private static final int MAX_FAST_DIGITS = 15;

  static {
    double p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  private final FlagMeaning plain = FlagMeaning.of(false, "");
  private final FlagMeaning plainMissing = FlagMeaning.of(true, "");
  private final FlagMeaning[] cache = new FlagMeaning[FLAG_CACHE_LIMIT];
  private int cached;

  /** The value of the last cell, or null. */
  Double value;

  /** The status of the last cell (the strongest of {@link #states}), or null. */
  Status status;

  /** Every state of the last cell ({@link StatusSet#NONE} for a plain number). */
  StatusSet states = StatusSet.NONE;

  /** The flag of the last cell as {@link EurostatCell} writes it, or null. */
  String flag;

  /** Null, or why the last cell is not a Eurostat value. */
  String error;

  /** Decodes {@code text[from, to)}; afterwards the fields describe that cell. */
  void decode(String text, int from, int to) {
    int i = skipSpaces(text, from, to);
    int valueStart = i;
    while (i < to && text.charAt(i) != ' ') {
      i++;
    }
    int valueEnd = i;
    i = skipSpaces(text, i, to);
    int flagStart = i;
    while (i < to && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    int flagEnd = i;
    if (valueStart == valueEnd) {
      set(
          null,
          StatusSet.NONE,
          null,
          "empty cell (Eurostat writes ':' for a value that is not available)");
      return;
    }
    if (skipSpaces(text, i, to) != to) {
      decodeUnusual(text, from, to);
      return;
    }
    boolean missing = valueEnd - valueStart == 1 && text.charAt(valueStart) == ':';
    FlagMeaning meaning = meaning(missing, text, flagStart, flagEnd);
    if (meaning.error() != null || missing) {
      set(null, meaning.states(), meaning.flag(), meaning.error());
      return;
    }
    double number = parseSimpleNumber(text, valueStart, valueEnd);
    if (Double.isNaN(number)) {
      decodeUnusual(text, from, to);
      return;
    }
    set(number, meaning.states(), meaning.flag(), null);
  }

  private void decodeUnusual(String text, int from, int to) {
    EurostatCell cell = EurostatCell.ofTsvCell(text.substring(from, to), NumberStyle.POINT);
    set(cell.value(), cell.states(), cell.flag(), cell.error());
  }

  private void set(Double newValue, StatusSet newStates, String newFlag, String newError) {
    value = newValue;
    states = newStates;
    status = newStates.strongest();
    flag = newFlag;
    error = newError;
  }

  private FlagMeaning meaning(boolean missing, String text, int from, int to) {
    if (from == to) {
      return missing ? plainMissing : plain;
    }
    int length = to - from;
    for (int k = 0; k < cached; k++) {
      FlagMeaning m = cache[k];
      if (m.missing() == missing
          && m.letters().length() == length
          && text.regionMatches(from, m.letters(), 0, length)) {
        return m;
      }
    }
    FlagMeaning m = FlagMeaning.of(missing, text.substring(from, to));
    if (cached < cache.length) {
      cache[cached++] = m;
    }
    return m;
  }

  private static int skipSpaces(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Parses {@code -?digits(.digits)?} of at most 15 digits exactly (Clinger's fast path), or
   * returns NaN for any other spelling, which {@link NumberStyle} then judges.
   */
  static double parseSimpleNumber(String text, int from, int to) {
    int i = from;
    boolean negative = text.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int intDigits = 0;
    int scale = 0;
    boolean point = false;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_FAST_DIGITS) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        scale += point ? 1 : 0;
        intDigits += point ? 0 : 1;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (intDigits == 0 || (point && scale == 0)) {
      return Double.NaN;
    }
    double d = scale == 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -d : d;
  }

  /** What one flag combination means for a number or for the missing marker {@code :}. */
  private record FlagMeaning(
      boolean missing, String letters, StatusSet states, String flag, String error) {
    static FlagMeaning of(boolean missing, String letters) {
      EurostatCell c = EurostatCell.of(missing ? ":" : "0", letters, "", NumberStyle.POINT);
      return new FlagMeaning(missing, letters, c.states(), c.flag(), c.error());
    }
  }
}
