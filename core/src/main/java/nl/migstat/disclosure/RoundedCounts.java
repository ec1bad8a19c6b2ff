package nl.migstat.disclosure;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published counts as a table shows them, derived ones rounded, with the totals that no longer
 * equal the sum of their shown parts and the tables that need the footnote for it.
 *
 * @param shown per published count the value to show
 * @param offSum equations whose cells are all shown but whose shown total differs from the sum of
 *     its shown parts
 * @param footnoted the tables holding the total of such an equation
 * @param roundTo the multiple derived counts were rounded to
 */
public record RoundedCounts(
    SortedMap<CellId, Double> shown,
    List<Equation> offSum,
    SortedSet<String> footnoted,
    int roundTo) {

  public RoundedCounts {
    shown = Collections.unmodifiableSortedMap(new TreeMap<>(shown));
    offSum = List.copyOf(offSum);
    footnoted = Collections.unmodifiableSortedSet(new TreeSet<>(footnoted));
  }

  /** The footnote of a table in {@link #footnoted()}, in the report's language. */
  public String footnote() {
    return String.format(
        Locale.ROOT, "afgerond op %d; totalen kunnen afwijken van de som der delen", roundTo);
  }

  /** Whether a table needs {@link #footnote()}. */
  public boolean needsFootnote(String table) {
    return footnoted.contains(table);
  }
}
