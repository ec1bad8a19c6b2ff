package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 4: asylum requests in the Netherlands by nationality: first requests and nareizigers. */
public final class AsylumRequests {
  public static final TableInfo INFO =
      new TableInfo(
          "asylum_requests",
          "Asielverzoeken naar nationaliteit",
          "aantal verzoeken; aandeel in % van het totaal van dezelfde soort",
          List.of(
              "Soort: eerste asielverzoeken, vervolgverzoeken en nareizigers (gezinsleden die een"
                  + " statushouder volgen) waar de bron ze apart geeft; anders hun totaal.",
              "Rang per jaar en soort, naar aantal (1 = meeste verzoeken)."),
          List.of(
              integer("year", "Jaar"),
              text("request_kind", "Soort verzoek"),
              text("nationality_code", "Code"),
              text("nationality_name", "Nationaliteit"),
              figure("count", "Aantal", 0),
              integer("rank", "Rang"),
              figure("share", "Aandeel (%)", 1)));

  private AsylumRequests() {}

  /**
   * @param requests {@code year, request_kind, nationality_code, value, status}; the row of the
   *     nationality {@code totalCode} is the whole, not a nationality
   * @param labels {@code code, label} of the nationalities (may be empty)
   */
  public static Dataset<Row> build(Dataset<Row> requests, Dataset<Row> labels, String totalCode) {
    Dataset<Row> totals =
        requests
            .where(col("nationality_code").equalTo(totalCode))
            .select(
                col("year"),
                col("request_kind"),
                col("value").as("total"),
                col("status").as("total_status"));
    Dataset<Row> nationalities =
        requests
            .where(col("nationality_code").notEqual(totalCode))
            .withColumn(
                "rank",
                when(col("value").isNull(), lit(null).cast("int"))
                    .otherwise(
                        row_number()
                            .over(
                                Window.partitionBy("year", "request_kind")
                                    .orderBy(
                                        col("value").desc_nulls_last(), col("nationality_code")))));
    Dataset<Row> named =
        labels.select(col("code").as("nationality_code"), col("label").as("nationality_name"));
    return nationalities
        .join(totals, new String[] {"year", "request_kind"}, "left")
        .join(named, new String[] {"nationality_code"}, "left")
        .withColumnRenamed("value", "count")
        .withColumnRenamed("status", "count_status")
        .withColumn("share", Figures.ratio(col("count").multiply(lit(100)), col("total")))
        .withColumn(
            "share_status",
            Figures.statusOf(col("share"), col("count_status"), col("total_status")))
        .withColumn("count_status", Figures.statusOf(col("count"), col("count_status")))
        .orderBy(
            col("year"),
            col("request_kind"),
            col("rank").asc_nulls_last(),
            col("nationality_code"));
  }
}
