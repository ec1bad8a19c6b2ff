package nl.migstat.chapters.arbeidsmarkt;

import static org.apache.spark.sql.functions.col;

import nl.migstat.chapters.Figures;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The label columns and row order the two tables by background share. */
final class TableRows {
  private TableRows() {}

  /** Adds the printed labels, gives every figure a status when missing, and orders the rows. */
  static Dataset<Row> labelled(Dataset<Row> rows, BackgroundBridge bridge) {
    Dataset<Row> out = rows
        .withColumn("classification", Breakdowns.classification(col("scheme")))
        .withColumn("background", Breakdowns.background(bridge))
        .withColumn("birthplace", Breakdowns.birthplace(bridge))
        .withColumn("sex", Breakdowns.sex(col("sex_code")))
        .withColumn("age_band", Breakdowns.ageBand(col("age_code")));
    for (String count : new String[] {"labour_force", "unemployed", "population", "employed"}) {
      out = out.withColumn(count + "_status",
          Figures.statusOf(col(count), col(count + "_status")));
    }
    return out.orderBy(col("year"), col("quarter").asc_nulls_first(), col("scheme"),
        col("birthplace_code"), col("background_code"), col("sex_code"), col("age_code"));
  }
}
