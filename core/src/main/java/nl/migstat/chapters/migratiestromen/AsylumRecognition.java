package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 6: first-instance asylum decisions and the recognition rate per country. */
public final class AsylumRecognition {
  public static final TableInfo INFO =
      new TableInfo(
          "asylum_recognition",
          "Asielbeslissingen in eerste aanleg en inwilligingspercentage",
          "aantal beslissingen; inwilligingspercentage in %",
          List.of(
              "Inwilligingspercentage = positieve beslissingen (vluchtelingenstatus, subsidiaire"
                  + " bescherming, humanitaire status) als % van alle beslissingen in eerste aanleg.",
              "Eurostat rondt asielcijfers af op 5; het percentage is berekend uit de afgeronde aantallen."),
          List.of(
              integer("year", "Jaar"),
              text("country_code", "Code"),
              text("country_name", "Land"),
              figure("decisions", "Beslissingen", 0),
              figure("positive", "Positief", 0),
              figure("rejected", "Afgewezen", 0),
              figure("recognition_rate", "Inwilligingspercentage (%)", 1)));

  private AsylumRecognition() {}

  /**
   * @param decisions {@code year, country, decision (TOTAL, TOTAL_POS, REJECTED, …), value, status}
   * @param countries {@link Countries#countries}
   */
  public static Dataset<Row> build(Dataset<Row> decisions, Dataset<Row> countries) {
    Dataset<Row> wide =
        decisions
            .groupBy("year", "country")
            .agg(
                pick("TOTAL", "value").as("decisions"),
                    pick("TOTAL", "status").as("decisions_status"),
                pick("TOTAL_POS", "value").as("positive"),
                    pick("TOTAL_POS", "status").as("positive_status"),
                pick("REJECTED", "value").as("rejected"),
                    pick("REJECTED", "status").as("rejected_status"));
    Dataset<Row> names =
        countries.select(col("geo").as("country"), col("name_nl").as("country_name"));
    return wide.join(names, new String[] {"country"}, "left")
        .withColumn(
            "country_name",
            when(col("country").equalTo(Countries.EU27), lit("EU-27"))
                .otherwise(col("country_name")))
        .withColumn(
            "recognition_rate", Figures.ratio(col("positive").multiply(lit(100)), col("decisions")))
        .withColumn(
            "recognition_rate_status",
            Figures.statusOf(
                col("recognition_rate"), col("positive_status"), col("decisions_status")))
        .withColumn("decisions_status", Figures.statusOf(col("decisions"), col("decisions_status")))
        .withColumn("positive_status", Figures.statusOf(col("positive"), col("positive_status")))
        .withColumn("rejected_status", Figures.statusOf(col("rejected"), col("rejected_status")))
        .withColumnRenamed("country", "country_code")
        .orderBy(col("year"), col("country_code"));
  }

  private static Column pick(String decision, String column) {
    return first(when(col("decision").equalTo(decision), col(column)), true);
  }
}
