package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 6: first-instance asylum decisions and the recognition rate per country. */
public final class AsylumRecognition implements ReportTable<ChapterInputs> {
  static final String DECISIONS = "decisions";
  static final String POSITIVE = "positive";
  static final String REJECTED = "rejected";
  static final String RECOGNITION_RATE = "recognition_rate";

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
              "Eurostat rondt asielcijfers af op 5 (afgerond op 5); het percentage is berekend uit de"
                  + " afgeronde aantallen.",
              "Burgers van buiten de EU: EXT_EU27_2020, voor jaren zonder die groep EXT_EU28 (de EU-28,"
                  + " met het Verenigd Koninkrijk), anders alle nationaliteiten. Het eerste jaar met"
                  + " een andere groep dan het jaar ervoor heeft de status 'break' (breuk in de reeks)."),
          List.of(
              integer(YEAR, "Jaar"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              figure(DECISIONS, "Beslissingen", 0),
              figure(POSITIVE, "Positief", 0),
              figure(REJECTED, "Afgewezen", 0),
              figure(RECOGNITION_RATE, "Inwilligingspercentage (%)", 1)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Asielbeslissingen",
          Sheet.of(
              Block.comparison(
                  List.of(COUNTRY_CODE), Figure.count(DECISIONS), Figure.rate(RECOGNITION_RATE))));

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /** Countries and aggregates (EU-28) by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(COUNTRY_CODE, CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()));
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
      return ChapterTable.built(INFO, build(decisions(rows)), List.of(name));
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

  /**
   * Decisions per country for non-EU citizens where the source has them, else all citizens; the
   * first year of another citizen group than the year before is a break.
   */
  static Dataset<Row> decisions(Dataset<Row> rows) {
    Dataset<Row> decisions =
        CitizenGroups.preferred(rows)
            .where(
                Selection.annual()
                    .and(Selection.totalsExcept(CitizenGroups.CITIZEN, "decision"))
                    .and(col("region").notEqual("TOTAL")))
            .select(
                Selection.year().as(YEAR),
                col("region").as("country"),
                Selection.dim("decision").as("decision"),
                Selection.dim(CitizenGroups.CITIZEN).as(CitizenGroups.CITIZENS),
                col("value"),
                col("status"));
    return CitizenGroups.markSwitch(decisions, "country", "decision").drop(CitizenGroups.CITIZENS);
  }

  /**
   * @param decisions {@code year, country, decision (TOTAL, TOTAL_POS, REJECTED, …), value, status}
   */
  public static Dataset<Row> build(Dataset<Row> decisions) {
    Dataset<Row> wide =
        decisions
            .groupBy(YEAR, "country")
            .agg(
                pick("TOTAL", "value").as(DECISIONS),
                    pick("TOTAL", "status").as(statusColumn(DECISIONS)),
                pick("TOTAL_POS", "value").as(POSITIVE),
                    pick("TOTAL_POS", "status").as(statusColumn(POSITIVE)),
                pick("REJECTED", "value").as(REJECTED),
                    pick("REJECTED", "status").as(statusColumn(REJECTED)));
    return wide.withColumn(
            RECOGNITION_RATE, Figures.ratio(col(POSITIVE).multiply(lit(100)), col(DECISIONS)))
        .withColumn(
            statusColumn(RECOGNITION_RATE),
            Figures.statusOf(
                col(RECOGNITION_RATE), col(statusColumn(POSITIVE)), col(statusColumn(DECISIONS))))
        .withColumn(
            statusColumn(DECISIONS), Figures.statusOf(col(DECISIONS), col(statusColumn(DECISIONS))))
        .withColumn(
            statusColumn(POSITIVE), Figures.statusOf(col(POSITIVE), col(statusColumn(POSITIVE))))
        .withColumn(
            statusColumn(REJECTED), Figures.statusOf(col(REJECTED), col(statusColumn(REJECTED))))
        .withColumnRenamed("country", COUNTRY_CODE)
        .orderBy(col(YEAR), col(COUNTRY_CODE));
  }

  private static Column pick(String decision, String column) {
    return first(when(col("decision").equalTo(decision), col(column)), true);
  }
}
