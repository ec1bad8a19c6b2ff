package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.NationalityRows.BREAKDOWN;
import static nl.migstat.chapters.migratiestromen.NationalityRows.CODE;
import static nl.migstat.chapters.migratiestromen.NationalityRows.DUTCH;
import static nl.migstat.chapters.migratiestromen.NationalityRows.FLOW;
import static nl.migstat.chapters.migratiestromen.NationalityRows.NON_DUTCH;
import static nl.migstat.chapters.migratiestromen.NationalityRows.SINGLE;
import static nl.migstat.chapters.migratiestromen.NationalityRows.TOTAL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.harmonise.BundledList;
import nl.migstat.harmonise.DutchLabels;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The inputs of {@link MigrationByNationality} as rows {@code year, flow, breakdown, level, code,
 * value, status}: each source's codes classified as the total, the Dutch, the non-Dutch, a single
 * nationality or country, or a group (left out).
 */
final class NationalityFlows {
  static final String BIRTH_SOURCE = "cbs:03742";

  /** Breakdowns CBS tables have beside the one kept, summed where they give no total. */
  private static final List<String> COLLAPSED =
      List.of("Geslacht", "LeeftijdOp31December", "Leeftijd", "BurgerlijkeStaat");

  /** CBS's Nationaliteit codes of all, of the Dutch and of all non-Dutch (85848NED, 84484NED). */
  static final String CBS_ALL = "T001059";

  static final String CBS_DUTCH = "NAT9267";
  static final String CBS_NON_DUTCH = "NAT9489";

  /** Group titles beside {@link AsylumRequests#GROUP_LABEL}: continents, (non-)western, the EU. */
  private static final Pattern GROUP =
      Pattern.compile(
          AsylumRequests.GROUP_LABEL
              + "|(?i)(^(afrika|amerika|azië|europa|oceanië)\\b|westers|nationaliteiten|unie)");

  private static final String GROUP_LEVEL = "group";

  private NationalityFlows() {}

  /** The nationality part from the first CBS source, else Eurostat's; its sources into used. */
  static Optional<Dataset<Row>> byNationality(ChapterInputs inputs, List<String> used) {
    Optional<ChapterInputs.Source> cbs = MigrationByNationality.CBS.first(inputs);
    if (cbs.isPresent()) {
      used.add(cbs.get().name());
      Column flow =
          when(Selection.measureIs("Immigratie"), NationalityRows.IMMIGRATION)
              .when(
                  Selection.measureIs("EmigratieInclusiefAdministratieveC"),
                  NationalityRows.EMIGRATION)
              .when(
                  Selection.measureIs(
                      "MigratiesaldoInclusiefAdministratie", "MigratiesaldoInclusiefAdministrati"),
                  NationalityRows.NET);
      Dataset<Row> rows = cbsRows(cbs.get().rows(), flow, "Nationaliteit");
      Map<String, String> titles = titles(inputs, cbs.get().name(), "Nationaliteit");
      return Optional.of(
          classified(rows, MigrationByNationality.NATIONALITY, code -> cbsLevel(code, titles)));
    }
    if (!MigrationByNationality.EUROSTAT.presentIn(inputs)) {
      return Optional.empty();
    }
    used.add(MigrationByNationality.EU_IMMIGRATION);
    used.add(MigrationByNationality.EU_EMIGRATION);
    Dataset<Row> rows =
        eurostatRows(inputs, MigrationByNationality.EU_IMMIGRATION, NationalityRows.IMMIGRATION)
            .unionByName(
                eurostatRows(
                    inputs, MigrationByNationality.EU_EMIGRATION, NationalityRows.EMIGRATION));
    return Optional.of(
        classified(rows, MigrationByNationality.NATIONALITY, NationalityFlows::eurostatLevel));
  }

  /**
   * The country-of-birth part, or why there is none although 03742 is present.
   *
   * @param rows the rows, when 03742 has emigration and every code is classified
   * @param reason why 03742 gave no rows
   */
  record Birth(Optional<Dataset<Row>> rows, Optional<String> reason) {}

  /** 03742's emigration by Geboorteland, each code classified by {@code cbs-geboorteland.csv}. */
  static Birth emigrationByBirth(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = inputs.first(BIRTH_SOURCE);
    if (src.isEmpty()) {
      return new Birth(Optional.empty(), Optional.empty());
    }
    Column flow =
        when(
            Selection.measureIs("Emigratie", "EmigratieInclusiefAdministratieveC"),
            NationalityRows.EMIGRATION);
    Dataset<Row> rows = cbsRows(src.get().rows(), flow, "Geboorteland");
    if (rows.isEmpty()) {
      return new Birth(
          Optional.empty(), Optional.of(BIRTH_SOURCE + " has no emigration (Emigratie)"));
    }
    Map<String, String> levels = new HashMap<>();
    for (Map<String, String> r : BundledList.load("cbs-geboorteland.csv").rows()) {
      levels.put(r.get("code"), r.get("level"));
    }
    TreeSet<String> unknown = new TreeSet<>(codes(rows));
    unknown.removeAll(levels.keySet());
    if (!unknown.isEmpty()) {
      return new Birth(
          Optional.empty(),
          Optional.of(
              BIRTH_SOURCE
                  + ": Geboorteland codes not in codelists/cbs-geboorteland.csv, so a country"
                  + " cannot be told from an aggregate: "
                  + String.join(", ", unknown)));
    }
    return new Birth(
        Optional.of(
            classified(
                rows,
                MigrationByNationality.COUNTRY_OF_BIRTH,
                code -> birthLevel(code, levels.get(code)))),
        Optional.empty());
  }

  /** National annual CBS rows of the flows, the other breakdowns collapsed to their totals. */
  private static Dataset<Row> cbsRows(Dataset<Row> source, Column flow, String kept) {
    // The flow is known before the collapses (to keep only its measures) and after them (which
    // keep the measure but not the column).
    Dataset<Row> rows =
        source
            .where(Selection.annual().and(Series.NATIONAL))
            .withColumn(FLOW, flow)
            .where(col(FLOW).isNotNull());
    for (String dim : COLLAPSED) {
      rows = Selection.collapse(rows, dim);
    }
    return rows.withColumn(FLOW, flow)
        .where(Selection.totalsExcept(kept))
        .select(
            Selection.year().as(YEAR),
            col(FLOW),
            Selection.dim(kept).as(CODE),
            col("value"),
            col("status"))
        .localCheckpoint();
  }

  /** The Netherlands' rows of a Eurostat table by citizenship (completed age where both). */
  private static Dataset<Row> eurostatRows(ChapterInputs inputs, String source, String flow) {
    Dataset<Row> rows =
        inputs
            .first(source)
            .orElseThrow()
            .rows()
            .where(Selection.annual().and(col("region").equalTo("NL")));
    return Selection.preferred(rows, "agedef", "COMPLET", "REACH")
        .unionByName(rows.where(Selection.dim("agedef").isNull()))
        .where(Selection.totalsExcept("citizen", "agedef"))
        .select(
            Selection.year().as(YEAR),
            lit(flow).as(FLOW),
            Selection.dim("citizen").as(CODE),
            col("value"),
            col("status"));
  }

  /**
   * The rows with their breakdown and level, the codes of the total, Dutch and non-Dutch rows
   * replaced by the project's ids, groups left out.
   */
  private static Dataset<Row> classified(
      Dataset<Row> rows, String breakdown, Function<String, String[]> classify) {
    List<Row> levels = new ArrayList<>();
    for (String code : codes(rows)) {
      String[] levelAndCode = classify.apply(code);
      levels.add(RowFactory.create(code, levelAndCode[0], levelAndCode[1]));
    }
    Dataset<Row> known =
        rows.sparkSession()
            .createDataFrame(
                levels,
                new StructType()
                    .add("__code", "string")
                    .add(LEVEL, "string")
                    .add("__shown", "string"));
    return rows.join(known, rows.col(CODE).equalTo(known.col("__code")))
        .where(col(LEVEL).notEqual(GROUP_LEVEL))
        .select(
            col(YEAR),
            col(FLOW),
            lit(breakdown).as(BREAKDOWN),
            col(LEVEL),
            col("__shown").as(CODE),
            col("value"),
            col("status"));
  }

  private static List<String> codes(Dataset<Row> rows) {
    List<String> codes = new ArrayList<>();
    for (Row r : rows.select(CODE).distinct().collectAsList()) {
      if (!r.isNullAt(0)) {
        codes.add(r.getString(0));
      }
    }
    return codes;
  }

  private static String[] cbsLevel(String code, Map<String, String> titles) {
    if (code.equals(CBS_ALL)) {
      return new String[] {TOTAL, TOTAL};
    }
    if (code.equals(CBS_DUTCH)) {
      return new String[] {DUTCH, DUTCH};
    }
    if (code.equals(CBS_NON_DUTCH)) {
      return new String[] {NON_DUTCH, NON_DUTCH};
    }
    // CBS numbers single nationalities NAT…; a NAT code is a group only where its title says so
    // (Staatloos, Overig, former states), and a code without a title stays a nationality.
    String title = titles.get(code);
    boolean group = !code.matches("NAT\\d+") || (title != null && GROUP.matcher(title).find());
    return new String[] {group ? GROUP_LEVEL : SINGLE, code};
  }

  /**
   * Eurostat: TOTAL, the reporting country's nationals (NAT), foreigners (FOR), a country; any
   * other code (EU27_2020_FOR, NEU27_2020_FOR, STLS, UNK …) is a group.
   */
  private static String[] eurostatLevel(String code) {
    return switch (code) {
      case "TOTAL" -> new String[] {TOTAL, TOTAL};
      case "NAT" -> new String[] {DUTCH, DUTCH};
      case "FOR" -> new String[] {NON_DUTCH, NON_DUTCH};
      default ->
          new String[] {EurostatCountries.SINGLE.contains(code) ? SINGLE : GROUP_LEVEL, code};
    };
  }

  /** Geboorteland: the total, Nederland (born in NL), a country; continents and groups left out. */
  private static String[] birthLevel(String code, String level) {
    if (level.equals("total")) {
      return new String[] {TOTAL, TOTAL};
    }
    if (code.equals("G008691")) {
      return new String[] {DUTCH, code};
    }
    return new String[] {level.equals("country") ? SINGLE : GROUP_LEVEL, code};
  }

  /** The titles a code of {@code dimension} has: the source's own over the bundled ones. */
  private static Map<String, String> titles(ChapterInputs inputs, String source, String dimension) {
    Map<String, String> titles = new HashMap<>(DutchLabels.cbsNationalities());
    titles.putAll(DutchLabels.categories("nationality_row"));
    for (Row r : inputs.codes(source, dimension).select("code", "label").collectAsList()) {
      if (!r.isNullAt(1) && !r.getString(1).isBlank()) {
        titles.put(r.getString(0), r.getString(1));
      }
    }
    return titles;
  }

  /** Whether a Eurostat citizen or geo code is a single country (never an aggregate). */
  static Column singleCountry(Column code) {
    return code.isin(EurostatCountries.SINGLE.toArray());
  }

  /** The Eurostat geo codes of single countries ({@code eurostat-labels.csv}, aggregate 0). */
  private static final class EurostatCountries {
    static final Set<String> SINGLE = load();

    private static Set<String> load() {
      Set<String> codes = new HashSet<>();
      for (Map<String, String> r : BundledList.load("eurostat-labels.csv").rows()) {
        if (r.get("dimension").equals("geo") && r.get("aggregate").equals("0")) {
          codes.add(r.get("code"));
        }
      }
      return Set.copyOf(codes);
    }
  }
}
