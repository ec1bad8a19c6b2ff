package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.BACKGROUND_GROUP;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.GROUP_POPULATION;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.REFERENCE_YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 4: how concentrated each group lives: share in the G4, in its top 10, Herfindahl index. */
public final class Concentration extends CountsTable {
  static final String G4_SHARE = "g4_share";
  static final String TOP10_SHARE = "top10_share";
  static final String HERFINDAHL_INDEX = "herfindahl_index";
  static final String MUNICIPALITIES = "municipalities";
  static final String ALL_MUNICIPALITIES = "all_municipalities";

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
              integer(REFERENCE_YEAR, "Indeling van"),
              integer(YEAR, "Jaar"),
              text(BACKGROUND_GROUP, "Groep"),
              label(BACKGROUND_GROUP, "Groep (naam)"),
              figure(GROUP_POPULATION, "Groep in alle gemeenten", 0),
              figure(G4_SHARE, "Aandeel in G4 (%)", 1),
              figure(TOP10_SHARE, "Aandeel in top 10 (%)", 1),
              figure(HERFINDAHL_INDEX, "Herfindahl-index", 4),
              integer(MUNICIPALITIES, "Gemeenten"),
              flag(ALL_MUNICIPALITIES, "Alle gemeenten")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Concentratie over gemeenten",
          Sheet.of(
              Block.comparison(
                  List.of(BACKGROUND_GROUP),
                  Figure.count(GROUP_POPULATION),
                  Figure.rate(G4_SHARE),
                  Figure.rate(TOP10_SHARE))));

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  /** Groups by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(BACKGROUND_GROUP, MunicipalLabels.GROUPS);
  }

  @Override
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    int year = inputs.referenceYear();
    return build(counts, year, inputs.reference().boundaries().municipalitiesOn(year).size());
  }

  /**
   * @param counts harmonised counts ({@link MunicipalCounts#municipal})
   * @param municipalitiesOnList the number of municipalities of the reference year
   */
  public static Dataset<Row> build(
      Dataset<Row> counts, int referenceYear, int municipalitiesOnList) {
    Column[] key = {col(YEAR), col("group")};
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
                first(col("kind")).as("kind"),
                total.as(GROUP_POPULATION),
                Figures.strongestOver(col("status")).as("_status"),
                Figures.sumOrMissing(
                        when(col("region").isin(G4.toArray()), col("value")).otherwise(0))
                    .as("_g4"),
                Figures.sumOrMissing(when(col("_rank").leq(TOP), col("value")).otherwise(0))
                    .as("_top"),
                Figures.sumOrMissing(col("value").multiply(col("value"))).as("_squares"),
                count(lit(1)).cast("int").as(MUNICIPALITIES));
    Dataset<Row> out =
        agg.withColumn(
                statusColumn(GROUP_POPULATION),
                Figures.statusOf(col(GROUP_POPULATION), col("_status")))
            .withColumn(G4_SHARE, Figures.ratio(col("_g4").multiply(100), col(GROUP_POPULATION)))
            .withColumn(
                TOP10_SHARE, Figures.ratio(col("_top").multiply(100), col(GROUP_POPULATION)))
            .withColumn(
                HERFINDAHL_INDEX,
                Figures.ratio(
                    col("_squares"), col(GROUP_POPULATION).multiply(col(GROUP_POPULATION))));
    for (String f : List.of(G4_SHARE, TOP10_SHARE, HERFINDAHL_INDEX)) {
      out = out.withColumn(statusColumn(f), Figures.statusOf(col(f), col("_status")));
    }
    return out.withColumnRenamed("group", BACKGROUND_GROUP)
        .withColumn(REFERENCE_YEAR, lit(referenceYear))
        .withColumn(ALL_MUNICIPALITIES, col(MUNICIPALITIES).equalTo(municipalitiesOnList))
        .orderBy(col(YEAR), PopulationByBackground.order(col("kind")), col(BACKGROUND_GROUP));
  }
}
