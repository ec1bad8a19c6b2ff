package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rounding of derived counts to the rule's multiple, as CBS publishes its own derived counts
 * (80059ned, 84809NED, the buurt figures of Kerncijfers wijken en buurten: multiples of 5).
 *
 * <p>Each count is rounded on its own to the nearest multiple, a half upwards (conventional
 * rounding; an integer count never lies halfway between multiples of an odd {@code round_to} such
 * as 5), so a rounded total may differ from the sum of its rounded parts; such totals are listed,
 * and their tables carry the footnote. Only counts this pipeline derives are rounded, whatever
 * {@code applies_to} says: a count the source publishes stays as published (a register count
 * exactly, a KWB count in the fives CBS rounded it to). The audit works on the exact values:
 * rounding only widens what a reader can infer.
 */
public final class Rounding {
  private Rounding() {}

  /** {@code value} rounded to the nearest multiple of {@code base}, a half upwards. */
  public static double toMultiple(double value, int base) {
    if (base < 1) {
      throw new IllegalArgumentException("round to a multiple of at least 1, not " + base);
    }
    return base * Math.floor(value / base + 0.5);
  }

  /** The published counts of {@code tables} as shown under {@code rules}. */
  public static RoundedCounts round(
      LinkedTables tables, SuppressionPattern pattern, DisclosureRules rules) {
    rules.validated();
    SortedMap<CellId, Double> shown = new TreeMap<>();
    Map<CellId, Boolean> rounded = new HashMap<>();
    for (CountCell cell : tables.counts().values()) {
      if (pattern.status(cell.id()) == CellStatus.PUBLISHED) {
        boolean round = rules.roundTo() > 1 && cell.origin() == Origin.DERIVED;
        shown.put(cell.id(), round ? toMultiple(cell.value(), rules.roundTo()) : cell.value());
        rounded.put(cell.id(), round);
      }
    }
    List<Equation> offSum = new ArrayList<>();
    SortedSet<String> footnoted = new TreeSet<>();
    for (Equation equation : tables.equations()) {
      if (offSum(equation, shown, rounded)) {
        offSum.add(equation);
        footnoted.add(equation.total().table());
      }
    }
    return new RoundedCounts(shown, offSum, footnoted, rules.roundTo());
  }

  /** Whether every cell is shown, one is rounded, and the shown total is not the shown sum. */
  private static boolean offSum(
      Equation equation, Map<CellId, Double> shown, Map<CellId, Boolean> rounded) {
    boolean anyRounded = false;
    for (CellId cell : equation.cells()) {
      if (!shown.containsKey(cell)) {
        return false;
      }
      anyRounded |= rounded.get(cell);
    }
    if (!anyRounded) {
      return false;
    }
    double sum = equation.parts().stream().mapToDouble(shown::get).sum();
    return Math.abs(shown.get(equation.total()) - sum) > 1e-9 * Math.max(1, Math.abs(sum));
  }
}
