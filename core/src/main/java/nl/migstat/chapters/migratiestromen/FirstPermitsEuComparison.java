package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.EuPerCapita.COUNTRIES_RANKED;
import static nl.migstat.chapters.migratiestromen.FirstPermitsByReason.REASON;
import static nl.migstat.chapters.migratiestromen.FirstPermitsByReason.REASONS;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * First residence permits per 1 000 inhabitants by reason in each EU country, with the Netherlands'
 * rank per reason.
 */
public final class FirstPermitsEuComparison implements ReportTable<ChapterInputs> {
  static final String CITIZENS = CitizenGroups.CITIZENS;
  static final String PERMITS = "permits";
  static final String PERMITS_PER_1000 = "permits_per_1000";

  /**
   * Eurostat first residence permits in the order issue 20 names them: migr_resfirst (the full
   * table), else tps00171 (its main reasons).
   */
  static final Sources PERMIT_SOURCES =
      Sources.anyOf("eurostat:migr_resfirst", "eurostat:tps00171");

  static final Sources SOURCES = PERMIT_SOURCES.with(EuPerCapita.POPULATION_SOURCES);

  /** Citizen groups, all citizens first: first permits go to non-EU citizens only (tps00171). */
  private static final String[] CITIZEN_PREFERENCE = {"TOTAL", "EXT_EU27_2020", "EXT_EU28"};

  private static final String ORDER = "reason_order";

  public static final TableInfo INFO =
      new TableInfo(
          "first_permits_eu_comparison",
          "Eerste verblijfsvergunningen in de EU per 1 000 inwoners, naar reden",
          "aantal vergunningen; per 1 000 inwoners op 1 januari",
          List.of(
              "Eerste verblijfsvergunningen aan burgers van buiten de EU (Eurostat migr_resfirst,"
                  + " anders tps00171), naar de vier hoofdredenen (gezin, studie, arbeid, overig)"
                  + " en hun totaal; subredenen tellen al mee in hun hoofdreden.",
              "Burgers: alle nationaliteiten waar de bron dat totaal heeft (tps00171), anders"
                  + " EXT_EU27_2020 of EXT_EU28 (kolom 'Nationaliteiten'); het eerste jaar met een"
                  + " andere groep dan het jaar ervoor heeft de status 'break'.",
              "Per 1 000 inwoners: ten opzichte van de bevolking op 1 januari van hetzelfde jaar"
                  + " (Eurostat demo_pjan, anders tps00001).",
              "Rang binnen de EU-27 per reden (1 = hoogste), met het aantal gerangschikte"
                  + " lidstaten; aggregaten (EU-27), landen buiten de EU en landen zonder cijfer"
                  + " hebben geen rang."),
          List.of(
              integer(YEAR, "Jaar"),
              text(REASON, "Reden"),
              label(REASON, "Reden (naam)"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              text(CITIZENS, "Nationaliteiten"),
              label(CITIZENS, "Nationaliteiten (naam)"),
              figure(PERMITS, "Eerste vergunningen", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(PERMITS_PER_1000, "Per 1 000 inwoners", 2),
              integer(RANK, "Rang in EU-27"),
              integer(COUNTRIES_RANKED, "Gerangschikte lidstaten"),
              flag(IS_NETHERLANDS, "Nederland")));

  /**
   * How the workbook shows the table: per reason the members by rank, then the aggregates (the long
   * form stays in Parquet).
   */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Vergunningen in de EU",
          Sheet.of(
              Block.comparison(
                      List.of(COUNTRY_CODE), Figure.rate(PERMITS_PER_1000), Figure.count(PERMITS))
                  .blocksBy(REASON)
                  .ranked(RANK, 27)
                  .chart(Chart.BARS, "TOTAL"),
              Block.comparison(
                      List.of(COUNTRY_CODE, REASON),
                      Figure.rate(PERMITS_PER_1000),
                      Figure.count(PERMITS))
                  .where(LEVEL, EuPerCapita.AGGREGATE)
                  .total(REASON, "TOTAL")));

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /** Reasons by the project's Dutch words, levels by its ids, countries and groups in Dutch. */
  @Override
  public Map<String, CodeList> codeLists() {
    Map<String, CodeList> lists = new java.util.HashMap<>(EuPerCapita.levelsAndCountries());
    lists.put(REASON, CodeList.categories("permit_reason"));
    lists.put(CITIZENS, CodeList.of("Eurostat citizen", DutchLabels.eurostatCitizen()));
    return Map.copyOf(lists);
  }

  /** The first permit table present against the first population table present. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = PERMIT_SOURCES.first(inputs);
    Optional<ChapterInputs.Source> pop = EuPerCapita.POPULATION_SOURCES.first(inputs);
    if (src.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> permits = permits(src.get().rows());
    Set<String> unknown = FirstPermitsByReason.unknownReasons(permits);
    if (!unknown.isEmpty()) {
      return ChapterTable.skipped(
          INFO,
          src.get().name()
              + ": reason codes "
              + unknown
              + " are neither a main reason "
              + REASONS
              + " nor a sub-reason of one (MAIN_x), so the table cannot tell whether they are"
              + " counted already");
    }
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    return ChapterTable.built(
        INFO,
        build(permits, population, Countries.countries(inputs.observations().sparkSession())),
        List.of(src.get().name(), pop.get().name()));
  }

  /** Persons, the preferred citizen group, every other dimension (duration) at its total. */
  private static Dataset<Row> permits(Dataset<Row> rows) {
    return Selection.preferred(
            rows.where(Selection.measureIs("PER")), CitizenGroups.CITIZEN, CITIZEN_PREFERENCE)
        .where(Selection.annual().and(Selection.totalsExcept(CitizenGroups.CITIZEN, REASON)))
        .select(
            Selection.year().as(YEAR),
            col("region").as("country"),
            Selection.dim(REASON).as(REASON),
            Selection.dim(CitizenGroups.CITIZEN).as(CITIZENS),
            col("value"),
            col("status"));
  }

  /**
   * The main reasons and their total per country, each ranked on its own; sub-reasons are left out,
   * since each is counted in its main reason already.
   *
   * @param permits {@code year, country, reason, citizens, value, status}
   * @param population {@code year, country, value, status}: population on 1 January
   * @param countries {@link Countries#countries}
   */
  public static Dataset<Row> build(
      Dataset<Row> permits, Dataset<Row> population, Dataset<Row> countries) {
    Column reasons = array(REASONS.stream().map(r -> lit(r)).toArray(Column[]::new));
    Dataset<Row> main =
        CitizenGroups.markSwitch(
                permits.where(col(REASON).isin(REASONS.toArray())), "country", REASON)
            .withColumn(ORDER, array_position(reasons, col(REASON)));
    return EuPerCapita.build(
            main,
            population,
            countries,
            new EuPerCapita.Rate(PERMITS, PERMITS_PER_1000, 1000),
            List.of(ORDER, REASON))
        .drop(ORDER);
  }
}
