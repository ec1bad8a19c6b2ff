package nl.migstat.ingest.text;

import java.util.OptionalDouble;

/**
 * How a source writes numbers: its decimal mark and its thousands separator (or none). Parsing is
 * strict: anything but an optional sign, digits, at most one decimal mark and correctly placed
 * group separators is not a number.
 *
 * @param decimalMark {@code '.'} (CBS OData, Eurostat) or {@code ','} (StatLine label downloads)
 * @param groupSeparator {@code ','} (old Eurostat Data Explorer), or 0 for none
 */
public record NumberStyle(char decimalMark, char groupSeparator) {
  /** CBS OData and Eurostat: {@code 1234.5}. */
  public static final NumberStyle POINT = new NumberStyle('.', (char) 0);

  /** StatLine label downloads and chart data: {@code 1234,5}. */
  public static final NumberStyle COMMA = new NumberStyle(',', (char) 0);

  /** Old Eurostat Data Explorer CSV: {@code 1,235,785.5}. */
  public static final NumberStyle POINT_WITH_COMMA_GROUPS = new NumberStyle('.', ',');

  /**
   * Parses a trimmed number, or returns empty when the text is not a number in this format or
   * beyond the range of a double.
   */
  public OptionalDouble parse(String text) {
    String s = text.trim();
    int n = s.length();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    StringBuilder plain = new StringBuilder(n);
    int i = 0;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      plain.append(s.charAt(0));
      i++;
    }
    int digitsBeforeMark = 0;
    int groupRun = -1;
    boolean mark = false;
    int digitsAfterMark = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        plain.append(c);
        if (mark) {
          digitsAfterMark++;
        } else {
          digitsBeforeMark++;
          if (groupRun >= 0) {
            groupRun++;
          }
        }
      } else if (c == decimalMark && !mark) {
        if (groupRun >= 0 && groupRun != 3) {
          return OptionalDouble.empty();
        }
        mark = true;
        plain.append('.');
      } else if (groupSeparator != 0 && c == groupSeparator && !mark) {
        if (digitsBeforeMark == 0
            || (groupRun >= 0 && groupRun != 3)
            || (groupRun < 0 && digitsBeforeMark > 3)) {
          return OptionalDouble.empty();
        }
        groupRun = 0;
      } else {
        return OptionalDouble.empty();
      }
    }
    if (groupRun >= 0 && !mark && groupRun != 3) {
      return OptionalDouble.empty();
    }
    if (digitsBeforeMark + digitsAfterMark == 0 || (mark && digitsAfterMark == 0)) {
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(plain.toString());
    // 400 digits are digits, but no figure: the model holds finite numbers only.
    return Double.isInfinite(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
