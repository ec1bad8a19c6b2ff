package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.GAP_PP;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.model.TableInfo.statusColumn;
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

  /** The column beside a rate that says how it was obtained: {@code <rate>_basis}. */
  static String basisColumn(String rate) {
    return rate + "_basis";
  }

  /**
   * Adds {@code <name>}, {@code <name>_status} and {@code <name>_basis}: 100 × part / whole, or the
   * published rate when either count is absent and a published rate is present.
   */
  static Dataset<Row> withRate(
      Dataset<Row> rows, String name, String part, String whole, String published) {
    Column computed = round(Figures.ratio(col(part).multiply(lit(100)), col(whole)), 1);
    Column status =
        when(
                computed.isNotNull(),
                Figures.strongest(col(statusColumn(part)), col(statusColumn(whole))))
            .when(col(published).isNotNull(), col(statusColumn(published)))
            .otherwise(
                Figures.statusOf(
                    lit(null),
                    col(statusColumn(part)),
                    col(statusColumn(whole)),
                    col(statusColumn(published))));
    return rows.withColumn(
            basisColumn(name),
            when(computed.isNotNull(), lit(FROM_COUNTS))
                .when(col(published).isNotNull(), lit(PUBLISHED)))
        .withColumn(statusColumn(name), status)
        .withColumn(name, when(computed.isNotNull(), computed).otherwise(col(published)));
  }

  /**
   * Adds {@code gap_pp} and its status: the rate minus the rate of the Dutch-background group (all
   * countries of birth) of the same source, period, classification, sex and age band.
   */
  static Dataset<Row> withGap(Dataset<Row> rows, String rate) {
    String[] same = {SOURCE, "period", "scheme", "sex_code", "age_code"};
    Dataset<Row> dutch =
        rows.where(
                col(BACKGROUND_CODE)
                    .equalTo(BackgroundBridge.DUTCH)
                    .and(col("birthplace_code").equalTo("T001638")))
            .select(
                col(SOURCE),
                col("period"),
                col("scheme"),
                col("sex_code"),
                col("age_code"),
                col(rate).as("dutch_rate"),
                col(statusColumn(rate)).as("dutch_status"));
    Column gap = round(col(rate).minus(col("dutch_rate")), 1);
    return rows.join(dutch, same, "left")
        .withColumn(GAP_PP, gap)
        .withColumn(
            statusColumn(GAP_PP),
            Figures.statusOf(gap, col(statusColumn(rate)), col("dutch_status")));
  }
}
