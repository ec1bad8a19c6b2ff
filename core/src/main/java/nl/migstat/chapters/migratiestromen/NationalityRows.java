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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The rows of {@link MigrationByNationality}: per year, breakdown and flow the total, the Dutch and
 * the non-Dutch row, and the ten single nationalities (or countries of birth) with the most
 * migrants; net migration as published, else immigration − emigration; every row's share of its
 * flow's total.
 */
final class NationalityRows {
  static final int TOP = 10;

  static final String FLOW = "flow";
  static final String BREAKDOWN = "breakdown";
  static final String CODE = "code";

  static final String IMMIGRATION = "immigration";
  static final String EMIGRATION = "emigration";
  static final String NET = "net_migration";

  /** Levels: the whole, the Dutch (or born in NL), the non-Dutch, one nationality or country. */
  static final String TOTAL = "total";

  static final String DUTCH = "dutch";
  static final String NON_DUTCH = "non_dutch";
  static final String SINGLE = "single";

  private static final String[] KEY = {YEAR, BREAKDOWN, LEVEL, CODE};

  private NationalityRows() {}

  /**
   * @param flows {@code year, flow (immigration, emigration, net_migration), breakdown, level,
   *     code, value, status}; net migration rows only where the source publishes them
   */
  static Dataset<Row> build(Dataset<Row> flows) {
    Dataset<Row> all = withNet(flows);
    Column single = col(LEVEL).equalTo(SINGLE);
    Column rankable = single.and(col("value").isNotNull());
    // Missing figures are never ranked, and no single row outside the top ten is shown: they are
    // part of the non-Dutch row, which is published (never a sum of the shown rows).
    Dataset<Row> ranked =
        all.withColumn(
                RANK,
                when(
                    rankable,
                    row_number()
                        .over(
                            Window.partitionBy(col(YEAR), col(BREAKDOWN), col(FLOW), rankable)
                                .orderBy(col("value").desc(), col(CODE)))))
            .where(not(single).or(col(RANK).leq(TOP)));
    Dataset<Row> totals =
        all.where(col(LEVEL).equalTo(TOTAL))
            .select(
                col(YEAR),
                col(BREAKDOWN),
                col(FLOW),
                col("value").as("__total"),
                col("status").as("__total_status"));
    return ranked
        .join(totals, new String[] {YEAR, BREAKDOWN, FLOW}, "left")
        .withColumn(SHARE, Figures.ratio(col("value").multiply(lit(100)), col("__total")))
        .withColumn(
            statusColumn(SHARE), Figures.statusOf(col(SHARE), col("status"), col("__total_status")))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col("value"), col("status")))
        .withColumnRenamed("value", COUNT)
        .drop("status", "__total", "__total_status")
        .orderBy(col(YEAR), col(BREAKDOWN), col(FLOW), levelOrder(), col(RANK), col(CODE));
  }

  /** Immigration and emigration as given; net migration as published, else their difference. */
  private static Dataset<Row> withNet(Dataset<Row> flows) {
    Dataset<Row> in = flow(flows, IMMIGRATION, "in");
    Dataset<Row> out = flow(flows, EMIGRATION, "out");
    Dataset<Row> published = flow(flows, NET, "pub");
    Column difference = col("in").minus(col("out"));
    Column isPublished = col("pub").isNotNull();
    Dataset<Row> net =
        in.join(out, KEY, "full_outer")
            .join(published, KEY, "full_outer")
            .select(
                col(YEAR),
                lit(NET).as(FLOW),
                col(BREAKDOWN),
                col(LEVEL),
                col(CODE),
                when(isPublished, col("pub")).otherwise(difference).as("value"),
                when(isPublished, col("pub_status"))
                    .otherwise(Figures.statusOf(difference, col("in_status"), col("out_status")))
                    .as("status"));
    return flows
        .where(col(FLOW).isin(IMMIGRATION, EMIGRATION))
        .select(
            col(YEAR),
            col(FLOW),
            col(BREAKDOWN),
            col(LEVEL),
            col(CODE),
            col("value"),
            col("status"))
        // A breakdown with emigration only (03742's countries of birth) has no net migration.
        .unionByName(net.where(col(BREAKDOWN).notEqual(MigrationByNationality.COUNTRY_OF_BIRTH)));
  }

  private static Dataset<Row> flow(Dataset<Row> flows, String flow, String name) {
    return flows
        .where(col(FLOW).equalTo(flow))
        .select(
            col(YEAR),
            col(BREAKDOWN),
            col(LEVEL),
            col(CODE),
            col("value").as(name),
            col("status").as(name + "_status"));
  }

  private static Column levelOrder() {
    return when(col(LEVEL).equalTo(SINGLE), lit(1))
        .when(col(LEVEL).equalTo(DUTCH), lit(2))
        .when(col(LEVEL).equalTo(NON_DUTCH), lit(3))
        .otherwise(lit(4));
  }
}
