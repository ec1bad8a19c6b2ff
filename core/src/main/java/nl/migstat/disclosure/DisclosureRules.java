package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The disclosure rule of a run: which counts are secret, how derived counts are rounded, and how
 * wide the interval a reader can compute for a secret count must stay.
 *
 * <p>A job file's {@code disclosure:} block maps onto it key by key ({@code threshold}, {@code
 * round_to}, {@code protection}, {@code applies_to}); {@link #problems()} says what is wrong in
 * words that name those keys.
 *
 * @param threshold a count of fewer persons than this is secret (a count of 0 is not: CBS publishes
 *     it as {@code -}, and "nobody" tells nothing about a person)
 * @param roundTo derived counts are published rounded to a multiple of this (1: not rounded)
 * @param protection the share of its value by which a secret count's feasible interval must reach
 *     both below and above it, and never less than {@link #MIN_PROTECTION} persons
 * @param appliesTo which counts the rule protects
 */
public record DisclosureRules(int threshold, int roundTo, double protection, AppliesTo appliesTo) {

  /** The rule when a job file says nothing: 10 persons, fives, ±10 %, derived counts only. */
  public static final DisclosureRules DEFAULTS =
      new DisclosureRules(10, 5, 0.10, AppliesTo.DERIVED);

  /**
   * The least protection, in persons, of a secret count: ±10 % of a count of 8 is 0.8, less than
   * the one person by which integer counts differ, so without it the interval [7.2, 8.8] would
   * reveal the 8 exactly.
   */
  public static final double MIN_PROTECTION = 1.0;

  /**
   * What is wrong with these values, one sentence each naming the job file's key; empty if valid.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (threshold < 1) {
      problems.add(
          "disclosure.threshold must be at least 1 (fewer persons than the threshold are secret),"
              + " not "
              + threshold);
    }
    if (roundTo < 1) {
      problems.add(
          "disclosure.round_to must be at least 1 (1 leaves derived counts unrounded), not "
              + roundTo);
    }
    if (!(protection >= 0 && protection < 1)) {
      problems.add(
          "disclosure.protection must be at least 0 and below 1 (a share of the secret count's"
              + " value, 0.10 for ±10 %), not "
              + protection);
    }
    if (appliesTo == null) {
      problems.add("disclosure.applies_to must be 'derived' or 'all'");
    }
    return problems;
  }

  /** These rules, or an {@link IllegalArgumentException} listing every problem. */
  public DisclosureRules validated() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return this;
  }

  /** Whether the rule protects a count of this origin. */
  public boolean covers(Origin origin) {
    return Objects.requireNonNull(appliesTo, "appliesTo").covers(origin);
  }

  /** Whether a count the rule covers is secret by itself (primary): above 0, below threshold. */
  public boolean isSecret(double count) {
    return count > 0 && count < threshold;
  }

  /** How far, in persons, the feasible interval must reach below and above a secret count. */
  public double protectionOf(double count) {
    return Math.max(protection * count, MIN_PROTECTION);
  }

  /**
   * Whether the interval [{@code min}, {@code max}] protects a secret count: it reaches {@link
   * #protectionOf} above it, and as far below it as nonnegativity allows (a count of 1 is protected
   * when it may be 0).
   */
  public boolean protects(double count, double min, double max) {
    double required = protectionOf(count);
    double slack = 1e-6 * Math.max(1, count);
    return min <= Math.max(0, count - required) + slack && max >= count + required - slack;
  }
}
