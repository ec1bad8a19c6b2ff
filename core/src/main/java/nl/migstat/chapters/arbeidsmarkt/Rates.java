package nl.migstat.chapters.arbeidsmarkt;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import nl.migstat.chapters.Figures;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Percentages as CBS publishes them: recomputed from the counts where the table gives counts (never
 * an average of rates), else taken as published and marked so; one decimal, as CBS rounds its
 * labour rates; gaps in percentage points between the rounded rates.
 */
final class Rates {
  static final String FROM_COUNTS = "berekend uit aantallen";
  static final String PUBLISHED = "zoals gepubliceerd";

  private Rates() {}

  /**
   * Adds {@code <name>}, {@code <name>_status} and {@code <name>_basis}: 100 × part / whole, or the
   * published rate when either count is absent and a published rate is present.
   */
  static Dataset<Row> withRate(
      Dataset<Row> rows, String name, String part, String whole, String published) {
    Column computed = round(Figures.ratio(col(part).multiply(lit(100)), col(whole)), 1);
    Column status =
        when(computed.isNotNull(), Figures.strongest(col(part + "_status"), col(whole + "_status")))
            .when(col(published).isNotNull(), col(published + "_status"))
            .otherwise(
                Figures.statusOf(
                    lit(null),
                    col(part + "_status"),
                    col(whole + "_status"),
                    col(published + "_status")));
    return rows.withColumn(
            name + "_basis",
            when(computed.isNotNull(), lit(FROM_COUNTS))
                .when(col(published).isNotNull(), lit(PUBLISHED)))
        .withColumn(name + "_status", status)
        .withColumn(name, when(computed.isNotNull(), computed).otherwise(col(published)));
  }

  /**
   * Adds {@code gap_pp} and its status: the rate minus the rate of the Dutch-background group (all
   * countries of birth) of the same source, period, classification, sex and age band.
   */
  static Dataset<Row> withGap(Dataset<Row> rows, String rate) {
    String[] same = {"source", "period", "scheme", "sex_code", "age_code"};
    Dataset<Row> dutch =
        rows.where(
                col("background_code")
                    .equalTo(BackgroundBridge.DUTCH)
                    .and(col("birthplace_code").equalTo("T001638")))
            .select(
                col("source"),
                col("period"),
                col("scheme"),
                col("sex_code"),
                col("age_code"),
                col(rate).as("dutch_rate"),
                col(rate + "_status").as("dutch_status"));
    Column gap = round(col(rate).minus(col("dutch_rate")), 1);
    return rows.join(dutch, same, "left")
        .withColumn("gap_pp", gap)
        .withColumn(
            "gap_pp_status", Figures.statusOf(gap, col(rate + "_status"), col("dutch_status")));
  }
}
