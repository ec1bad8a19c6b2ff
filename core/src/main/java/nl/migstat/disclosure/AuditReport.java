package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit of a run's suppression pattern: per secret count what a reader can infer, the derived
 * figures published over a secret base, and a summary for the run's manifest.
 *
 * @param intervals per secret count (primary, secondary, secret at the source) its interval, in the
 *     order of the cells' ids
 * @param derivedOverSecretBase derived figures published although a cell of their base is secret
 * @param summary the figures that go into the manifest
 */
public record AuditReport(
    List<FeasibleInterval> intervals, List<CellId> derivedOverSecretBase, Summary summary) {

  /**
   * The audit in a few numbers.
   *
   * @param cells counts and derived figures audited
   * @param secretPrimary cells secret by themselves (counts and derived figures)
   * @param secretSecondary complements (counts and derived figures)
   * @param secretAtSource counts the source published as secret
   * @param narrowestRelativeInterval the least {@link FeasibleInterval#relativeReach()} of a
   *     primary count; null when there is none
   * @param violations secret counts narrower than the rule, plus derived figures over a secret base
   */
  public record Summary(
      int cells,
      int secretPrimary,
      int secretSecondary,
      int secretAtSource,
      Double narrowestRelativeInterval,
      int violations) {}

  public AuditReport {
    intervals = List.copyOf(intervals);
    derivedOverSecretBase = List.copyOf(derivedOverSecretBase);
  }

  /** The secret counts whose interval is narrower than the rule asks; the run fails on any. */
  public List<FeasibleInterval> violations() {
    return intervals.stream().filter(i -> !i.meetsRule()).toList();
  }

  /** Whether the pattern meets the rule: no narrow interval, no exposed derived figure. */
  public boolean passed() {
    return summary.violations() == 0;
  }

  /** The interval of one secret count. */
  public FeasibleInterval interval(CellId cell) {
    return intervals.stream()
        .filter(i -> i.cell().equals(cell))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(cell + " is no secret count"));
  }

  /** Every violation in one line each, for the error that fails the run. */
  public List<String> describeViolations() {
    List<String> lines = new ArrayList<>();
    violations().forEach(v -> lines.add(v.describe()));
    derivedOverSecretBase.forEach(
        cell -> lines.add(cell + " (derived): published although its base has a secret cell"));
    return lines;
  }
}
