package nl.migstat.disclosure;

import java.util.Locale;

/**
 * What a reader can infer of one secret count from everything published: the least and greatest
 * value it can take, and whether that is as wide as the rule asks.
 *
 * @param cell the secret count
 * @param status why it is secret
 * @param value its true value; NaN when secret at the source (unknown here)
 * @param min the least value it can take
 * @param max the greatest value it can take; infinite when nothing bounds it
 * @param meetsRule whether the interval is wide enough: for a primary count it reaches the rule's
 *     protection below and above the value; a count secret at the source may not be narrowed to
 *     less than twice {@link DisclosureRules#MIN_PROTECTION}, nor, under {@code applies_to:
 *     derived}, narrower than the source's own counts leave it ({@code SourceWidths}); a complement
 *     is not sensitive itself
 */
public record FeasibleInterval(
    CellId cell, CellStatus status, double value, double min, double max, boolean meetsRule) {

  /** The interval of a secret count, judged by the rule. */
  public static FeasibleInterval judged(
      CellId cell, CellStatus status, double value, double min, double max, DisclosureRules rules) {
    return judged(cell, status, value, min, max, Double.POSITIVE_INFINITY, rules);
  }

  /**
   * The interval of a secret count, judged by the rule, where the source's own counts leave a count
   * secret at the source only {@code sourceWidth} wide.
   */
  static FeasibleInterval judged(
      CellId cell,
      CellStatus status,
      double value,
      double min,
      double max,
      double sourceWidth,
      DisclosureRules rules) {
    return new FeasibleInterval(
        cell, status, value, min, max, meets(status, value, min, max, sourceWidth, rules));
  }

  static boolean meets(
      CellStatus status,
      double value,
      double min,
      double max,
      double sourceWidth,
      DisclosureRules rules) {
    return switch (status) {
      case PRIMARY -> rules.protects(value, min, max);
      case SECRET_AT_SOURCE ->
          max - min >= Math.min(2 * DisclosureRules.MIN_PROTECTION, sourceWidth) - 1e-6;
      default -> true;
    };
  }

  /**
   * How far the interval reaches from the value on its nearer side, as a share of the value (1 when
   * the count may be 0); NaN for a count secret at the source.
   */
  public double relativeReach() {
    return Math.min(value - min, max - value) / value;
  }

  /** One line for a log or a failed run: the cell, its value and what a reader can infer. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s (%s%s): a reader can infer [%s, %s]%s",
        cell,
        status.name().toLowerCase(Locale.ROOT),
        Double.isNaN(value) ? "" : ", " + number(value),
        number(min),
        number(max),
        meetsRule ? "" : ", narrower than the rule asks");
  }

  private static String number(double x) {
    if (Double.isInfinite(x)) {
      return "∞";
    }
    return x == Math.rint(x)
        ? String.format(Locale.ROOT, "%.0f", x)
        : String.format(Locale.ROOT, "%.3f", x);
  }
}
