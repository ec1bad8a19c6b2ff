package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 6: first-instance asylum decisions and the recognition rate per country. */
public final class AsylumRecognition implements ReportTable<ChapterInputs> {
  /** Eurostat first-instance decisions: tps00193, else migr_asydcfsta. */
  static final Sources SOURCES = Sources.anyOf("eurostat:tps00193", "eurostat:migr_asydcfsta");

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

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /**
   * From the first present source that has the total of decisions (an extract with only Geneva
   * Convention decisions gives no rate).
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    List<String> lacking = new ArrayList<>();
    for (String name : SOURCES.present(inputs)) {
      Dataset<Row> rows = inputs.first(name).orElseThrow().rows().where(Selection.measureIs("PER"));
      if (rows.where(Selection.dim("decision").equalTo("TOTAL")).isEmpty()) {
        lacking.add(name);
        continue;
      }
      return ChapterTable.built(
          INFO,
          build(decisions(rows), Countries.countries(inputs.observations().sparkSession())),
          List.of(name));
    }
    return ChapterTable.skipped(
        INFO,
        lacking.isEmpty()
            ? SOURCES.absentReason()
            : lacking
                + " hold no total of decisions (decision TOTAL), so no recognition rate;"
                + " needs "
                + SOURCES
                + " with all decisions");
  }

  /** Decisions per country for non-EU citizens where the source has them, else all citizens. */
  private static Dataset<Row> decisions(Dataset<Row> rows) {
    return Selection.preferred(rows, "citizen", "EXT_EU27_2020", "EXT_EU28", "TOTAL")
        .where(
            Selection.annual()
                .and(Selection.totalsExcept("citizen", "decision"))
                .and(col("region").notEqual("TOTAL")))
        .select(
            Selection.year().as("year"),
            col("region").as("country"),
            Selection.dim("decision").as("decision"),
            col("value"),
            col("status"));
  }

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
