package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 3: immigration by country of birth: the top 15, the rest, continents and the total. */
public final class ImmigrationByOrigin {
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
              integer("year", "Jaar"),
              text("level", "Niveau"),
              text("country_code", "Code"),
              text("country_name", "Geboorteland"),
              figure("count", "Immigranten", 0),
              integer("rank", "Rang"),
              figure("share", "Aandeel (%)", 1)));

  private ImmigrationByOrigin() {}

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
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("year")
                            .orderBy(col("value").desc_nulls_last(), col("code"))))
            .join(countries, new String[] {"code"}, "left");
    Dataset<Row> total =
        totals.select(col("year"), col("value").as("total"), col("status").as("total_status"));
    Dataset<Row> top =
        ranked
            .where(col("rank").leq(TOP))
            .select(
                col("year"),
                lit("country").as("level"),
                col("code").as("country_code"),
                col("name").as("country_name"),
                col("value").as("count"),
                col("status").as("count_status"),
                col("rank"));
    Dataset<Row> rest =
        ranked
            .where(col("rank").gt(TOP))
            .groupBy("year")
            .agg(
                Figures.sumOrMissing(col("value")).as("rest"),
                Figures.strongestOver(col("status")).as("rest_status"));
    Dataset<Row> topSum =
        ranked
            .where(col("rank").leq(TOP))
            .groupBy("year")
            .agg(
                Figures.sumOrMissing(col("value")).as("top"),
                Figures.strongestOver(col("status")).as("top_status"));
    Column otherFromTotal = col("total").minus(col("top"));
    Dataset<Row> other =
        topSum
            .join(total, new String[] {"year"}, "left")
            .join(rest, new String[] {"year"}, "left")
            .select(
                col("year"),
                lit("other").as("level"),
                lit(null).cast("string").as("country_code"),
                lit("overig").as("country_name"),
                when(col("total").isNotNull(), otherFromTotal).otherwise(col("rest")).as("count"),
                Figures.strongest(col("top_status"), col("total_status"), col("rest_status"))
                    .as("count_status"),
                lit(null).cast("int").as("rank"))
            .where(col("count").isNotNull().or(col("count_status").isNotNull()));
    Dataset<Row> continents =
        ranked
            .groupBy(col("year"), col("continent"))
            .agg(
                Figures.sumOrMissing(col("value")).as("count"),
                Figures.strongestOver(col("status")).as("count_status"))
            .select(
                col("year"),
                lit("continent").as("level"),
                lit(null).cast("string").as("country_code"),
                when(col("continent").isNull(), lit("onbekend"))
                    .otherwise(col("continent"))
                    .as("country_name"),
                col("count"),
                col("count_status"),
                lit(null).cast("int").as("rank"));
    Dataset<Row> totalRow =
        total.select(
            col("year"),
            lit("total").as("level"),
            lit(null).cast("string").as("country_code"),
            lit("totaal").as("country_name"),
            col("total").as("count"),
            col("total_status").as("count_status"),
            lit(null).cast("int").as("rank"));
    Dataset<Row> all =
        top.unionByName(other)
            .unionByName(continents)
            .unionByName(totalRow)
            .join(total, new String[] {"year"}, "left");
    Column order =
        when(col("level").equalTo("country"), lit(1))
            .when(col("level").equalTo("other"), lit(2))
            .when(col("level").equalTo("continent"), lit(3))
            .otherwise(lit(4));
    return all.withColumn("share", Figures.ratio(col("count").multiply(lit(100)), col("total")))
        .withColumn(
            "share_status",
            Figures.statusOf(col("share"), col("count_status"), col("total_status")))
        .withColumn("count_status", Figures.statusOf(col("count"), col("count_status")))
        .orderBy(col("year"), order, col("rank"), col("country_name"));
  }
}
