package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import nl.migstat.chapters.Figures;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The rows of {@link Naturalisation}: the Netherlands' acquisitions by former nationality (the
 * total and the top 10), and every country's acquisitions per 100 resident non-nationals with the
 * EU members ranked.
 */
final class NaturalisationRows {
  static final int TOP = 10;

  static final String PART = "part";
  static final String CODE = "code";
  static final String FORMER_NATIONALITY = "former_nationality";
  static final String EU_COMPARISON = "eu_comparison";
  static final String NON_NATIONALS = "non_nationals";
  static final String PER_100 = "per_100_non_nationals";

  static final String TOTAL = "total";
  static final String SINGLE = "single";
  static final String EU27 = "eu27";

  private NaturalisationRows() {}

  /**
   * @param byFormer {@code year, code, level (single), value, status}: the Netherlands'
   *     acquisitions by former citizenship, single countries only
   * @param total {@code year, value, status}: all acquisitions of the Netherlands per year, the
   *     published figure
   */
  static Dataset<Row> formerNationality(Dataset<Row> byFormer, Dataset<Row> total) {
    Column rankable = col("value").isNotNull();
    Dataset<Row> top =
        byFormer
            .withColumn(
                RANK,
                when(
                    rankable,
                    row_number()
                        .over(
                            Window.partitionBy(col(YEAR), rankable)
                                .orderBy(col("value").desc(), col(CODE)))))
            .where(col(RANK).leq(TOP))
            .select(
                col(YEAR),
                col(CODE),
                lit(SINGLE).as(LEVEL),
                col("value"),
                col("status"),
                col(RANK));
    Dataset<Row> totals =
        total.select(
            col(YEAR),
            lit(TOTAL).as(CODE),
            lit(TOTAL).as(LEVEL),
            col("value"),
            col("status"),
            lit(null).cast("int").as(RANK));
    Dataset<Row> base = total.select(col(YEAR), col("value").as("__t"), col("status").as("__ts"));
    return top.unionByName(totals)
        .join(base, new String[] {YEAR}, "left")
        .withColumn(SHARE, Figures.ratio(col("value").multiply(lit(100)), col("__t")))
        .withColumn(statusColumn(SHARE), Figures.statusOf(col(SHARE), col("status"), col("__ts")))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col("value"), col("status")))
        .withColumnRenamed("value", COUNT)
        .withColumn(PART, lit(FORMER_NATIONALITY))
        .withColumn(NON_NATIONALS, lit(null).cast("double"))
        .withColumn(statusColumn(NON_NATIONALS), notApplicable())
        .withColumn(PER_100, lit(null).cast("double"))
        .withColumn(statusColumn(PER_100), notApplicable())
        .drop("status", "__t", "__ts");
  }

  /**
   * @param acquisitions {@code year, code (geo), level (eu27, aggregate, other), value, status}
   * @param nonNationals {@code year, code, value, status}: non-nationals on 1 January of the year
   */
  static Dataset<Row> euComparison(Dataset<Row> acquisitions, Dataset<Row> nonNationals) {
    Dataset<Row> pop =
        nonNationals.select(
            col(YEAR), col(CODE), col("value").as(NON_NATIONALS), col("status").as("__ps"));
    Dataset<Row> rates =
        acquisitions
            .join(pop, new String[] {YEAR, CODE}, "left")
            .withColumn(PER_100, Figures.ratio(col("value").multiply(lit(100)), col(NON_NATIONALS)))
            .withColumn(
                statusColumn(PER_100), Figures.statusOf(col(PER_100), col("status"), col("__ps")));
    // Only EU members with a rate are ranked: an aggregate or a missing rate never is.
    Column rankable = col(LEVEL).equalTo(EU27).and(col(PER_100).isNotNull());
    return rates
        .withColumn(
            RANK,
            when(
                rankable,
                row_number()
                    .over(
                        Window.partitionBy(col(YEAR), rankable)
                            .orderBy(col(PER_100).desc(), col(CODE)))))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col("value"), col("status")))
        .withColumn(statusColumn(NON_NATIONALS), Figures.statusOf(col(NON_NATIONALS), col("__ps")))
        .withColumnRenamed("value", COUNT)
        .withColumn(PART, lit(EU_COMPARISON))
        .withColumn(SHARE, lit(null).cast("double"))
        .withColumn(statusColumn(SHARE), notApplicable())
        .drop("status", "__ps");
  }

  /** Both parts in publication order: the Netherlands first, then the EU by rank. */
  static Dataset<Row> ordered(Dataset<Row> rows) {
    return rows.orderBy(
        col(YEAR),
        when(col(PART).equalTo(FORMER_NATIONALITY), lit(1)).otherwise(lit(2)),
        not(col(RANK).isNull()).desc(),
        col(RANK),
        col(CODE));
  }

  private static Column notApplicable() {
    return lit(Status.NOT_APPLICABLE.code());
  }
}
