package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Shares;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Table 2: immigration by migration motive, EU/EFTA citizens and others, with shares of the year.
 */
public final class ImmigrationByMotive {
  /** The motives in report order. */
  public static final List<String> MOTIVES =
      List.of("labour", "asylum", "family", "study", "temporary_protection", "other", "unknown");

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_by_motive",
          "Immigratie naar migratiemotief",
          "aantal personen; aandeel in % van de immigratie van het jaar",
          List.of(
              "Buiten EU/EFTA: migratiemotief volgens de eerste verblijfsvergunning van de IND (CBS 84809NED);"
                  + " asiel inclusief nareizigers.",
              "EU/EFTA: afgeleid migratiedoel (CBS 84808NED); zonder afgeleid doel telt als onbekend.",
              "Aandelen per jaar tellen op tot 100 %; ontbreekt een deel, dan ontbreekt het aandeel."),
          List.of(
              integer("year", "Jaar"),
              text("motive", "Migratiemotief"),
              text("origin_group", "Herkomst"),
              figure("count", "Immigranten", 0),
              figure("share", "Aandeel (%)", 1)));

  private ImmigrationByMotive() {}

  /**
   * From counts per {@code year, motive, origin_group} ({@code eu_efta} or {@code non_eu_efta})
   * with {@code value, status}: the counts, a {@code total} group per motive, and each row's share
   * of the year's immigration over all motives and groups.
   */
  public static Dataset<Row> build(Dataset<Row> counts) {
    Dataset<Row> parts =
        counts
            .groupBy("year", "motive", "origin_group")
            .agg(
                Figures.sumOrMissing(col("value")).as("count"),
                Figures.strongestOver(col("status")).as("count_status"));
    Dataset<Row> totals =
        parts
            .groupBy("year", "motive")
            .agg(
                Figures.sumOrMissing(col("count")).as("count"),
                Figures.strongestOver(col("count_status")).as("count_status"))
            .withColumn("origin_group", lit("total"))
            .select("year", "motive", "origin_group", "count", "count_status");
    Dataset<Row> groupShares = Shares.ofSum(parts, "count", "share", "year");
    Dataset<Row> totalShares = Shares.ofSum(totals, "count", "share", "year");
    Dataset<Row> all =
        groupShares
            .unionByName(totalShares)
            .withColumn("count_status", Figures.statusOf(col("count"), col("count_status")));
    Column motiveOrder = array(MOTIVES.stream().map(m -> lit(m)).toArray(Column[]::new));
    Column groupOrder = array(lit("non_eu_efta"), lit("eu_efta"), lit("total"));
    return all.withColumn("__m", array_position(motiveOrder, col("motive")))
        .withColumn("__g", array_position(groupOrder, col("origin_group")))
        .orderBy(col("year"), col("__g"), col("__m"))
        .drop("__m", "__g");
  }
}
