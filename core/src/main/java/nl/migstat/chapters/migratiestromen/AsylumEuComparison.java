package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.COUNTRY_NAME;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 5: asylum applicants per 100,000 inhabitants in the EU-27, the Netherlands marked. */
public final class AsylumEuComparison implements ReportTable<ChapterInputs> {
  static final String CITIZENS = "citizens";
  static final String APPLICANTS = "applicants";
  static final String APPLICANTS_PER_100000 = "applicants_per_100000";

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
          "Asielzoekers in de EU per 100 000 inwoners",
          "aantal personen; per 100 000 inwoners op 1 januari",
          List.of(
              "Asielzoekers volgens Eurostat; burgers van buiten de EU (EXT_EU27_2020) waar de bron dat"
                  + " onderscheid heeft, anders alle nationaliteiten (kolom 'Nationaliteiten').",
              "Rang binnen de EU-27 naar asielzoekers per 100 000 inwoners (1 = hoogste);"
                  + " het EU-totaal staat apart en heeft geen rang.",
              "Eurostat rondt asielcijfers af op 5."),
          List.of(
              integer(YEAR, "Jaar"),
              text(LEVEL, "Niveau"),
              text(COUNTRY_CODE, "Code"),
              text(COUNTRY_NAME, "Land"),
              text(CITIZENS, "Nationaliteiten"),
              figure(APPLICANTS, "Asielzoekers", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(APPLICANTS_PER_100000, "Per 100 000 inwoners", 1),
              integer(RANK, "Rang in EU-27"),
              flag(IS_NETHERLANDS, "Nederland")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /**
   * First-time applicants from outside the EU where the source has that citizenship group, else
   * all; against the population of the same year and country.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> app = EUROSTAT_APPLICANTS.first(inputs);
    Optional<ChapterInputs.Source> pop = EUROSTAT_POPULATION.first(inputs);
    if (app.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
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
                Selection.year().as(YEAR),
                col("region").as("country"),
                Selection.dim("citizen").as(CITIZENS),
                col("value"),
                col("status"));
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    return ChapterTable.built(
        INFO,
        build(applicants, population, Countries.countries(inputs.observations().sparkSession())),
        List.of(app.get().name(), pop.get().name()));
  }

  /**
   * @param applicants {@code year, country, citizens, value, status}
   * @param population {@code year, country, value, status}
   * @param countries {@link Countries#countries} ({@code geo, name_nl, eu27 …})
   */
  public static Dataset<Row> build(
      Dataset<Row> applicants, Dataset<Row> population, Dataset<Row> countries) {
    Dataset<Row> pop =
        population.select(
            col(YEAR),
            col("country"),
            col("value").as(POPULATION),
            col("status").as(statusColumn(POPULATION)));
    Dataset<Row> names =
        countries.select(col("geo").as("country"), col("name_nl").as(COUNTRY_NAME), col("eu27"));
    Column level =
        when(col("country").equalTo(Countries.EU27), lit("aggregate"))
            .when(col("eu27"), lit("eu27"))
            .otherwise(lit("other"));
    Dataset<Row> joined =
        applicants
            .select(
                col(YEAR),
                col("country"),
                col(CITIZENS),
                col("value").as(APPLICANTS),
                col("status").as(statusColumn(APPLICANTS)))
            .join(pop, new String[] {YEAR, "country"}, "left")
            .join(names, new String[] {"country"}, "left")
            .withColumn(LEVEL, level)
            .withColumn(
                COUNTRY_NAME,
                when(col("country").equalTo(Countries.EU27), lit("EU-27"))
                    .otherwise(col(COUNTRY_NAME)))
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
    return joined
        .withColumn(RANK, when(rankable, rank).otherwise(lit(null).cast("int")))
        .withColumnRenamed("country", COUNTRY_CODE)
        .withColumn(IS_NETHERLANDS, col(COUNTRY_CODE).equalTo("NL"))
        .orderBy(col(YEAR), order, col(RANK).asc_nulls_last(), col(COUNTRY_CODE));
  }
}
