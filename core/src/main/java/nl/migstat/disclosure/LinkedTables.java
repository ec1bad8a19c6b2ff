package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tables of a run as disclosure control sees them: their counts, the equations between counts
 * within and across tables, and the figures derived from counts. Built with {@link #builder()},
 * checked once: every cell named exists, and every equation holds on the known values.
 */
public final class LinkedTables {
  /** How far a total may differ from the sum of its parts: floating-point noise, not data. */
  private static final double BALANCE_TOLERANCE = 1e-6;

  private final SortedMap<CellId, CountCell> counts;
  private final SortedMap<CellId, DerivedFigure> derived;
  private final List<Equation> equations;

  /** Equations in an order of their own, so that the order tables declare them changes nothing. */
  private static final Comparator<Equation> EQUATION_ORDER =
      Comparator.comparing(Equation::total)
          .thenComparingInt(e -> e.parts().size())
          .thenComparing(e -> e.parts().toString());

  private LinkedTables(Builder builder) {
    this.counts = Collections.unmodifiableSortedMap(new TreeMap<>(builder.counts));
    this.derived = Collections.unmodifiableSortedMap(new TreeMap<>(builder.derived));
    List<Equation> sorted = new ArrayList<>(builder.equations);
    sorted.sort(EQUATION_ORDER);
    this.equations = List.copyOf(sorted);
  }

  /** A builder to which each table hands its cells, equations and derived figures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The counts, in the order of their ids. */
  public SortedMap<CellId, CountCell> counts() {
    return counts;
  }

  /** The derived figures, in the order of their ids. */
  public SortedMap<CellId, DerivedFigure> derived() {
    return derived;
  }

  /** The equations, ordered by total and parts (not by declaration). */
  public List<Equation> equations() {
    return equations;
  }

  /** Collects the cells of every table of a run and the equations that link them. */
  public static final class Builder {
    private final Map<CellId, CountCell> counts = new HashMap<>();
    private final Map<CellId, DerivedFigure> derived = new HashMap<>();
    private final List<Equation> equations = new ArrayList<>();

    private Builder() {}

    /** The cells of one table, declared by key within it. */
    public TableCells table(String name) {
      return new TableCells(this, name);
    }

    /** Adds a count. */
    public CellId add(CountCell cell) {
      requireNew(cell.id());
      counts.put(cell.id(), cell);
      return cell.id();
    }

    /** Adds a derived figure. */
    public CellId add(DerivedFigure figure) {
      requireNew(figure.id());
      derived.put(figure.id(), figure);
      return figure.id();
    }

    /** Adds an equation: {@code total} is the sum of {@code parts}. */
    public Builder sum(CellId total, Collection<CellId> parts) {
      equations.add(new Equation(total, List.copyOf(parts)));
      return this;
    }

    /** Links two cells that hold the same count, usually in two tables. */
    public Builder equal(CellId cell, CellId sameCount) {
      return sum(cell, List.of(sameCount));
    }

    /** The tables, once every cell named exists and every equation holds. */
    public LinkedTables build() {
      for (Equation equation : equations) {
        for (CellId cell : equation.cells()) {
          if (!counts.containsKey(cell)) {
            throw new IllegalArgumentException(
                "the equation " + equation + " names " + cell + ", which is no declared count");
          }
        }
        requireBalanced(equation);
      }
      for (DerivedFigure figure : derived.values()) {
        for (CellId cell : figure.base()) {
          if (!counts.containsKey(cell) && !derived.containsKey(cell)) {
            throw new IllegalArgumentException(
                "the derived figure " + figure.id() + " is based on " + cell + ", not declared");
          }
        }
      }
      return new LinkedTables(this);
    }

    private void requireNew(CellId id) {
      if (counts.containsKey(id) || derived.containsKey(id)) {
        throw new IllegalArgumentException("the cell " + id + " is declared twice");
      }
    }

    /** An equation that does not hold would make every interval of the audit wrong. */
    private void requireBalanced(Equation equation) {
      CountCell total = counts.get(equation.total());
      double sum = 0;
      for (CellId part : equation.parts()) {
        CountCell cell = counts.get(part);
        if (!cell.known()) {
          return;
        }
        sum += cell.value();
      }
      if (total.known()
          && Math.abs(total.value() - sum) > BALANCE_TOLERANCE * Math.max(1, total.value())) {
        throw new IllegalArgumentException(
            "the equation "
                + equation
                + " does not hold: the total is "
                + total.value()
                + ", its parts add up to "
                + sum);
      }
    }
  }
}
