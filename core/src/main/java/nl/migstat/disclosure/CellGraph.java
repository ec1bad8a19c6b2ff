package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of {@link LinkedTables} by index, in the order of their ids, with the equations each
 * stands in: the arrays the suppression and the audit walk, so that they never hash a cell id.
 */
final class CellGraph {
  final List<CellId> ids;
  final Map<CellId, Integer> index;
  final double[] value;
  final InputState[] state;

  /** Whether the rule covers the count: it may be primary or a complement. */
  final boolean[] covered;

  /** Whether this pipeline derives the count (a sum, a split estimate) rather than the source. */
  final boolean[] derived;

  /** Per equation its cells, the total first; the coefficient is +1 for it and -1 for a part. */
  final int[][] cellsOf;

  /** Per count the equations it stands in, ascending. */
  final int[][] equationsOf;

  /** Per count the number of equations it is the total of: the cost of hiding a total. */
  final int[] totalOf;

  CellGraph(LinkedTables tables, DisclosureRules rules) {
    ids = List.copyOf(tables.counts().keySet());
    index = new HashMap<>(ids.size() * 2);
    int n = ids.size();
    value = new double[n];
    state = new InputState[n];
    covered = new boolean[n];
    derived = new boolean[n];
    for (int i = 0; i < n; i++) {
      CountCell cell = tables.counts().get(ids.get(i));
      index.put(cell.id(), i);
      value[i] = cell.value();
      state[i] = cell.state();
      covered[i] = rules.covers(cell.origin());
      derived[i] = cell.origin() == Origin.DERIVED;
    }
    List<Equation> equations = tables.equations();
    cellsOf = new int[equations.size()][];
    totalOf = new int[n];
    List<List<Integer>> byCell = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byCell.add(new ArrayList<>(4));
    }
    for (int e = 0; e < equations.size(); e++) {
      List<CellId> cells = equations.get(e).cells();
      cellsOf[e] = new int[cells.size()];
      for (int k = 0; k < cells.size(); k++) {
        int cell = index.get(cells.get(k));
        cellsOf[e][k] = cell;
        byCell.get(cell).add(e);
      }
      totalOf[cellsOf[e][0]]++;
    }
    equationsOf = new int[n][];
    for (int i = 0; i < n; i++) {
      equationsOf[i] = byCell.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  int size() {
    return ids.size();
  }

  int equations() {
    return cellsOf.length;
  }

  boolean known(int cell) {
    return state[cell] == InputState.VALUE;
  }

  /** The coefficient of the k-th cell of an equation written as total - parts = 0. */
  static double coefficient(int k) {
    return k == 0 ? 1 : -1;
  }
}
