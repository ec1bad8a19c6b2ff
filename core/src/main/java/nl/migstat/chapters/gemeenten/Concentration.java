package nl.migstat.chapters.gemeenten;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 4: how concentrated each group lives: share in the G4, in its top 10, Herfindahl index. */
public final class Concentration extends CountsTable {
  /** Amsterdam, Rotterdam, Den Haag, Utrecht (codes unchanged since 1970). */
  public static final List<String> G4 = List.of("GM0363", "GM0599", "GM0518", "GM0344");

  public static final int TOP = 10;

  public static final TableInfo INFO =
      new TableInfo(
          "concentration",
          "Concentratie van groepen over gemeenten",
          "aandeel in % van de groep in alle gemeenten van de invoer; Herfindahl-index 0-1",
          List.of(
              "G4: Amsterdam, Rotterdam, 's-Gravenhage, Utrecht. Top 10: de tien gemeenten waar de"
                  + " groep het grootst is.",
              "Herfindahl-index = Σ (groep in gemeente / groep in alle gemeenten)², over gemeenten.",
              "Alleen landelijk als de invoer alle gemeenten van het referentiejaar bevat (kolom"
                  + " 'Alle gemeenten'); anders gaat het om de gemeenten in de invoer.",
              "Ontbreekt het cijfer van één gemeente, dan ontbreken de aandelen (geen kleiner"
                  + " geheel)."),
          List.of(
              integer("reference_year", "Indeling van"),
              integer("year", "Jaar"),
              text("background_group", "Groep (code)"),
              text("background_label", "Groep"),
              figure("group_population", "Groep in alle gemeenten", 0),
              figure("g4_share", "Aandeel in G4 (%)", 1),
              figure("top10_share", "Aandeel in top 10 (%)", 1),
              figure("herfindahl_index", "Herfindahl-index", 4),
              integer("municipalities", "Gemeenten"),
              flag("all_municipalities", "Alle gemeenten")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    int year = inputs.referenceYear();
    return build(
        counts,
        year,
        inputs.reference().boundaries().municipalitiesOn(year).size(),
        inputs.small());
  }

  /**
   * @param counts harmonised counts ({@link MunicipalCounts#municipal})
   * @param municipalitiesOnList the number of municipalities of the reference year
   */
  public static Dataset<Row> build(
      Dataset<Row> counts, int referenceYear, int municipalitiesOnList, SmallNumbers small) {
    Column[] key = {col("year"), col("group")};
    Dataset<Row> ranked =
        counts.withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(key)
                        .orderBy(col("value").desc_nulls_first(), col("region"))));
    Column total = Figures.sumOrMissing(col("value"));
    Dataset<Row> agg =
        ranked
            .groupBy(key)
            .agg(
                first(col("label")).as("background_label"),
                first(col("kind")).as("kind"),
                total.as("group_population"),
                Figures.strongestOver(col("status")).as("_status"),
                Figures.sumOrMissing(
                        when(col("region").isin(G4.toArray()), col("value")).otherwise(0))
                    .as("_g4"),
                Figures.sumOrMissing(when(col("_rank").leq(TOP), col("value")).otherwise(0))
                    .as("_top"),
                Figures.sumOrMissing(col("value").multiply(col("value"))).as("_squares"),
                count(lit(1)).cast("int").as("municipalities"));
    Dataset<Row> out =
        agg.withColumn(
                "group_population_status",
                Figures.statusOf(col("group_population"), col("_status")))
            .withColumn(
                "g4_share", Figures.ratio(col("_g4").multiply(100), col("group_population")))
            .withColumn(
                "top10_share", Figures.ratio(col("_top").multiply(100), col("group_population")))
            .withColumn(
                "herfindahl_index",
                Figures.ratio(
                    col("_squares"), col("group_population").multiply(col("group_population"))));
    for (String f : List.of("g4_share", "top10_share", "herfindahl_index")) {
      out = out.withColumn(f + "_status", Figures.statusOf(col(f), col("_status")));
      out = small.suppress(out, f, "group_population");
    }
    out = small.suppress(out, "group_population", "group_population");
    return out.withColumnRenamed("group", "background_group")
        .withColumn("reference_year", lit(referenceYear))
        .withColumn("all_municipalities", col("municipalities").equalTo(municipalitiesOnList))
        .orderBy(col("year"), PopulationByBackground.order(col("kind")), col("background_group"));
  }
}
