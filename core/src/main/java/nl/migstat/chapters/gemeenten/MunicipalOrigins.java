package nl.migstat.chapters.gemeenten;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.disclosure.Origin;
import nl.migstat.harmonise.MunicipalBoundaries;

/**
 * Whether a municipal figure on the reference year's boundaries is the source's own or one this
 * pipeline derives ({@link ReferenceBoundaries#map}): a municipality that was one whole
 * municipality of the figure's year, and received nothing from another, is shown as its source
 * publishes it; the sum of merged predecessors, or a part of a split one, is derived (and rounded
 * by {@code round_to}).
 */
final class MunicipalOrigins {
  private final MunicipalBoundaries boundaries;
  private final int referenceYear;

  /** Per year the reference-year municipalities whose figure is the source's own. */
  private final Map<Integer, Set<String>> asPublished = new HashMap<>();

  MunicipalOrigins(MunicipalBoundaries boundaries, int referenceYear) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
  }

  /** The origin of the figure of reference-year municipality {@code code} for {@code year}. */
  Origin of(String code, int year) {
    Set<String> own = asPublished.computeIfAbsent(year, this::asPublishedIn);
    return own == null || own.contains(code) ? Origin.SOURCE : Origin.DERIVED;
  }

  /**
   * The municipalities of the year that map whole onto themselves and receive from no other; null
   * when the year has no bundled list (its figures were not mapped, so they are the source's).
   */
  private Set<String> asPublishedIn(int year) {
    Map<String, MunicipalBoundaries.Municipality> list;
    try {
      list = boundaries.municipalitiesOn(year);
    } catch (RuntimeException e) {
      return null;
    }
    if (list.isEmpty()) {
      return null;
    }
    Map<String, Integer> contributors = new HashMap<>();
    Set<String> whole = new HashSet<>();
    for (String code : list.keySet()) {
      List<MunicipalBoundaries.Target> targets = targets(code, year);
      targets.forEach(t -> contributors.merge(t.code(), 1, Integer::sum));
      if (targets.size() == 1
          && targets.get(0).code().equals(code)
          && targets.get(0).share() == 1.0) {
        whole.add(code);
      }
    }
    whole.removeIf(code -> contributors.getOrDefault(code, 0) != 1);
    return whole;
  }

  private List<MunicipalBoundaries.Target> targets(String code, int year) {
    try {
      return boundaries.resolve(code, year, referenceYear);
    } catch (RuntimeException e) {
      // A municipality that cannot be mapped has no figure in the tables (the run stops first).
      return List.of();
    }
  }
}
