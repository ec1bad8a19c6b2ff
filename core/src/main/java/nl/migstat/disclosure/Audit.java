package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The audit of a suppression pattern, as τ-ARGUS audits one: for every secret count the interval a
 * reader can infer from all published counts of the run, the equations and nonnegativity (by linear
 * programming), judged by the rule; and every derived figure published over a secret base.
 */
public final class Audit {
  private Audit() {}

  /** The audit of {@code pattern} over {@code tables} under {@code rules}. */
  public static AuditReport of(
      LinkedTables tables, SuppressionPattern pattern, DisclosureRules rules) {
    rules.validated();
    CellGraph graph = new CellGraph(tables, rules);
    CellStatus[] status = statuses(graph, pattern);
    Map<Integer, FeasibleIntervals.Bounds> bounds =
        new FeasibleIntervals(graph).of(status, cell -> status[cell].secret(), null);
    SourceWidths sourceWidths = new SourceWidths(graph, rules);
    sourceWidths.learn(status, narrowSourceSecrets(status, bounds));
    List<FeasibleInterval> intervals = new ArrayList<>();
    for (int cell = 0; cell < graph.size(); cell++) {
      FeasibleIntervals.Bounds b = bounds.get(cell);
      if (b != null) {
        intervals.add(
            FeasibleInterval.judged(
                graph.ids.get(cell),
                status[cell],
                graph.value[cell],
                b.min(),
                b.max(),
                sourceWidths.of(cell),
                rules));
      }
    }
    List<CellId> exposed = derivedOverSecretBase(tables, pattern);
    return new AuditReport(intervals, exposed, summary(pattern, intervals, exposed));
  }

  /** Counts secret at the source whose interval is under two persons wide. */
  private static List<Integer> narrowSourceSecrets(
      CellStatus[] status, Map<Integer, FeasibleIntervals.Bounds> bounds) {
    List<Integer> narrow = new ArrayList<>();
    bounds.forEach(
        (cell, b) -> {
          if (status[cell] == CellStatus.SECRET_AT_SOURCE
              && b.max() - b.min() < 2 * DisclosureRules.MIN_PROTECTION - 1e-6) {
            narrow.add(cell);
          }
        });
    return narrow;
  }

  private static CellStatus[] statuses(CellGraph graph, SuppressionPattern pattern) {
    CellStatus[] status = new CellStatus[graph.size()];
    for (int cell = 0; cell < graph.size(); cell++) {
      status[cell] = pattern.status(graph.ids.get(cell));
      if (status[cell] == CellStatus.PUBLISHED && !graph.known(cell)) {
        throw new IllegalArgumentException(
            "the pattern publishes " + graph.ids.get(cell) + ", which has no value");
      }
    }
    return status;
  }

  private static List<CellId> derivedOverSecretBase(
      LinkedTables tables, SuppressionPattern pattern) {
    List<CellId> exposed = new ArrayList<>();
    for (DerivedFigure figure : tables.derived().values()) {
      if (!pattern.secret(figure.id()) && figure.base().stream().anyMatch(pattern::secret)) {
        exposed.add(figure.id());
      }
    }
    return exposed;
  }

  private static AuditReport.Summary summary(
      SuppressionPattern pattern, List<FeasibleInterval> intervals, List<CellId> exposed) {
    OptionalDouble narrowest =
        intervals.stream()
            .filter(i -> i.status() == CellStatus.PRIMARY)
            .mapToDouble(FeasibleInterval::relativeReach)
            .min();
    int narrow = (int) intervals.stream().filter(i -> !i.meetsRule()).count();
    return new AuditReport.Summary(
        pattern.statuses().size(),
        pattern.count(CellStatus.PRIMARY),
        pattern.count(CellStatus.SECONDARY),
        pattern.count(CellStatus.SECRET_AT_SOURCE),
        narrowest.isPresent() ? narrowest.getAsDouble() : null,
        narrow + exposed.size());
  }
}
