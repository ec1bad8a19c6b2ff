package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The connected parts of the equation system among hidden cells: two hidden cells are connected
 * when an equation holds both. Published cells are constants, so a hidden cell's feasible interval
 * depends only on its own part, and each part is one small linear programme.
 */
final class Components {
  /** One connected part: its hidden cells and the equations that hold any of them, ascending. */
  record Part(int[] cells, int[] equations) {}

  private Components() {}

  /** The parts of the hidden cells, in the order of their first cell. */
  static List<Part> of(CellGraph graph, CellStatus[] status) {
    int[] parent = new int[graph.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] cells : graph.cellsOf) {
      int first = -1;
      for (int cell : cells) {
        if (status[cell].hidden()) {
          if (first < 0) {
            first = cell;
          } else {
            union(parent, first, cell);
          }
        }
      }
    }
    Map<Integer, List<Integer>> cells = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      if (status[i].hidden()) {
        cells.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, List<Integer>> equations = new LinkedHashMap<>();
    for (int e = 0; e < graph.cellsOf.length; e++) {
      for (int cell : graph.cellsOf[e]) {
        if (status[cell].hidden()) {
          equations.computeIfAbsent(root(parent, cell), r -> new ArrayList<>()).add(e);
          break;
        }
      }
    }
    List<Part> parts = new ArrayList<>(cells.size());
    cells.forEach(
        (root, members) ->
            parts.add(
                new Part(toArray(members), toArray(equations.getOrDefault(root, List.of())))));
    return parts;
  }

  private static int root(int[] parent, int cell) {
    int r = cell;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
