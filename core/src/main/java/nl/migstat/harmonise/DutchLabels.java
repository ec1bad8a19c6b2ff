package nl.migstat.harmonise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled Dutch labels of codes ({@code codelists/README-labels.md}): the project's own
 * category ids, CBS Nationaliteit and Geboorteland codes, Eurostat geo and citizen codes, and
 * municipalities by the name of a year's list. Each map is code → label, read once and never
 * changed.
 */
public final class DutchLabels {
  private static final Map<String, Map<String, String>> CATEGORIES = categoriesByList();
  private static final Map<String, String> NATIONALITIES =
      column("cbs-nationaliteiten.csv", "code", "label");
  private static final Map<String, String> COUNTRIES_OF_BIRTH =
      column("cbs-geboorteland.csv", "code", "name_nl");
  private static final Map<String, String> GEO = eurostat("geo");
  private static final Map<String, String> CITIZEN = citizen();

  private DutchLabels() {}

  /**
   * The labels of one list of the project's own category ids ({@code motive}, {@code origin_group},
   * {@code labour_series} ...; {@code categories.csv}).
   *
   * @throws IllegalArgumentException for a list the file does not have
   */
  public static Map<String, String> categories(String list) {
    Map<String, String> labels = CATEGORIES.get(list);
    if (labels == null) {
      throw new IllegalArgumentException(
          "codelists/categories.csv has no list '" + list + "'; lists: " + CATEGORIES.keySet());
    }
    return labels;
  }

  /** CBS Nationaliteit codes of the asylum tables and their CBS titles ({@code Syrisch}). */
  public static Map<String, String> cbsNationalities() {
    return NATIONALITIES;
  }

  /** CBS Geboorteland codes the project verified, with their Dutch names. */
  public static Map<String, String> cbsCountriesOfBirth() {
    return COUNTRIES_OF_BIRTH;
  }

  /** Eurostat geo codes: countries and their aggregates ({@code EU27_2020} → {@code EU-27}). */
  public static Map<String, String> eurostatGeo() {
    return GEO;
  }

  /** Eurostat citizen codes: the citizen-only aggregates, then every geo name. */
  public static Map<String, String> eurostatCitizen() {
    return CITIZEN;
  }

  /**
   * The background groups of one classification of {@code background-bridge.csv} ({@code
   * cbs-migratieachtergrond}, {@code cbs-herkomstland}) with CBS's label in it.
   */
  public static Map<String, String> backgroundGroups(String scheme) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, String> r : BundledList.load("background-bridge.csv").rows()) {
      if (r.get("scheme").equals(scheme)) {
        labels.put(r.get("code"), r.get("label"));
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  /** The municipalities on CBS's list of {@code year} by code, under that year's name. */
  public static Map<String, String> municipalities(MunicipalBoundaries boundaries, int year) {
    Map<String, String> names = new LinkedHashMap<>();
    boundaries.municipalitiesOn(year).forEach((code, m) -> names.put(code, m.name()));
    return Collections.unmodifiableMap(names);
  }

  private static Map<String, Map<String, String>> categoriesByList() {
    Map<String, Map<String, String>> lists = new LinkedHashMap<>();
    for (Map<String, String> r : BundledList.load("categories.csv").rows()) {
      Map<String, String> list = lists.computeIfAbsent(r.get("list"), k -> new LinkedHashMap<>());
      if (list.put(r.get("code"), r.get("label")) != null) {
        throw new IllegalStateException(
            "codelists/categories.csv lists " + r.get("list") + ";" + r.get("code") + " twice");
      }
    }
    lists.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return Collections.unmodifiableMap(lists);
  }

  private static Map<String, String> column(String file, String code, String label) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, String> r : BundledList.load(file).rows()) {
      if (labels.put(r.get(code), r.get(label)) != null) {
        throw new IllegalStateException("codelists/" + file + " lists " + r.get(code) + " twice");
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  private static Map<String, String> eurostat(String dimension) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, String> r : BundledList.load("eurostat-geo-nl.csv").rows()) {
      if (r.get("dimension").equals(dimension)) {
        labels.put(r.get("code"), r.get("label"));
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  private static Map<String, String> citizen() {
    Map<String, String> labels = new LinkedHashMap<>(eurostat("citizen"));
    GEO.forEach(labels::putIfAbsent);
    return Collections.unmodifiableMap(labels);
  }
}
