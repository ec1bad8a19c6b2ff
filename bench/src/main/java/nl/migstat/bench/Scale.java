package nl.migstat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much bigger than the real full tables the generated inputs are: scale 1 is their size, larger
 * scales multiply the cells partly by more periods (1 + log10 of the scale times as many) and the
 * rest by more categories, smaller scales by fewer categories.
 *
 * @param factor the scale, e.g. 0.1, 1, 10, 100
 */
public record Scale(double factor) {
  public Scale {
    if (!(factor > 0) || factor > 1000) {
      throw new IllegalArgumentException("scale must be above 0 and at most 1000: " + factor);
    }
  }

  /** How many times the periods of scale 1 there are. */
  public double periodFactor() {
    return factor <= 1 ? 1 : 1 + Math.floor(Math.log10(factor) + 1e-9);
  }

  /** How many times the categories of scale 1 there are. */
  public double categoryFactor() {
    return factor / periodFactor();
  }

  /** {@code base} periods grown by the period factor. */
  public int periods(int base) {
    return (int) Math.round(base * periodFactor());
  }

  /** {@code base} categories grown (or shrunk) by the category factor, at least one. */
  public int categories(int base) {
    return (int) Math.max(1, Math.round(base * categoryFactor()));
  }

  /** Years ending in {@code last}, {@code count} of them, oldest first. */
  public static List<String> years(int last, int count) {
    List<String> years = new ArrayList<>();
    for (int y = last - count + 1; y <= last; y++) {
      years.add(Integer.toString(y));
    }
    return years;
  }

  /** {@code 1}, {@code 0.1}, {@code 10}: for folder and job names. */
  public String label() {
    return factor == Math.rint(factor)
        ? Long.toString((long) factor)
        : String.format(Locale.ROOT, "%s", factor);
  }
}
