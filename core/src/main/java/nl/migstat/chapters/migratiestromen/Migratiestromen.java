package nl.migstat.chapters.migratiestromen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Migratiestromen": who comes to the Netherlands, why and from where, who leaves, and how
 * the Netherlands compares within the EU. Each table names the sources it accepts, in order of
 * preference; a table whose sources are absent is skipped with the reason.
 */
public final class Migratiestromen implements Chapter {
  /**
   * CBS Bevolking; kerncijfers (annual since 1899) and its monthly successor, most precise first.
   */
  static final List<String> CBS_POPULATION_FLOWS = List.of("cbs:85451NED", "cbs:85524NED");

  static final List<String> CBS_BY_COUNTRY_OF_BIRTH = List.of("cbs:85287NED", "cbs:03742");
  static final List<String> CBS_ASYLUM = List.of("cbs:80059ned", "cbs:83102NED");
  static final List<String> EUROSTAT_APPLICANTS =
      List.of("eurostat:tps00191", "eurostat:migr_asyappctza");
  static final List<String> EUROSTAT_POPULATION =
      List.of("eurostat:tps00001", "eurostat:demo_pjan");
  static final List<String> EUROSTAT_DECISIONS =
      List.of("eurostat:tps00193", "eurostat:migr_asydcfsta");
  static final List<String> EUROSTAT_PERMITS =
      List.of("eurostat:tps00171", "eurostat:migr_resfirst");

  @Override
  public String name() {
    return "migratiestromen";
  }

  @Override
  public String title() {
    return "Migratiestromen";
  }

  @Override
  public List<TableInfo> tables() {
    return List.of(
        MigrationBalance.INFO,
        ImmigrationByMotive.INFO,
        ImmigrationByOrigin.INFO,
        AsylumRequests.INFO,
        AsylumEuComparison.INFO,
        AsylumRecognition.INFO,
        FirstPermitsByReason.INFO);
  }

  @Override
  public ChapterTable build(String table, ChapterInputs inputs) {
    return switch (table) {
      case "migration_balance" -> migrationBalance(inputs);
      case "immigration_by_motive" -> MotiveInputs.table(inputs);
      case "immigration_by_origin" -> immigrationByOrigin(inputs);
      case "asylum_requests" -> asylumRequests(inputs);
      case "asylum_eu_comparison" -> asylumEuComparison(inputs);
      case "asylum_recognition" -> asylumRecognition(inputs);
      case "first_permits_by_reason" -> firstPermits(inputs);
      default -> throw new IllegalArgumentException("no table " + table + " in " + name());
    };
  }

  /**
   * From CBS kerncijfers (immigration, emigration incl. administrative corrections, population on 1
   * January), else from Eurostat tps00176, tps00177 and tps00001 for NL.
   */
  private static ChapterTable migrationBalance(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> cbs = inputs.first(CBS_POPULATION_FLOWS.toArray(String[]::new));
    if (cbs.isPresent()) {
      Dataset<Row> rows = cbs.get().rows();
      return ChapterTable.built(
          MigrationBalance.INFO,
          MigrationBalance.build(
              Series.national(rows, Selection.measureIs("Immigratie")),
              Series.national(rows, Selection.measureIs("EmigratieInclusiefAdministratieveC")),
              Series.national(rows, Selection.measureIs("BevolkingOp1Januari"))),
          List.of(cbs.get().name()));
    }
    List<String> eurostat = List.of("eurostat:tps00176", "eurostat:tps00177", "eurostat:tps00001");
    if (eurostat.stream().allMatch(inputs::has)) {
      return ChapterTable.built(
          MigrationBalance.INFO,
          MigrationBalance.build(
              Series.national(inputs.first(eurostat.get(0)).orElseThrow().rows(), Selection.any()),
              Series.national(inputs.first(eurostat.get(1)).orElseThrow().rows(), Selection.any()),
              Series.national(
                  inputs.first(eurostat.get(2)).orElseThrow().rows(), Selection.measureIs("JAN"))),
          eurostat);
    }
    return ChapterTable.skipped(
        MigrationBalance.INFO,
        ChapterInputs.missing(
            List.of(String.join(" or ", CBS_POPULATION_FLOWS), String.join(" + ", eurostat))));
  }

  /** From CBS 85287NED or 03742 (Geboorteland), national, immigration. */
  private static ChapterTable immigrationByOrigin(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src =
        inputs.first(CBS_BY_COUNTRY_OF_BIRTH.toArray(String[]::new));
    if (src.isEmpty()) {
      return ChapterTable.skipped(
          ImmigrationByOrigin.INFO, ChapterInputs.missing(CBS_BY_COUNTRY_OF_BIRTH));
    }
    Dataset<Row> rows =
        src.get()
            .rows()
            .where(Selection.measureIs("Immigratie").and(Selection.annual()).and(Series.NATIONAL));
    for (String dim : List.of("Geslacht", "LeeftijdOp31December", "Leeftijd", "BurgerlijkeStaat")) {
      rows = Selection.collapse(rows, dim);
    }
    rows = rows.where(Selection.totalsExcept("Geboorteland"));
    Dataset<Row> known = Countries.cbsCountriesOfBirth(inputs.observations().sparkSession());
    Dataset<Row> levels = known.select(col("code"), col("level"));
    Dataset<Row> cells =
        rows.select(
                Selection.year().as("year"),
                Selection.dim("Geboorteland").as("code"),
                col("value"),
                col("status"))
            .join(levels, new String[] {"code"}, "left")
            // Small after the collapses, and used by every branch of build(): computed once, so
            // that
            // the table's plan does not repeat four collapses (window + aggregate each) per branch.
            .localCheckpoint();
    Dataset<Row> byCountry =
        cells.where(col("level").isNull().or(col("level").equalTo("country"))).drop("level");
    Dataset<Row> totals = cells.where(col("level").equalTo("total")).drop("level", "code");
    Dataset<Row> names =
        known
            .where(col("level").equalTo("country"))
            .select(col("code"), col("name_nl").as("name"), col("continent"));
    return ChapterTable.built(
        ImmigrationByOrigin.INFO,
        ImmigrationByOrigin.build(byCountry, totals, names),
        List.of(src.get().name()));
  }

  /** From CBS 80059ned / 83102NED (Nationaliteit): the request kinds the source has. */
  private static ChapterTable asylumRequests(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = inputs.first(CBS_ASYLUM.toArray(String[]::new));
    if (src.isEmpty()) {
      return ChapterTable.skipped(AsylumRequests.INFO, ChapterInputs.missing(CBS_ASYLUM));
    }
    Column kind =
        when(Selection.measureIs("TotaalAsielverzoekenEnNareizigers"), "totaal")
            .when(Selection.measureIs("EersteAsielverzoeken"), "eerste asielverzoeken")
            .when(Selection.measureIs("VervolgAsielverzoeken"), "vervolgverzoeken")
            .when(Selection.measureIs("Nareizigers"), "nareizigers");
    Dataset<Row> rows =
        src.get()
            .rows()
            .where(
                Selection.annual()
                    .and(Series.NATIONAL)
                    .and(Selection.totalsExcept("Nationaliteit")))
            .withColumn("request_kind", kind)
            .where(col("request_kind").isNotNull())
            .select(
                Selection.year().as("year"),
                col("request_kind"),
                Selection.dim("Nationaliteit").as("nationality_code"),
                col("value"),
                col("status"));
    return ChapterTable.built(
        AsylumRequests.INFO,
        AsylumRequests.build(rows, inputs.codes(src.get().name(), "Nationaliteit"), "T001059"),
        List.of(src.get().name()));
  }

  /** Eurostat applicants (tps00191 / migr_asyappctza) against population (tps00001 / demo_pjan). */
  private static ChapterTable asylumEuComparison(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> app = inputs.first(EUROSTAT_APPLICANTS.toArray(String[]::new));
    Optional<ChapterInputs.Source> pop = inputs.first(EUROSTAT_POPULATION.toArray(String[]::new));
    if (app.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(
          AsylumEuComparison.INFO,
          ChapterInputs.missing(
              List.of(
                  String.join(" or ", EUROSTAT_APPLICANTS)
                      + " with "
                      + String.join(" or ", EUROSTAT_POPULATION))));
    }
    Dataset<Row> applicants =
        Selection.preferred(
                app.get()
                    .rows()
                    .where(
                        Selection.dim("asyl_app")
                            .equalTo("ASY_APP")
                            .and(Selection.measureIs("PER"))),
                "citizen",
                "EXT_EU27_2020",
                "EXT_EU28",
                "TOTAL")
            .where(Selection.annual().and(Selection.totalsExcept("citizen", "asyl_app")))
            .select(
                Selection.year().as("year"),
                col("region").as("country"),
                Selection.dim("citizen").as("citizens"),
                col("value"),
                col("status"));
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    return ChapterTable.built(
        AsylumEuComparison.INFO,
        AsylumEuComparison.build(
            applicants, population, Countries.countries(inputs.observations().sparkSession())),
        List.of(app.get().name(), pop.get().name()));
  }

  /**
   * Eurostat first-instance decisions (tps00193 / migr_asydcfsta): the first present source that
   * has the total of decisions (an extract with only Geneva Convention decisions gives no rate).
   */
  private static ChapterTable asylumRecognition(ChapterInputs inputs) {
    List<String> lacking = new ArrayList<>();
    for (String name : EUROSTAT_DECISIONS) {
      Optional<ChapterInputs.Source> src = inputs.first(name);
      if (src.isEmpty()) {
        continue;
      }
      Dataset<Row> rows = src.get().rows().where(Selection.measureIs("PER"));
      if (rows.where(Selection.dim("decision").equalTo("TOTAL")).isEmpty()) {
        lacking.add(name);
        continue;
      }
      Dataset<Row> decisions =
          Selection.preferred(rows, "citizen", "EXT_EU27_2020", "EXT_EU28", "TOTAL")
              .where(
                  Selection.annual()
                      .and(Selection.totalsExcept("citizen", "decision"))
                      .and(col("region").notEqual("TOTAL")))
              .select(
                  Selection.year().as("year"),
                  col("region").as("country"),
                  Selection.dim("decision").as("decision"),
                  col("value"),
                  col("status"));
      return ChapterTable.built(
          AsylumRecognition.INFO,
          AsylumRecognition.build(
              decisions, Countries.countries(inputs.observations().sparkSession())),
          List.of(name));
    }
    return ChapterTable.skipped(
        AsylumRecognition.INFO,
        lacking.isEmpty()
            ? ChapterInputs.missing(EUROSTAT_DECISIONS)
            : lacking
                + " hold no total of decisions (decision TOTAL), so no recognition rate;"
                + " needs "
                + String.join(" or ", EUROSTAT_DECISIONS)
                + " with all decisions");
  }

  /** Eurostat first residence permits (tps00171 / migr_resfirst). */
  private static ChapterTable firstPermits(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = inputs.first(EUROSTAT_PERMITS.toArray(String[]::new));
    if (src.isEmpty()) {
      return ChapterTable.skipped(
          FirstPermitsByReason.INFO, ChapterInputs.missing(EUROSTAT_PERMITS));
    }
    Dataset<Row> permits =
        Selection.preferred(
                src.get().rows().where(Selection.measureIs("PER")),
                "citizen",
                "TOTAL",
                "EXT_EU27_2020",
                "EXT_EU28")
            .where(Selection.annual().and(Selection.totalsExcept("citizen", "reason")))
            .select(
                Selection.year().as("year"),
                col("region").as("country"),
                Selection.dim("reason").as("reason"),
                col("value"),
                col("status"));
    return ChapterTable.built(
        FirstPermitsByReason.INFO,
        FirstPermitsByReason.build(
            permits, Countries.countries(inputs.observations().sparkSession())),
        List.of(src.get().name()));
  }
}
