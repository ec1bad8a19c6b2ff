package nl.migstat.harmonise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CBS municipalities per year and the dated changes between them (mergers, the Haaren 2021 split,
 * renames), from {@code codelists/nl-regions.csv}, {@code municipality-provinces.csv} and {@code
 * municipal-changes.csv} (MANIFEST C2, C3; RvIG Tabel 33 successions chain, so a code may be
 * several changes away from its reference-year successor).
 *
 * <p>The boundaries of year {@code Y} are those of CBS's list for {@code Y} ("Gemeentelijke
 * indeling op 1 januari", published during the year: its 2015 list already has De Fryske Marren of
 * 1 July 2015, its 2022 list still has Weesp, merged on 24 March 2022).
 */
public final class MunicipalBoundaries {
  /**
   * First and last year with a municipality list; the last is a job's default reference year
   * (MunicipalBoundariesTest holds it to the newest bundled list).
   */
  public static final int FIRST_YEAR = 2015;

  public static final int LAST_YEAR = 2025;

  /** A municipality of one year's list. */
  public record Municipality(String code, String name, String province) {}

  /** A share of an old municipality's figure that belongs to a target municipality. */
  public record Target(String code, double share) {}

  /** One row of the change table. */
  public record Change(String date, String oldCode, String newCode, double share, String kind) {}

  private final Map<Integer, Map<String, Municipality>> byYear;
  private final Map<String, List<Change>> changesByOld;
  private final Map<String, String> oldNames;

  private MunicipalBoundaries(
      Map<Integer, Map<String, Municipality>> byYear,
      Map<String, List<Change>> changesByOld,
      Map<String, String> oldNames) {
    this.byYear = byYear;
    this.changesByOld = changesByOld;
    this.oldNames = oldNames;
  }

  /** Loads the three bundled lists. */
  public static MunicipalBoundaries load() {
    Map<String, List<Change>> changes = new LinkedHashMap<>();
    Map<String, String> oldNames = new TreeMap<>();
    for (Map<String, String> r : BundledList.load("municipal-changes.csv").rows()) {
      Change c =
          new Change(
              r.get("date"),
              r.get("old_code"),
              r.get("new_code"),
              Double.parseDouble(r.get("share")),
              r.get("kind"));
      changes.computeIfAbsent(c.oldCode(), k -> new ArrayList<>()).add(c);
      oldNames.put(c.oldCode(), r.get("old_name"));
    }
    return new MunicipalBoundaries(yearLists(), changes, oldNames);
  }

  private static Map<Integer, Map<String, Municipality>> yearLists() {
    Map<String, List<Map<String, String>>> provinces = new TreeMap<>();
    for (Map<String, String> r : BundledList.load("municipality-provinces.csv").rows()) {
      provinces.computeIfAbsent(r.get("code"), k -> new ArrayList<>()).add(r);
    }
    Map<Integer, Map<String, Municipality>> byYear = new TreeMap<>();
    for (Map<String, String> r : BundledList.load("nl-regions.csv").rows()) {
      if (!r.get("level").equals("GM")) {
        continue;
      }
      // nl-regions.csv names municipalities back to 1990 for StatLine labels; the boundaries and
      // their changes are kept for the years of the CBS lists.
      int first = Math.max(FIRST_YEAR, Integer.parseInt(r.get("first_year")));
      int last = Math.min(LAST_YEAR, Integer.parseInt(r.get("last_year")));
      for (int y = first; y <= last; y++) {
        Map<String, Municipality> list = byYear.computeIfAbsent(y, k -> new TreeMap<>());
        Municipality known = list.get(r.get("code"));
        if (known == null || r.get("source").equals("cbs")) {
          list.put(
              r.get("code"),
              new Municipality(
                  r.get("code"), r.get("label"), provinceOf(provinces, r.get("code"), y)));
        }
      }
    }
    return byYear;
  }

  private static String provinceOf(
      Map<String, List<Map<String, String>>> provinces, String code, int year) {
    for (Map<String, String> p : provinces.getOrDefault(code, List.of())) {
      if (Integer.parseInt(p.get("first_year")) <= year
          && year <= Integer.parseInt(p.get("last_year"))) {
        return p.get("province");
      }
    }
    throw new IllegalStateException(
        "codelists/municipality-provinces.csv has no province for " + code + " in " + year);
  }

  /** The municipalities on CBS's list of {@code year}, by code. */
  public Map<String, Municipality> municipalitiesOn(int year) {
    return Collections.unmodifiableMap(list(year));
  }

  /** The newest year whose municipality list is bundled. */
  public int latestYear() {
    return Collections.max(byYear.keySet());
  }

  /** Every change of the table, in file order (by date). */
  public List<Change> changes() {
    return changesByOld.values().stream().flatMap(List::stream).toList();
  }

  /** The name of a code: from the list of {@code year}, else from the change table, else null. */
  public String nameOf(String code, int year) {
    Municipality m = list(year).get(code);
    return m != null ? m.name() : oldNames.get(code);
  }

  /**
   * The municipalities of {@code referenceYear} that a figure of municipality {@code code} in
   * {@code fromYear} belongs to, with the share of it each one gets (1 for a merger or rename).
   *
   * @throws UnknownMunicipalityException when the code is neither on the list of {@code fromYear}
   *     nor an old code in the change table
   * @throws BoundaryMappingException when mapping backward would have to take a merged or split
   *     municipality apart
   */
  public List<Target> resolve(String code, int fromYear, int referenceYear) {
    list(referenceYear);
    boolean listed = list(fromYear).containsKey(code);
    if (!listed && !changesByOld.containsKey(code)) {
      throw new UnknownMunicipalityException(code, fromYear, referenceYear);
    }
    if (referenceYear >= fromYear) {
      return forward(code, referenceYear);
    }
    List<Target> now = listed ? List.of(new Target(code, 1)) : forward(code, fromYear);
    if (now.size() != 1) {
      throw backwardRefused(
          code, fromYear, referenceYear, "it was split on the way to " + fromYear);
    }
    return List.of(new Target(backward(now.get(0).code(), fromYear, referenceYear, code), 1));
  }

  private List<Target> forward(String code, int referenceYear) {
    Map<String, Double> shares = new TreeMap<>(Map.of(code, 1.0));
    Set<String> reference = list(referenceYear).keySet();
    for (int step = 0; step < 20; step++) {
      String open =
          shares.keySet().stream().filter(c -> !reference.contains(c)).findFirst().orElse(null);
      if (open == null) {
        List<Target> out = new ArrayList<>();
        shares.forEach((c, s) -> out.add(new Target(c, s)));
        return out;
      }
      double share = shares.remove(open);
      for (Change c : successorsBy(open, referenceYear)) {
        shares.merge(c.newCode(), share * c.share(), Double::sum);
      }
    }
    throw new IllegalStateException("change table loops at " + code);
  }

  private List<Change> successorsBy(String code, int referenceYear) {
    List<Change> next = changesByOld.getOrDefault(code, List.of());
    if (next.isEmpty() || next.get(0).date().compareTo(referenceYear + "-12-31") > 0) {
      throw new BoundaryMappingException(
          String.format(
              Locale.ROOT,
              "%s (%s) is not a municipality of %d and the change table has no change of it by then;"
                  + " figures of a later year cannot be mapped to earlier boundaries this way",
              code,
              oldNames.getOrDefault(code, "?"),
              referenceYear));
    }
    return next;
  }

  /** The one municipality of {@code referenceYear} whose boundaries {@code code} still has. */
  private String backward(String code, int fromYear, int referenceYear, String asked) {
    List<String> sources = new ArrayList<>();
    for (String old : list(referenceYear).keySet()) {
      for (Target t : forward(old, fromYear)) {
        if (t.code().equals(code)) {
          if (t.share() != 1.0 || forward(old, fromYear).size() != 1) {
            throw backwardRefused(
                asked, fromYear, referenceYear, "it received part of split " + old);
          }
          sources.add(old);
        }
      }
    }
    if (sources.size() != 1) {
      throw backwardRefused(
          asked, fromYear, referenceYear, "it was formed from " + String.join(", ", sources));
    }
    return sources.get(0);
  }

  private static BoundaryMappingException backwardRefused(
      String code, int fromYear, int referenceYear, String why) {
    return new BoundaryMappingException(
        String.format(
            Locale.ROOT,
            "cannot map %s of %d back to the boundaries of %d: %s; map forward instead",
            code,
            fromYear,
            referenceYear,
            why));
  }

  private Map<String, Municipality> list(int year) {
    Map<String, Municipality> list = byYear.get(year);
    if (list == null) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "no municipality list for %d: the bundled lists cover %d-%d",
              year,
              FIRST_YEAR,
              LAST_YEAR));
    }
    return list;
  }
}
