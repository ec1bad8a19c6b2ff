package nl.migstat.chapters.gemeenten;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.migstat.harmonise.BundledList;
import nl.migstat.harmonise.MunicipalBoundaries;

/**
 * Where each buurt of a municipality that was later split went (Maasdonk 2015, Littenseradiel 2018,
 * Winsum 2019, Haaren 2021). CBS codes a buurt {@code BU<gemeente><wijk><buurt>} and renumbers it
 * in its new municipality without publishing the old code beside the new one, so the successor is
 * derived from names: the buurt's name in the source's code list, else its wijk's name, must name
 * exactly one village of {@code codelists/split-villages.csv} (which village went where, from the
 * herindeling) as a whole word. A buurt whose names name no village, or several, has no successor.
 */
final class SplitBuurten {
  /** A village of a split municipality and the municipality it went to on {@code year}. */
  record Village(String oldCode, String name, String successor, int year) {}

  private final MunicipalBoundaries boundaries;
  private final int referenceYear;
  private final Map<String, List<Village>> villages;

  private SplitBuurten(
      MunicipalBoundaries boundaries, int referenceYear, Map<String, List<Village>> villages) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
    this.villages = villages;
  }

  /** With the bundled villages of every split. */
  static SplitBuurten bundled(MunicipalBoundaries boundaries, int referenceYear) {
    Map<String, List<Village>> villages = new TreeMap<>();
    for (Map<String, String> r : BundledList.load("split-villages.csv").rows()) {
      villages
          .computeIfAbsent(r.get("old_code"), k -> new ArrayList<>())
          .add(
              new Village(
                  r.get("old_code"),
                  words(r.get("village")),
                  r.get("new_code"),
                  Integer.parseInt(r.get("date").substring(0, 4))));
    }
    return new SplitBuurten(boundaries, referenceYear, villages);
  }

  int referenceYear() {
    return referenceYear;
  }

  /** The codes of the municipalities whose villages are listed. */
  Set<String> splitCodes() {
    return villages.keySet();
  }

  /**
   * Whether municipality {@code own} of {@code year} is divided on the way to the reference year.
   */
  boolean isSplit(String own, int year) {
    return villages.containsKey(own) && boundaries.resolve(own, year, referenceYear).size() > 1;
  }

  /**
   * The reference-year municipality that buurt {@code buurt} of split municipality {@code own}
   * belongs to wholly, or null when its names name no village or several.
   *
   * @param labels names of buurten ({@code BU…}) and wijken ({@code WK…}) by code
   */
  String targetOf(String buurt, String own, Map<String, String> labels) {
    Village v = villageIn(labels.get(buurt), own);
    if (v == null) {
      v = villageIn(labels.get("WK" + buurt.substring(2, 8)), own);
    }
    if (v == null) {
      return null;
    }
    List<MunicipalBoundaries.Target> t = boundaries.resolve(v.successor(), v.year(), referenceYear);
    return t.size() == 1 ? t.get(0).code() : null;
  }

  /**
   * Shares per reference-year successor of a split municipality's figure of one group, from the
   * group's count in each of its buurten (each wholly in one successor): null when a buurt has no
   * successor or no figure, or the total is not positive.
   *
   * @param counts the group's count per buurt code, every buurt of the municipality that year
   * @param targets the successors the municipality maps to ({@link MunicipalBoundaries#resolve})
   */
  static Map<String, Double> shares(
      Map<String, Double> counts, Map<String, String> targetOfBuurt, Set<String> targets) {
    Map<String, Double> sums = new TreeMap<>();
    targets.forEach(t -> sums.put(t, 0.0));
    double total = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      String target = targetOfBuurt.get(e.getKey());
      if (target == null || !targets.contains(target) || e.getValue() == null) {
        return null;
      }
      sums.merge(target, e.getValue(), Double::sum);
      total += e.getValue();
    }
    if (total <= 0) {
      return null;
    }
    Map<String, Double> shares = new HashMap<>();
    for (Map.Entry<String, Double> e : sums.entrySet()) {
      if (e.getValue() < 0) {
        return null; // rounded remainders of a tiny group: no honest share
      }
      shares.put(e.getKey(), e.getValue() / total);
    }
    return shares;
  }

  private Village villageIn(String label, String own) {
    if (label == null) {
      return null;
    }
    String name = " " + words(label) + " ";
    Set<String> successors = new TreeSet<>();
    Village found = null;
    for (Village v : villages.getOrDefault(own, List.of())) {
      if (name.contains(" " + v.name() + " ")) {
        successors.add(v.successor());
        found = v;
      }
    }
    return successors.size() == 1 ? found : null;
  }

  /** Lower case, accents off ({@code Húns}, {@code Kûbaard}), anything but letters a space. */
  static String words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z]+", " ").trim();
  }
}
