package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.EuPerCapita.COUNTRIES_RANKED;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Immigrants per 1 000 inhabitants in each EU country, with the Netherlands' rank. */
public final class ImmigrationEuComparison implements ReportTable<ChapterInputs> {
  static final String IMMIGRANTS = "immigrants";
  static final String IMMIGRANTS_PER_1000 = "immigrants_per_1000";

  /**
   * Eurostat immigration: migr_imm1ctz (by citizenship, age and sex; its totals), else tps00176
   * (the same total as a short table).
   */
  static final Sources IMMIGRATION = Sources.anyOf("eurostat:migr_imm1ctz", "eurostat:tps00176");

  static final Sources SOURCES = IMMIGRATION.with(EuPerCapita.POPULATION_SOURCES);

  /** The age definitions of migr_imm1ctz in order of preference; the all-ages total is in both. */
  private static final String[] AGE_DEFINITIONS = {"COMPLET", "REACH"};

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_eu_comparison",
          "Immigratie in de EU per 1 000 inwoners",
          "aantal personen; per 1 000 inwoners op 1 januari",
          List.of(
              "Immigranten van alle nationaliteiten, alle leeftijden (Eurostat migr_imm1ctz, anders"
                  + " tps00176), zoals Eurostat ze publiceert: elk land telt volgens zijn eigen"
                  + " registratie, zodat de definitie van immigratie tussen landen iets verschilt.",
              "Per 1 000 inwoners: ten opzichte van de bevolking op 1 januari van hetzelfde jaar"
                  + " (Eurostat demo_pjan, anders tps00001).",
              "Rang binnen de EU-27 naar immigranten per 1 000 inwoners (1 = hoogste), met het"
                  + " aantal gerangschikte lidstaten; aggregaten (EU-27, eurozone, EFTA), landen"
                  + " buiten de EU en landen zonder cijfer hebben geen rang."),
          List.of(
              integer(YEAR, "Jaar"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              figure(IMMIGRANTS, "Immigranten", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(IMMIGRANTS_PER_1000, "Per 1 000 inwoners", 1),
              integer(RANK, "Rang in EU-27"),
              integer(COUNTRIES_RANKED, "Gerangschikte lidstaten"),
              flag(IS_NETHERLANDS, "Nederland")));

  /**
   * How the workbook shows the table: the members by rank, then the aggregates beside them (the
   * long form stays in Parquet).
   */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Immigratie in de EU",
          Sheet.of(
              Block.comparison(
                      List.of(COUNTRY_CODE),
                      Figure.rate(IMMIGRANTS_PER_1000),
                      Figure.count(IMMIGRANTS))
                  .ranked(RANK, 27)
                  .chart(Chart.BARS),
              Block.comparison(
                      List.of(COUNTRY_CODE),
                      Figure.rate(IMMIGRANTS_PER_1000),
                      Figure.count(IMMIGRANTS))
                  .where(LEVEL, EuPerCapita.AGGREGATE)));

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

  /** Levels by the project's ids; countries by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return EuPerCapita.levelsAndCountries();
  }

  /** The first immigration table present against the first population table present. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> flows = IMMIGRATION.first(inputs);
    Optional<ChapterInputs.Source> pop = EuPerCapita.POPULATION_SOURCES.first(inputs);
    if (flows.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    return ChapterTable.built(
        INFO,
        build(
            immigrants(flows.get().rows()),
            population,
            Countries.countries(inputs.observations().sparkSession())),
        List.of(flows.get().name(), pop.get().name()));
  }

  /**
   * The all-citizens, all-ages, both-sexes total per country and year; migr_imm1ctz gives it under
   * two age definitions (age completed, age reached), of which one is kept.
   */
  static Dataset<Row> immigrants(Dataset<Row> rows) {
    Dataset<Row> totals = rows.where(Selection.annual().and(Selection.totalsExcept("agedef")));
    Dataset<Row> ofOneDefinition =
        Selection.preferred(
            totals.where(Selection.dim("agedef").isNotNull()), "agedef", AGE_DEFINITIONS);
    return totals
        .where(Selection.dim("agedef").isNull())
        .unionByName(ofOneDefinition)
        .select(
            Selection.year().as(YEAR), col("region").as("country"), col("value"), col("status"));
  }

  /**
   * @param immigrants {@code year, country, value, status}
   * @param population {@code year, country, value, status}: population on 1 January
   * @param countries {@link Countries#countries}
   */
  public static Dataset<Row> build(
      Dataset<Row> immigrants, Dataset<Row> population, Dataset<Row> countries) {
    return EuPerCapita.build(
        immigrants,
        population,
        countries,
        new EuPerCapita.Rate(IMMIGRANTS, IMMIGRANTS_PER_1000, 1000),
        List.of());
  }
}
