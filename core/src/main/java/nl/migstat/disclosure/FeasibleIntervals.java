package nl.migstat.disclosure;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The feasible interval of hidden counts: the least and the greatest value each can take given
 * every published count, every equation and nonnegativity, by linear programming (ojAlgo), one
 * programme per connected part of the hidden cells.
 *
 * <p>Published values are taken as exact, also where the table shows them rounded: rounding only
 * widens what a reader can infer, so these intervals are never wider than the reader's.
 */
final class FeasibleIntervals {
  /** The least and greatest value of a hidden count; {@code max} may be infinite. */
  record Bounds(double min, double max) {}

  private final CellGraph graph;

  FeasibleIntervals(CellGraph graph) {
    this.graph = graph;
  }

  /**
   * The bounds of every {@code target} hidden count in a part that holds a cell of {@code changed}
   * (every part when {@code changed} is null): the parts no new complement touched keep the
   * intervals they had.
   */
  Map<Integer, Bounds> of(CellStatus[] status, IntPredicate target, BitSet changed) {
    Map<Integer, Bounds> bounds = new HashMap<>();
    for (Components.Part part : Components.of(graph, status)) {
      if (touched(part, changed) && anyTarget(part, target)) {
        solve(part, status, target, bounds);
      }
    }
    return bounds;
  }

  private static boolean touched(Components.Part part, BitSet changed) {
    if (changed == null) {
      return true;
    }
    for (int cell : part.cells()) {
      if (changed.get(cell)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyTarget(Components.Part part, IntPredicate target) {
    for (int cell : part.cells()) {
      if (target.test(cell)) {
        return true;
      }
    }
    return false;
  }

  private void solve(
      Components.Part part, CellStatus[] status, IntPredicate target, Map<Integer, Bounds> out) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<Integer, Variable> variables = new HashMap<>();
    for (int cell : part.cells()) {
      variables.put(cell, model.addVariable(graph.ids.get(cell).toString()).lower(0));
    }
    for (int e : part.equations()) {
      addEquation(model, e, status, variables);
    }
    for (int cell : part.cells()) {
      if (target.test(cell)) {
        Variable variable = variables.get(cell);
        variable.weight(1);
        double min = optimum(model.minimise(), cell);
        double max = optimum(model.maximise(), cell);
        variable.weight(0);
        out.put(cell, new Bounds(Math.max(0, min), max));
      }
    }
  }

  /** total - parts = 0, with the published cells moved to the right-hand side. */
  private void addEquation(
      ExpressionsBasedModel model, int e, CellStatus[] status, Map<Integer, Variable> variables) {
    int[] cells = graph.cellsOf[e];
    Expression expression = model.addExpression("equation " + e);
    double level = 0;
    for (int k = 0; k < cells.length; k++) {
      double coefficient = CellGraph.coefficient(k);
      if (status[cells[k]].hidden()) {
        expression.set(variables.get(cells[k]), coefficient);
      } else {
        level -= coefficient * graph.value[cells[k]];
      }
    }
    expression.level(level);
  }

  private double optimum(Optimisation.Result result, int cell) {
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return Double.POSITIVE_INFINITY;
    }
    if (!state.isOptimal()) {
      throw new IllegalStateException(
          "the audit's linear programme for "
              + graph.ids.get(cell)
              + " ended "
              + state
              + ": the equations around it do not hold on the given values");
    }
    return result.getValue();
  }
}
