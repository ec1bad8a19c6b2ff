package nl.migstat.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written the way CBS prints them in Dutch text: a space between thousands ({@code 335
 * 668}, a no-break space so a number never wraps), a decimal comma ({@code 4,7}), and a space
 * before the per cent sign ({@code 17 %}); halves are rounded away from zero, as CBS rounds.
 */
public final class DutchNumbers {
  /** The thousands separator: a no-break space (U+00A0). */
  public static final char THOUSANDS = '\u00a0';

  private DutchNumbers() {}

  /** {@code value} with {@code decimals} decimals: {@code 335 668}, {@code -1 234,5}. */
  public static String format(double value, int decimals) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(THOUSANDS);
      }
      out.append(whole.charAt(i));
    }
    if (dot >= 0) {
      out.append(',').append(plain.substring(dot + 1));
    }
    return (rounded.signum() < 0 ? "-" : "") + out;
  }

  /** A change with its sign: {@code +1 234}, {@code -5,2}, {@code 0}. */
  public static String signed(double value, int decimals) {
    String text = format(value, decimals);
    return text.startsWith("-")
            || BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).signum() == 0
        ? text
        : "+" + text;
  }

  /** A percentage of whole per cents: {@code 17 %}. */
  public static String percent(double value) {
    return format(value, 0) + THOUSANDS + "%";
  }
}
