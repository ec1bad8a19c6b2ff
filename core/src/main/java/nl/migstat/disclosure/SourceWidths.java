package nl.migstat.disclosure;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How wide the source's own published counts leave each count secret at the source. Under {@code
 * applies_to: derived} the rule may not touch a count the source publishes, so where the source's
 * own counts already give its secret away (a total beside all parts but the {@code x}), no choice
 * of ours can protect it, and our tables have undone nothing: such a count is judged by whether our
 * tables narrow it further than the source does (RELIABILITY.md: no derived cell may let a reader
 * recompute a suppressed one). Under {@code all} the source's counts may be complements, and every
 * source secret must keep the full {@code 2 x} {@link DisclosureRules#MIN_PROTECTION}.
 */
final class SourceWidths {
  private final CellGraph graph;
  private final boolean applies;
  private final Map<Integer, Double> widths = new HashMap<>();

  SourceWidths(CellGraph graph, DisclosureRules rules) {
    this.graph = graph;
    this.applies = !rules.covers(Origin.SOURCE);
  }

  /**
   * Solves, for those of {@code cells} not solved yet, their interval with every count this
   * pipeline derives hidden too: what a reader infers from the source's published counts alone.
   */
  void learn(CellStatus[] status, Collection<Integer> cells) {
    if (!applies) {
      return;
    }
    CellStatus[] sourceAlone = status.clone();
    for (int i = 0; i < sourceAlone.length; i++) {
      if (graph.derived[i] && sourceAlone[i] == CellStatus.PUBLISHED) {
        sourceAlone[i] = CellStatus.MISSING;
      }
    }
    Set<Integer> wanted = new HashSet<>(cells);
    wanted.removeAll(widths.keySet());
    if (wanted.isEmpty()) {
      return;
    }
    new FeasibleIntervals(graph)
        .of(sourceAlone, wanted::contains, null)
        .forEach((cell, b) -> widths.put(cell, b.max() - b.min()));
  }

  /**
   * The width the source alone leaves a count secret at the source; infinite when the rule covers
   * source counts or the cell was not {@linkplain #learn learned} (then the full protection holds).
   */
  double of(int cell) {
    return applies ? widths.getOrDefault(cell, Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
  }
}
