package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.GAP_PP;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.COUNTRIES_RANKED;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.COUNTRY;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.EU_MEMBER;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.GAP_RANK;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.TOTAL_RANK;
import static nl.migstat.chapters.arbeidsmarkt.UnemploymentEuComparison.TOTAL_RATE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Ranks the EU members of the EU unemployment comparison per year: membership from the bundled
 * {@code countries.csv} ({@code eu27}), so that aggregates (EU27_2020, EA20) and countries outside
 * the EU (Norway, Switzerland, Türkiye…) are shown but never ranked, and a missing figure is never
 * ranked either.
 */
final class EuRanking {
  private EuRanking() {}

  /**
   * Adds {@code eu_member}, the rank on the gap (smallest first) with the number of members so
   * ranked, and the rank on the total rate (lowest first).
   *
   * @param countries {@link nl.migstat.harmonise.Countries#countries} ({@code geo, eu27 …})
   */
  static Dataset<Row> ranked(Dataset<Row> rows, Dataset<Row> countries) {
    Dataset<Row> members =
        countries.select(col("geo").as(COUNTRY), col("eu27").as("member_of_eu27"));
    Dataset<Row> withMembers =
        rows.join(members, new String[] {COUNTRY}, "left")
            .withColumn(EU_MEMBER, coalesce(col("member_of_eu27"), lit(false)));
    Column byGap = col(EU_MEMBER).and(col(GAP_PP).isNotNull());
    Column byTotal = col(EU_MEMBER).and(col(TOTAL_RATE).isNotNull());
    WindowSpec gapGroup = Window.partitionBy(col(YEAR), col("by_gap"));
    WindowSpec totalGroup = Window.partitionBy(col(YEAR), col("by_total"));
    return withMembers
        .withColumn("by_gap", byGap)
        .withColumn("by_total", byTotal)
        .withColumn(
            GAP_RANK, when(col("by_gap"), rank().over(gapGroup.orderBy(col(GAP_PP)))).cast("int"))
        .withColumn(COUNTRIES_RANKED, when(col("by_gap"), count(lit(1)).over(gapGroup)).cast("int"))
        .withColumn(
            TOTAL_RANK,
            when(col("by_total"), rank().over(totalGroup.orderBy(col(TOTAL_RATE)))).cast("int"))
        .orderBy(col(YEAR), col(COUNTRY));
  }
}
