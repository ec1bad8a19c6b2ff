package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
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
import org.apache.spark.sql.expressions.Window;

/**
 * Table 5: first-time asylum applicants per 100,000 inhabitants in the EU-27, the Netherlands
 * marked.
 */
public final class AsylumEuComparison implements ReportTable<ChapterInputs> {
  static final String CITIZENS = CitizenGroups.CITIZENS;
  static final String APPLICANT_TYPE = "applicant_type";
  static final String APPLICANTS = "applicants";
  static final String APPLICANTS_PER_100000 = "applicants_per_100000";

  /** Eurostat's {@code asyl_app} code of first-time applicants, its headline figure. */
  static final String FIRST_TIME = "NASY_APP";

  /** All applicants (first-time and subsequent), used only where no source has first-time ones. */
  static final String ALL_APPLICANTS = "ASY_APP";

  /** Eurostat asylum applicants: tps00191, else migr_asyappctza. */
  static final Sources EUROSTAT_APPLICANTS =
      Sources.anyOf("eurostat:tps00191", "eurostat:migr_asyappctza");

  /** Eurostat population on 1 January: tps00001, else demo_pjan. */
  static final Sources EUROSTAT_POPULATION =
      Sources.anyOf("eurostat:tps00001", "eurostat:demo_pjan");

  static final Sources SOURCES = EUROSTAT_APPLICANTS.with(EUROSTAT_POPULATION);

  public static final TableInfo INFO =
      new TableInfo(
          "asylum_eu_comparison",
          "Eerste asielaanvragers in de EU per 100 000 inwoners",
          "aantal personen; per 100 000 inwoners op 1 januari",
          List.of(
              "Eerste asielaanvragers (Eurostat asyl_app NASY_APP), het kerncijfer van Eurostat."
                  + " Alleen als geen bron eerste aanvragers heeft (de databrowser-download van"
                  + " tps00191 met alleen 'Asylum applicant'), telt de tabel alle aanvragers"
                  + " (ASY_APP); de kolom 'Soort aanvrager' zegt welke.",
              "Burgers van buiten de EU: EXT_EU27_2020, voor jaren zonder die groep EXT_EU28 (de EU-28,"
                  + " met het Verenigd Koninkrijk), anders alle nationaliteiten (kolom"
                  + " 'Nationaliteiten'). Het eerste jaar met een andere groep dan het jaar ervoor"
                  + " heeft de status 'break' (breuk in de reeks).",
              "Rang binnen de EU-27 naar asielaanvragers per 100 000 inwoners (1 = hoogste);"
                  + " aggregaten (EU-27, eurozone, EFTA) en landen zonder cijfer hebben geen rang.",
              "Eurostat rondt asielcijfers af op 5 (afgerond op 5); het cijfer per 100 000 inwoners"
                  + " is berekend uit het afgeronde aantal."),
          List.of(
              integer(YEAR, "Jaar"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              text(CITIZENS, "Nationaliteiten"),
              label(CITIZENS, "Nationaliteiten (naam)"),
              text(APPLICANT_TYPE, "Soort aanvrager"),
              figure(APPLICANTS, "Asielaanvragers", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(APPLICANTS_PER_100000, "Per 100 000 inwoners", 1),
              integer(RANK, "Rang in EU-27"),
              flag(IS_NETHERLANDS, "Nederland")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Asielaanvragers in de EU",
          Sheet.of(
              Block.comparison(
                      List.of(COUNTRY_CODE),
                      Figure.rate(APPLICANTS_PER_100000),
                      Figure.count(APPLICANTS))
                  .ranked(RANK, 27)
                  .chart(Chart.BARS)));

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

  /** Levels by the project's ids; countries and citizen groups by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        LEVEL,
        CodeList.categories("asylum_level"),
        COUNTRY_CODE,
        CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()),
        CITIZENS,
        CodeList.of("Eurostat citizen", DutchLabels.eurostatCitizen()));
  }

  /**
   * First-time applicants from the first source that has them (all applicants only where none has),
   * from outside the EU where the source has that citizenship group, else all; against the
   * population of the same year and country.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    List<String> present = EUROSTAT_APPLICANTS.present(inputs);
    Optional<ChapterInputs.Source> pop = EUROSTAT_POPULATION.first(inputs);
    if (present.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    String source = present.get(0);
    String type = ALL_APPLICANTS;
    for (String name : present) {
      if (!applicantRows(inputs, name, FIRST_TIME).isEmpty()) {
        source = name;
        type = FIRST_TIME;
        break;
      }
    }
    Dataset<Row> applicants =
        CitizenGroups.preferred(applicantRows(inputs, source, type))
            .where(
                Selection.annual().and(Selection.totalsExcept(CitizenGroups.CITIZEN, "asyl_app")))
            .select(
                Selection.year().as(YEAR),
                col("region").as("country"),
                Selection.dim(CitizenGroups.CITIZEN).as(CITIZENS),
                col("value"),
                col("status"));
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    return ChapterTable.built(
        INFO,
        build(
            CitizenGroups.markSwitch(applicants, "country"),
            population,
            Countries.countries(inputs.observations().sparkSession()),
            type),
        List.of(source, pop.get().name()));
  }

  private static Dataset<Row> applicantRows(ChapterInputs inputs, String source, String type) {
    return inputs
        .first(source)
        .orElseThrow()
        .rows()
        .where(Selection.dim("asyl_app").equalTo(type).and(Selection.measureIs("PER")));
  }

  /**
   * @param applicants {@code year, country, citizens, value, status}
   * @param population {@code year, country, value, status}
   * @param countries {@link Countries#countries} ({@code geo, name_nl, eu27 …})
   * @param applicantType the {@code asyl_app} code counted ({@link #FIRST_TIME} or {@link
   *     #ALL_APPLICANTS})
   */
  public static Dataset<Row> build(
      Dataset<Row> applicants,
      Dataset<Row> population,
      Dataset<Row> countries,
      String applicantType) {
    Dataset<Row> pop =
        population.select(
            col(YEAR),
            col("country"),
            col("value").as(POPULATION),
            col("status").as(statusColumn(POPULATION)));
    Dataset<Row> members = countries.select(col("geo").as("country"), col("eu27"));
    Dataset<Row> joined =
        applicants
            .select(
                col(YEAR),
                col("country"),
                col(CITIZENS),
                col("value").as(APPLICANTS),
                col("status").as(statusColumn(APPLICANTS)))
            .join(pop, new String[] {YEAR, "country"}, "left")
            .join(members, new String[] {"country"}, "left")
            .withColumn(LEVEL, level())
            .withColumn(
                APPLICANT_TYPE,
                lit(applicantType.equals(FIRST_TIME) ? "eerste aanvraag" : "alle aanvragers"));
    return ranked(withRate(joined));
  }

  /** EU-27 members, aggregates (never ranked) and other countries. */
  private static Column level() {
    return when(isAggregate(col("country")), lit("aggregate"))
        .when(col("eu27"), lit("eu27"))
        .otherwise(lit("other"));
  }

  private static Column isAggregate(Column code) {
    return code.isin(Countries.eurostatAggregates().keySet().toArray());
  }

  private static Dataset<Row> withRate(Dataset<Row> joined) {
    return joined
        .withColumn(
            APPLICANTS_PER_100000,
            Figures.ratio(col(APPLICANTS).multiply(lit(100000)), col(POPULATION)))
        .withColumn(
            statusColumn(APPLICANTS_PER_100000),
            Figures.statusOf(
                col(APPLICANTS_PER_100000),
                col(statusColumn(APPLICANTS)),
                col(statusColumn(POPULATION))))
        .withColumn(
            statusColumn(APPLICANTS),
            Figures.statusOf(col(APPLICANTS), col(statusColumn(APPLICANTS))))
        .withColumn(
            statusColumn(POPULATION),
            Figures.statusOf(col(POPULATION), col(statusColumn(POPULATION))));
  }

  /** Ranks the EU-27 members that have a rate; aggregates and missing figures get no rank. */
  private static Dataset<Row> ranked(Dataset<Row> rows) {
    Column rankable = col(LEVEL).equalTo("eu27").and(col(APPLICANTS_PER_100000).isNotNull());
    Column rank =
        row_number()
            .over(
                Window.partitionBy(col(YEAR), rankable)
                    .orderBy(col(APPLICANTS_PER_100000).desc(), col("country")));
    Column order =
        when(col(LEVEL).equalTo("eu27"), lit(1))
            .when(col(LEVEL).equalTo("aggregate"), lit(2))
            .otherwise(lit(3));
    return rows.withColumn(RANK, when(rankable, rank).otherwise(lit(null).cast("int")))
        .withColumnRenamed("country", COUNTRY_CODE)
        .withColumn(IS_NETHERLANDS, col(COUNTRY_CODE).equalTo("NL"))
        .orderBy(col(YEAR), order, col(RANK).asc_nulls_last(), col(COUNTRY_CODE));
  }
}
