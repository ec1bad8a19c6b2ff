package nl.migstat.chapters;

/**
 * How a chapter's published tables enter disclosure control: the counts of persons they show, the
 * sums that hold between those counts (rows, columns, totals, hierarchies, and across the run's
 * tables), and the figures derived from them (shares, indices, changes). A table that declares
 * nothing is published as built.
 */
@FunctionalInterface
public interface CellDeclarations {
  /** Nothing to declare: a chapter whose figures are no counts of persons under the rule. */
  CellDeclarations NONE = cells -> {};

  /** Declares the cells of the chapter's tables that {@code cells} has rows of. */
  void declare(RunCells cells);
}
