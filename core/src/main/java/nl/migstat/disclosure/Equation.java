package nl.migstat.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A total that is the sum of its parts: a row or column total, a level of a hierarchy, or a link
 * between tables (a cell equal to another table's cell, or to the sum of several).
 *
 * @param total the cell that holds the sum
 * @param parts the cells that add up to it, kept in the order of their ids
 */
public record Equation(CellId total, List<CellId> parts) {
  public Equation {
    Objects.requireNonNull(total, "total");
    parts = parts.stream().sorted().toList();
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("the total " + total + " needs at least one part");
    }
    Set<CellId> seen = new HashSet<>();
    for (CellId part : parts) {
      if (part.equals(total) || !seen.add(part)) {
        throw new IllegalArgumentException(
            "the equation for " + total + " names " + part + " twice");
      }
    }
  }

  /** The total and its parts, the total first. */
  public List<CellId> cells() {
    return Stream.concat(Stream.of(total), parts.stream()).toList();
  }

  @Override
  public String toString() {
    return total + " = " + String.join(" + ", parts.stream().map(CellId::toString).toList());
  }
}
