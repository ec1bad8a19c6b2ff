package nl.migstat.disclosure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The primary rule: a covered count of fewer persons than the threshold is secret, a count secret
 * at the source stays so, and a derived figure over a secret base is secret.
 */
final class PrimarySuppression {
  private PrimarySuppression() {}

  /** Per count of the graph, by index, its status before any complement is chosen. */
  static CellStatus[] counts(CellGraph graph, DisclosureRules rules) {
    CellStatus[] status = new CellStatus[graph.size()];
    for (int i = 0; i < graph.size(); i++) {
      status[i] =
          switch (graph.state[i]) {
            case SECRET_AT_SOURCE -> CellStatus.SECRET_AT_SOURCE;
            case MISSING -> CellStatus.MISSING;
            case VALUE ->
                graph.covered[i] && rules.isSecret(graph.value[i])
                    ? CellStatus.PRIMARY
                    : CellStatus.PUBLISHED;
          };
    }
    return status;
  }

  /**
   * The status of every derived figure, given the counts': primary over a primary or source-secret
   * base (a share of a small count), secondary over a complement (else the share and its published
   * denominator give the complement back), published otherwise. Figures may be based on figures, so
   * this repeats until nothing changes.
   */
  static Map<CellId, CellStatus> derived(
      LinkedTables tables, Function<CellId, CellStatus> countStatus) {
    Map<CellId, CellStatus> statuses = new HashMap<>();
    Function<CellId, CellStatus> of =
        cell -> tables.counts().containsKey(cell) ? countStatus.apply(cell) : statuses.get(cell);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (DerivedFigure figure : tables.derived().values()) {
        CellStatus status = fromBase(figure, of);
        if (status != statuses.put(figure.id(), status)) {
          changed = true;
        }
      }
    }
    return statuses;
  }

  private static CellStatus fromBase(DerivedFigure figure, Function<CellId, CellStatus> of) {
    CellStatus status = CellStatus.PUBLISHED;
    for (CellId cell : figure.base()) {
      CellStatus base = of.apply(cell);
      if (base == CellStatus.PRIMARY || base == CellStatus.SECRET_AT_SOURCE) {
        return CellStatus.PRIMARY;
      }
      if (base == CellStatus.SECONDARY) {
        status = CellStatus.SECONDARY;
      }
    }
    return status;
  }
}
