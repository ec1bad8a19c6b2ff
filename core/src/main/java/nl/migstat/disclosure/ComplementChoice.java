package nl.migstat.disclosure;

/**
 * The cost order in which complements are chosen: first a cell large enough to carry the protection
 * (its value, since it may fall to 0, is how far the secret cell may rise), then one that is the
 * total of fewer equations (users want totals), then the smaller value (less information lost),
 * then the stable order of the ids.
 */
final class ComplementChoice {
  private final CellGraph graph;
  private final CellStatus[] status;

  ComplementChoice(CellGraph graph, CellStatus[] status) {
    this.graph = graph;
    this.status = status;
  }

  /** Whether a cell may become a complement: published, with a value, covered by the rule. */
  boolean eligible(int cell) {
    return status[cell] == CellStatus.PUBLISHED && graph.known(cell) && graph.covered[cell];
  }

  /** The cheaper of two eligible cells ({@code best} may be -1: none yet) for this protection. */
  int cheaper(int best, int candidate, double protection) {
    if (best < 0) {
      return candidate;
    }
    return compare(candidate, best, protection) < 0 ? candidate : best;
  }

  /** The cheapest eligible cell of an equation, or -1 when every cell is hidden or fixed. */
  int cheapestIn(int equation, double protection) {
    int best = -1;
    for (int cell : graph.cellsOf[equation]) {
      if (eligible(cell)) {
        best = cheaper(best, cell, protection);
      }
    }
    return best;
  }

  private int compare(int a, int b, double protection) {
    int carries = Boolean.compare(graph.value[a] < protection, graph.value[b] < protection);
    if (carries != 0) {
      return carries;
    }
    int totals = Integer.compare(graph.totalOf[a], graph.totalOf[b]);
    if (totals != 0) {
      return totals;
    }
    int values = Double.compare(graph.value[a], graph.value[b]);
    return values != 0 ? values : Integer.compare(a, b);
  }
}
