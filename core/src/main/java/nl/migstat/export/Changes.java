package nl.migstat.export;

import nl.migstat.model.Status;

/**
 * The change between two years' figures as the report gives it: only between two published numbers
 * (a secret, missing or not-applicable figure has no change: {@code .}), absolute, and in % of the
 * earlier year where that is not zero.
 */
final class Changes {
  private Changes() {}

  /** {@code now − before}, or null when either has no published number. */
  static Double difference(GridCell before, GridCell now) {
    Double a = published(before);
    Double b = published(now);
    return a == null || b == null ? null : b - a;
  }

  /** {@code difference / before × 100}, or null without a difference or with a zero base. */
  static Double percent(GridCell before, Double difference) {
    Double a = published(before);
    return difference == null || a == null || a == 0 ? null : difference / Math.abs(a) * 100;
  }

  /** The number a figure cell shows, or null when it shows a symbol or nothing. */
  static Double published(GridCell cell) {
    if (cell.kind() != GridCell.Kind.FIGURE || cell.number() == null) {
      return null;
    }
    Status strongest = cell.stateSet().strongest();
    return strongest != null && strongest.meansNoFigure() ? null : cell.number();
  }
}
