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
 * Percentages as the publisher publishes them: CBS computes its Werkloosheidspercentage and
 * NettoArbeidsparticipatie from unrounded counts, so a rate recomputed from the counts in thousands
 * can be off by up to 0.8 points (85456NED 2024 Q1, Marokko, born in the Netherlands: CBS publishes
 * 9.4, 13 / 142 gives 9.2). The published rate is shown wherever the table has one; only a table
 * without a rate gets one computed from its counts (never an average of rates), one decimal as CBS
 * rounds. Gaps in percentage points are taken between the rates shown.
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
   * Adds {@code <name>}, {@code <name>_status} and {@code <name>_basis}: the published rate where
   * the source has a cell for it, else 100 × part / whole. A published cell without a figure (CBS
   * {@code .} or {@code x}) stays missing with its own status: computing it from the counts would
   * show what the publisher chose not to publish.
   */
  static Dataset<Row> withRate(
      Dataset<Row> rows, String name, String part, String whole, String published) {
    Column cell = col(published).isNotNull().or(col(statusColumn(published)).isNotNull());
    Column computed = round(Figures.ratio(col(part).multiply(lit(100)), col(whole)), 1);
    Column status =
        when(cell, Figures.statusOf(col(published), col(statusColumn(published))))
            .otherwise(
                Figures.statusOf(computed, col(statusColumn(part)), col(statusColumn(whole))));
    return rows.withColumn(
            basisColumn(name),
            when(cell, lit(PUBLISHED)).when(computed.isNotNull(), lit(FROM_COUNTS)))
        .withColumn(statusColumn(name), status)
        .withColumn(name, when(cell, col(published)).otherwise(computed));
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
