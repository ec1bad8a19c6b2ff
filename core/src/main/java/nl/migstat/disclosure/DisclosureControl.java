package nl.migstat.disclosure;

import java.util.HashMap;
import java.util.Map;

/**
 * Disclosure control of a run's tables: primary suppression by the rule, secondary suppression
 * until the audit is satisfied, and the audit itself (see the package documentation).
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  /** Primary and secondary suppression, then the audit of the resulting pattern. */
  public static DisclosureOutcome protect(LinkedTables tables, DisclosureRules rules) {
    SuppressionPattern pattern = suppress(tables, rules);
    return new DisclosureOutcome(pattern, Audit.of(tables, pattern, rules));
  }

  /** Primary and secondary suppression: the pattern to publish. */
  public static SuppressionPattern suppress(LinkedTables tables, DisclosureRules rules) {
    rules.validated();
    CellGraph graph = new CellGraph(tables, rules);
    CellStatus[] primary = PrimarySuppression.counts(graph, rules);
    return pattern(tables, graph, new SecondarySuppression(graph, primary, rules).run());
  }

  /**
   * Primary suppression alone: what the pipeline did before secondary suppression, and what the
   * audit must find wanting wherever a small count stands alone in an equation.
   */
  public static SuppressionPattern primaryOnly(LinkedTables tables, DisclosureRules rules) {
    rules.validated();
    CellGraph graph = new CellGraph(tables, rules);
    return pattern(tables, graph, PrimarySuppression.counts(graph, rules));
  }

  private static SuppressionPattern pattern(
      LinkedTables tables, CellGraph graph, CellStatus[] counts) {
    Map<CellId, CellStatus> statuses = new HashMap<>();
    for (int cell = 0; cell < graph.size(); cell++) {
      statuses.put(graph.ids.get(cell), counts[cell]);
    }
    statuses.putAll(PrimarySuppression.derived(tables, statuses::get));
    return new SuppressionPattern(statuses);
  }
}
