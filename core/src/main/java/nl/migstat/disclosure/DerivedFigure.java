package nl.migstat.disclosure;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A figure computed from counts that is no count itself, such as a share, a diversity index or a
 * Herfindahl index: it is published only when every cell of its base is, since from a published
 * share and its published denominator a reader recomputes a hidden numerator.
 *
 * @param id the cell
 * @param base the counts (or other derived figures) it is computed from
 */
public record DerivedFigure(CellId id, SortedSet<CellId> base) {
  public DerivedFigure {
    Objects.requireNonNull(id, "id");
    base = Collections.unmodifiableSortedSet(new TreeSet<>(base));
    if (base.isEmpty()) {
      throw new IllegalArgumentException("derived figure " + id + " needs at least one base cell");
    }
    if (base.contains(id)) {
      throw new IllegalArgumentException("derived figure " + id + " cannot be its own base");
    }
  }
}
