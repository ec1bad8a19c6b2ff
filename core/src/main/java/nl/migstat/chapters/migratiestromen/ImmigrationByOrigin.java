package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.COUNTRY_NAME;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
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

/** Table 3: immigration by country of birth: the top 15, the rest, continents and the total. */
public final class ImmigrationByOrigin implements ReportTable<ChapterInputs> {
  /** CBS immigration by country of birth: 85287NED, else 03742 (Geboorteland). */
  static final Sources SOURCES = Sources.anyOf("cbs:85287NED", "cbs:03742");

  /** Breakdowns the sources may have beside Geboorteland, summed where they give no total. */
  private static final List<String> COLLAPSED =
      List.of("Geslacht", "LeeftijdOp31December", "Leeftijd", "BurgerlijkeStaat");

  public static final int TOP = 15;

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_by_origin",
          "Immigratie naar geboorteland",
          "aantal personen; aandeel in % van de totale immigratie",
          List.of(
              "De 15 geboortelanden met de meeste immigranten per jaar; overige landen samen als 'overig'.",
              "Werelddelen volgens de CBS-indeling; Europa inclusief Nederland.",
              "Zonder totaal in de bron ontbreekt het aandeel (het is geen aandeel van de getoonde landen).",
              "Heeft de bron geen totaal over een andere indeling (zoals leeftijd), dan is dat totaal de som"
                  + " van haar categorieën."),
          List.of(
              integer(YEAR, "Jaar"),
              text(LEVEL, "Niveau"),
              text(COUNTRY_CODE, "Code"),
              text(COUNTRY_NAME, "Geboorteland"),
              figure(COUNT, "Immigranten", 0),
              integer(RANK, "Rang"),
              figure(SHARE, "Aandeel (%)", 1)));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /** National immigration by Geboorteland, with the country list's names and continents. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = SOURCES.first(inputs);
    if (src.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> rows =
        src.get()
            .rows()
            .where(Selection.measureIs("Immigratie").and(Selection.annual()).and(Series.NATIONAL));
    for (String dim : COLLAPSED) {
      rows = Selection.collapse(rows, dim);
    }
    rows = rows.where(Selection.totalsExcept("Geboorteland"));
    Dataset<Row> known = Countries.cbsCountriesOfBirth(inputs.observations().sparkSession());
    Dataset<Row> levels = known.select(col("code"), col("level"));
    Dataset<Row> cells =
        rows.select(
                Selection.year().as(YEAR),
                Selection.dim("Geboorteland").as("code"),
                col("value"),
                col("status"))
            .join(levels, new String[] {"code"}, "left")
            // Small after the collapses, and used by every branch of build(): computed once, so
            // that the table's plan does not repeat four collapses (window + aggregate each) per
            // branch.
            .localCheckpoint();
    Dataset<Row> byCountry =
        cells.where(col("level").isNull().or(col("level").equalTo("country"))).drop("level");
    Dataset<Row> totals = cells.where(col("level").equalTo("total")).drop("level", "code");
    Dataset<Row> names =
        known
            .where(col("level").equalTo("country"))
            .select(col("code"), col("name_nl").as("name"), col("continent"));
    return ChapterTable.built(INFO, build(byCountry, totals, names), List.of(src.get().name()));
  }

  /**
   * @param byCountry {@code year, code, value, status} per country of birth (no totals)
   * @param totals {@code year, value, status}: all immigration per year (may be empty)
   * @param countries {@code code, name, continent} for labels and the continent roll-up
   */
  public static Dataset<Row> build(
      Dataset<Row> byCountry, Dataset<Row> totals, Dataset<Row> countries) {
    Dataset<Row> ranked =
        byCountry
            .withColumn(
                RANK,
                row_number()
                    .over(
                        Window.partitionBy(YEAR)
                            .orderBy(col("value").desc_nulls_last(), col("code"))))
            .join(countries, new String[] {"code"}, "left");
    Dataset<Row> total =
        totals.select(col(YEAR), col("value").as("total"), col("status").as("total_status"));
    Dataset<Row> top =
        ranked
            .where(col(RANK).leq(TOP))
            .select(
                col(YEAR),
                lit("country").as(LEVEL),
                col("code").as(COUNTRY_CODE),
                col("name").as(COUNTRY_NAME),
                col("value").as(COUNT),
                col("status").as(statusColumn(COUNT)),
                col(RANK));
    Dataset<Row> rest =
        ranked
            .where(col(RANK).gt(TOP))
            .groupBy(YEAR)
            .agg(
                Figures.sumOrMissing(col("value")).as("rest"),
                Figures.strongestOver(col("status")).as("rest_status"));
    Dataset<Row> topSum =
        ranked
            .where(col(RANK).leq(TOP))
            .groupBy(YEAR)
            .agg(
                Figures.sumOrMissing(col("value")).as("top"),
                Figures.strongestOver(col("status")).as("top_status"));
    Column otherFromTotal = col("total").minus(col("top"));
    Dataset<Row> other =
        topSum
            .join(total, new String[] {YEAR}, "left")
            .join(rest, new String[] {YEAR}, "left")
            .select(
                col(YEAR),
                lit("other").as(LEVEL),
                lit(null).cast("string").as(COUNTRY_CODE),
                lit("overig").as(COUNTRY_NAME),
                when(col("total").isNotNull(), otherFromTotal).otherwise(col("rest")).as(COUNT),
                Figures.strongest(col("top_status"), col("total_status"), col("rest_status"))
                    .as(statusColumn(COUNT)),
                lit(null).cast("int").as(RANK))
            .where(col(COUNT).isNotNull().or(col(statusColumn(COUNT)).isNotNull()));
    Dataset<Row> continents =
        ranked
            .groupBy(col(YEAR), col("continent"))
            .agg(
                Figures.sumOrMissing(col("value")).as(COUNT),
                Figures.strongestOver(col("status")).as(statusColumn(COUNT)))
            .select(
                col(YEAR),
                lit("continent").as(LEVEL),
                lit(null).cast("string").as(COUNTRY_CODE),
                when(col("continent").isNull(), lit("onbekend"))
                    .otherwise(col("continent"))
                    .as(COUNTRY_NAME),
                col(COUNT),
                col(statusColumn(COUNT)),
                lit(null).cast("int").as(RANK));
    Dataset<Row> totalRow =
        total.select(
            col(YEAR),
            lit("total").as(LEVEL),
            lit(null).cast("string").as(COUNTRY_CODE),
            lit("totaal").as(COUNTRY_NAME),
            col("total").as(COUNT),
            col("total_status").as(statusColumn(COUNT)),
            lit(null).cast("int").as(RANK));
    Dataset<Row> all =
        top.unionByName(other)
            .unionByName(continents)
            .unionByName(totalRow)
            .join(total, new String[] {YEAR}, "left");
    Column order =
        when(col(LEVEL).equalTo("country"), lit(1))
            .when(col(LEVEL).equalTo("other"), lit(2))
            .when(col(LEVEL).equalTo("continent"), lit(3))
            .otherwise(lit(4));
    return all.withColumn(SHARE, Figures.ratio(col(COUNT).multiply(lit(100)), col("total")))
        .withColumn(
            statusColumn(SHARE),
            Figures.statusOf(col(SHARE), col(statusColumn(COUNT)), col("total_status")))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))))
        .orderBy(col(YEAR), order, col(RANK), col(COUNTRY_NAME));
  }
}
