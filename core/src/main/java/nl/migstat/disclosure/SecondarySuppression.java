package nl.migstat.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary suppression: complements chosen until no secret count can be recomputed or narrowed
 * below the rule from the published ones. Two steps alternate until the audit is satisfied:
 *
 * <ol>
 *   <li>closure: every equation with exactly one hidden cell, a secret one, gets the cheapest
 *       complement ({@link ComplementChoice}), which passes the protection it must carry on to its
 *       own equations, until no such equation is left (sdcTable's SIMPLEHEURISTIC condition);
 *   <li>repair: the audit solves the feasible interval of every primary and source-secret count;
 *       each one still too narrow gets the cheapest complement in its own equations or, when those
 *       are all hidden, in the equations of the hidden cells next to it, breadth first.
 * </ol>
 *
 * Every round hides at least one more cell, so it ends: protected, or with no complement left, in
 * which case the audit reports the cell.
 */
final class SecondarySuppression {
  private final CellGraph graph;
  private final CellStatus[] status;

  /** The protection each hidden cell must carry, in persons: its own, or its primary's. */
  private final double[] carries;

  private final ComplementChoice choice;
  private final DisclosureRules rules;
  private final SourceWidths sourceWidths;
  private BitSet changed = new BitSet();

  SecondarySuppression(CellGraph graph, CellStatus[] primary, DisclosureRules rules) {
    this.graph = graph;
    this.status = primary.clone();
    this.rules = rules;
    this.carries = new double[graph.size()];
    this.choice = new ComplementChoice(graph, status);
    this.sourceWidths = new SourceWidths(graph, rules);
    for (int i = 0; i < graph.size(); i++) {
      if (status[i] == CellStatus.PRIMARY) {
        carries[i] = rules.protectionOf(graph.value[i]);
      } else if (status[i] == CellStatus.SECRET_AT_SOURCE) {
        carries[i] = DisclosureRules.MIN_PROTECTION;
      }
    }
  }

  /** The statuses after closure and repair have run to their end. */
  CellStatus[] run() {
    FeasibleIntervals intervals = new FeasibleIntervals(graph);
    Map<Integer, FeasibleIntervals.Bounds> bounds = new HashMap<>();
    close(allEquations());
    BitSet audit = null;
    while (true) {
      bounds.putAll(intervals.of(status, this::mustBeProtected, audit));
      learnSourceWidths(bounds);
      List<Integer> narrow = new ArrayList<>();
      bounds.forEach(
          (cell, b) -> {
            if (!protectedBy(cell, b)) {
              narrow.add(cell);
            }
          });
      narrow.sort(null);
      changed = new BitSet();
      for (int cell : narrow) {
        repair(cell);
      }
      if (changed.isEmpty()) {
        return status;
      }
      close(equationsOf(changed));
      audit = (BitSet) changed.clone();
    }
  }

  /** Primary and source-secret counts: the cells the rule protects. */
  private boolean mustBeProtected(int cell) {
    return status[cell] == CellStatus.PRIMARY || status[cell] == CellStatus.SECRET_AT_SOURCE;
  }

  private boolean protectedBy(int cell, FeasibleIntervals.Bounds b) {
    return FeasibleInterval.meets(
        status[cell], graph.value[cell], b.min(), b.max(), sourceWidths.of(cell), rules);
  }

  /** The source's own width of every count secret at the source that looks too narrow. */
  private void learnSourceWidths(Map<Integer, FeasibleIntervals.Bounds> bounds) {
    List<Integer> narrow = new ArrayList<>();
    bounds.forEach(
        (cell, b) -> {
          if (status[cell] == CellStatus.SECRET_AT_SOURCE && !protectedBy(cell, b)) {
            narrow.add(cell);
          }
        });
    sourceWidths.learn(status, narrow);
  }

  /** The closure step, from the equations in {@code queue}. */
  private void close(ArrayDeque<Integer> queue) {
    BitSet queued = new BitSet();
    queue.forEach(queued::set);
    while (!queue.isEmpty()) {
      int e = queue.poll();
      queued.clear(e);
      int lone = loneHiddenCell(e);
      if (lone < 0 || !status[lone].secret()) {
        continue;
      }
      int complement = choice.cheapestIn(e, carries[lone]);
      if (complement >= 0) {
        hide(complement, carries[lone]);
        for (int next : graph.equationsOf[complement]) {
          if (!queued.get(next)) {
            queued.set(next);
            queue.add(next);
          }
        }
      }
    }
  }

  /** The one hidden cell of an equation, or -1 when it has none or several. */
  private int loneHiddenCell(int e) {
    int lone = -1;
    for (int cell : graph.cellsOf[e]) {
      if (status[cell].hidden()) {
        if (lone >= 0) {
          return -1;
        }
        lone = cell;
      }
    }
    return lone;
  }

  /**
   * The repair step for one count the audit found too narrow: a complement in the nearest equations
   * that still have one, unless this round already added one next to it (the audit must look again
   * first).
   */
  private void repair(int cell) {
    for (int e : graph.equationsOf[cell]) {
      for (int other : graph.cellsOf[e]) {
        if (changed.get(other)) {
          return;
        }
      }
    }
    int complement = nearestComplement(cell);
    if (complement >= 0) {
      hide(complement, carries[cell]);
    }
  }

  /**
   * Breadth first through the hidden cells around {@code cell}: the first ring with a complement.
   */
  private int nearestComplement(int cell) {
    BitSet seenCells = new BitSet();
    BitSet seenEquations = new BitSet();
    List<Integer> ring = List.of(cell);
    seenCells.set(cell);
    while (!ring.isEmpty()) {
      int best = -1;
      List<Integer> next = new ArrayList<>();
      for (int hidden : ring) {
        for (int e : graph.equationsOf[hidden]) {
          if (seenEquations.get(e)) {
            continue;
          }
          seenEquations.set(e);
          for (int other : graph.cellsOf[e]) {
            if (choice.eligible(other)) {
              best = choice.cheaper(best, other, carries[cell]);
            } else if (status[other].hidden() && !seenCells.get(other)) {
              seenCells.set(other);
              next.add(other);
            }
          }
        }
      }
      if (best >= 0) {
        return best;
      }
      ring = next;
    }
    return -1;
  }

  private void hide(int cell, double protection) {
    status[cell] = CellStatus.SECONDARY;
    carries[cell] = Math.max(carries[cell], protection);
    changed.set(cell);
  }

  private ArrayDeque<Integer> allEquations() {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int e = 0; e < graph.equations(); e++) {
      queue.add(e);
    }
    return queue;
  }

  private ArrayDeque<Integer> equationsOf(BitSet cells) {
    BitSet equations = new BitSet();
    cells.stream()
        .forEach(
            cell -> {
              for (int e : graph.equationsOf[cell]) {
                equations.set(e);
              }
            });
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    equations.stream().forEach(queue::add);
    return queue;
  }
}
