package nl.migstat.bench;

import java.util.Locale;

/**
 * What both engines compute from one Eurostat bulk file, to check they did the same work: the cells
 * read, the cells with a value, the sum of values and the number of (geo, year) groups.
 */
public record PeerTotals(long cells, long values, double sum, long groups) {
  /** Same counts and the same sum to 1e-9 relative. */
  public boolean matches(PeerTotals other) {
    return cells == other.cells
        && values == other.values
        && groups == other.groups
        && Math.abs(sum - other.sum) <= 1e-9 * Math.max(1, Math.abs(sum));
  }

  /** The totals of two files together (their groups are apart: a group is per file). */
  public PeerTotals plus(PeerTotals other) {
    return new PeerTotals(
        cells + other.cells, values + other.values, sum + other.sum, groups + other.groups);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%d cells, %d values, sum %.6g, %d groups", cells, values, sum, groups);
  }
}
