package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.migstat.chapters.Figures;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The rows of {@link ImmigrationByOrigin}: ranked single countries, "overig" as total − shown, the
 * source's own continent totals, the total, and every row's share of the total. The rows "overig"
 * and total have no Geboorteland code of their own: they carry the project's ids {@link #OTHER} and
 * {@link #TOTAL} (labelled through {@code categories.csv}).
 */
final class OriginRows {
  static final int TOP = 15;

  /** The code and level of the row of all countries not shown. */
  static final String OTHER = "other";

  /** The code and level of the row of all immigration. */
  static final String TOTAL = "total";

  private static final String TOTAL_STATUS = "total_status";

  private OriginRows() {}

  static Dataset<Row> build(
      Dataset<Row> byCountry,
      Dataset<Row> continents,
      Dataset<Row> totals,
      Dataset<Row> continentList) {
    // A missing value is never ranked: it is neither shown nor guessed, and it stays inside
    // "overig" (total − shown), which is what the published total says it is.
    Dataset<Row> ranked =
        byCountry
            .where(col("value").isNotNull())
            .withColumn(
                RANK,
                row_number()
                    .over(Window.partitionBy(YEAR).orderBy(col("value").desc(), col("code"))))
            .where(col(RANK).leq(TOP));
    Dataset<Row> total =
        totals.select(col(YEAR), col("value").as(TOTAL), col("status").as(TOTAL_STATUS));
    Dataset<Row> years =
        byCountry.select(YEAR).union(continents.select(YEAR)).union(totals.select(YEAR)).distinct();
    Dataset<Row> all =
        top(ranked)
            .unionByName(other(ranked, total, years))
            .unionByName(continentRows(continents, continentList, years))
            .unionByName(totalRows(total, years))
            .join(total, new String[] {YEAR}, "left");
    return withShares(all).orderBy(col(YEAR), levelOrder(), col(RANK), col(COUNTRY_CODE));
  }

  private static Dataset<Row> top(Dataset<Row> ranked) {
    return ranked.select(
        col(YEAR),
        lit("country").as(LEVEL),
        col("code").as(COUNTRY_CODE),
        col("value").as(COUNT),
        col("status").as(statusColumn(COUNT)),
        col(RANK));
  }

  /** "overig" = total − the shown countries; missing (never a partial sum) without a total. */
  private static Dataset<Row> other(Dataset<Row> ranked, Dataset<Row> total, Dataset<Row> years) {
    Dataset<Row> shown =
        ranked
            .groupBy(YEAR)
            .agg(
                Figures.sumOrMissing(col("value")).as("shown"),
                Figures.strongestOver(col("status")).as("shown_status"));
    return years
        .join(shown, new String[] {YEAR}, "left")
        .join(total, new String[] {YEAR}, "left")
        .select(
            col(YEAR),
            lit(OTHER).as(LEVEL),
            lit(OTHER).as(COUNTRY_CODE),
            col(TOTAL).minus(coalesce(col("shown"), lit(0.0))).as(COUNT),
            Figures.strongest(col("shown_status"), col(TOTAL_STATUS)).as(statusColumn(COUNT)),
            lit(null).cast("int").as(RANK));
  }

  /** Each listed continent every year, as the source publishes it (missing where it does not). */
  private static Dataset<Row> continentRows(
      Dataset<Row> continents, Dataset<Row> continentList, Dataset<Row> years) {
    return years
        .crossJoin(continentList)
        .join(continents, new String[] {YEAR, "code"}, "left")
        .select(
            col(YEAR),
            lit("continent").as(LEVEL),
            col("code").as(COUNTRY_CODE),
            col("value").as(COUNT),
            col("status").as(statusColumn(COUNT)),
            lit(null).cast("int").as(RANK));
  }

  private static Dataset<Row> totalRows(Dataset<Row> total, Dataset<Row> years) {
    return years
        .join(total, new String[] {YEAR}, "left")
        .select(
            col(YEAR),
            lit(TOTAL).as(LEVEL),
            lit(TOTAL).as(COUNTRY_CODE),
            col(TOTAL).as(COUNT),
            col(TOTAL_STATUS).as(statusColumn(COUNT)),
            lit(null).cast("int").as(RANK));
  }

  private static Dataset<Row> withShares(Dataset<Row> all) {
    return all.withColumn(SHARE, Figures.ratio(col(COUNT).multiply(lit(100)), col(TOTAL)))
        .withColumn(
            statusColumn(SHARE),
            Figures.statusOf(col(SHARE), col(statusColumn(COUNT)), col(TOTAL_STATUS)))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))))
        .drop(TOTAL, TOTAL_STATUS);
  }

  private static Column levelOrder() {
    return when(col(LEVEL).equalTo("country"), lit(1))
        .when(col(LEVEL).equalTo(OTHER), lit(2))
        .when(col(LEVEL).equalTo("continent"), lit(3))
        .otherwise(lit(4));
  }

  /**
   * Why the table cannot be published when "overig" is negative somewhere: the total is smaller
   * than the countries shown, so total and countries do not describe the same immigrants (CBS
   * counts are exact, not rounded, so no rounding explains it).
   */
  static Optional<String> negativeOther(Dataset<Row> table) {
    List<Row> negative =
        table
            .where(col(LEVEL).equalTo(OTHER).and(col(COUNT).lt(0)))
            .select(YEAR, COUNT)
            .collectAsList();
    if (negative.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "'overig' (total − the top "
            + TOP
            + ") would be negative in "
            + negative.stream()
                .map(r -> r.getInt(0) + " (" + Math.round(r.getDouble(1)) + ")")
                .collect(Collectors.joining(", "))
            + ": the total is smaller than the countries shown, so they do not describe the same"
            + " immigrants; check that total and countries come from one download");
  }
}
