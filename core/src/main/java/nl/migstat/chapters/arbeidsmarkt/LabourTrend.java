package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.CLASSIFICATION;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.EMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.LABOUR_FORCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.PARTICIPATION_RATE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYMENT_RATE;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Table 4: yearly unemployment and participation per background group across CBS's 2022
 * classification change; a group without a one-to-one successor (background bridge relation {@code
 * break}) carries status {@code break} in the first year of the new classification.
 */
public final class LabourTrend implements ReportTable<LabourInputs> {
  static final String SERIES = "series";
  static final String CONTINUITY = "continuity";

  public static final TableInfo INFO =
      new TableInfo(
          "labour_trend",
          "Werkloosheid en arbeidsparticipatie naar herkomst, lange reeks",
          "werkloosheidspercentage en netto arbeidsparticipatie in %, 15 tot 75 jaar",
          List.of(
              "Tot "
                  + BackgroundBridge.CHANGE_YEAR
                  + " de indeling naar migratieachtergrond"
                  + " (82809NED), vanaf "
                  + BackgroundBridge.CHANGE_YEAR
                  + " die naar herkomst"
                  + " (85456NED), ook waar de nieuwe tabel eerdere jaren terugrekent.",
              "Westers ↔ Europa (excl. Nederland) en niet-westers ↔ buiten Europa zijn geen"
                  + " één-op-één opvolgers (Turkije, Indonesië, Japan, Noord-Amerika en Oceanië"
                  + " wisselen van groep): daar staat de reeks als breuk (status 'break').",
              "Percentages berekend uit de gepubliceerde aantallen, één decimaal."),
          List.of(
              integer(YEAR, "Jaar"),
              text(SERIES, "Reeks"),
              text(CLASSIFICATION, "Indeling"),
              text(BACKGROUND_CODE, "Code"),
              text(BACKGROUND, "Groep"),
              figure(UNEMPLOYMENT_RATE, "Werkloosheidspercentage", 1),
              figure(PARTICIPATION_RATE, "Netto arbeidsparticipatie", 1),
              text(CONTINUITY, "Aansluiting"),
              text(SOURCE, "Bron")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return BackgroundTables.SOURCES;
  }

  @Override
  public ChapterTable buildFrom(LabourInputs inputs) {
    Optional<BackgroundTables.Picked> cbs = BackgroundTables.pick(inputs.all());
    if (cbs.isEmpty()) {
      return ChapterTable.skipped(INFO, BackgroundTables.SOURCES.absentReason());
    }
    return ChapterTable.built(
        INFO, build(LabourFigures.wide(cbs.get().rows()), inputs.bridge()), cbs.get().sources());
  }

  /** The long series from {@link LabourFigures#wide} rows of one or both classifications. */
  public static Dataset<Row> build(Dataset<Row> wide, BackgroundBridge bridge) {
    Column year = col(YEAR);
    Column oldYears =
        col("scheme").equalTo(BackgroundBridge.OLD).and(year.lt(BackgroundBridge.CHANGE_YEAR));
    Column newYears =
        col("scheme").equalTo(BackgroundBridge.NEW).and(year.geq(BackgroundBridge.CHANGE_YEAR));
    Dataset<Row> whole =
        wide.where(
            col("frequency")
                .equalTo("A")
                .and(col("sex_code").equalTo("T001038"))
                .and(col("birthplace_code").equalTo("T001638"))
                .and(Breakdowns.wholeAgeRange(col("age_code")))
                .and(oldYears.or(newYears)));
    Dataset<Row> rated =
        Rates.withRate(
            Rates.withRate(
                whole, UNEMPLOYMENT_RATE, UNEMPLOYED, LABOUR_FORCE, "published_unemployment_rate"),
            PARTICIPATION_RATE,
            EMPLOYED,
            POPULATION,
            "published_participation_rate");
    return marked(
        rated
            .withColumn(SERIES, bridge.series(col("scheme"), col(BACKGROUND_CODE)))
            .withColumn("relation", bridge.relation(col("scheme"), col(BACKGROUND_CODE)))
            .withColumn(CLASSIFICATION, Breakdowns.classification(col("scheme")))
            .withColumn(BACKGROUND, Breakdowns.background(bridge))
            .where(col(SERIES).isNotNull()));
  }

  /** Marks the first new-classification year of a broken series that has old years before it. */
  private static Dataset<Row> marked(Dataset<Row> rows) {
    WindowSpec perSeries = Window.partitionBy(col(SERIES));
    Column firstNew =
        min(when(col("scheme").equalTo(BackgroundBridge.NEW), col(YEAR))).over(perSeries);
    Column hasOld =
        max(when(col("scheme").equalTo(BackgroundBridge.OLD), lit(true)).otherwise(lit(false)))
            .over(perSeries);
    Column isBreak =
        col("relation")
            .equalTo("break")
            .and(col("has_old"))
            .and(col(YEAR).equalTo(col("first_new")));
    Dataset<Row> out =
        rows.withColumn("first_new", firstNew)
            .withColumn("has_old", hasOld)
            .withColumn("is_break", isBreak);
    for (String rate : new String[] {UNEMPLOYMENT_RATE, PARTICIPATION_RATE}) {
      Column own = Figures.statusOf(col(rate), col(statusColumn(rate)));
      out =
          out.withColumn(
              statusColumn(rate),
              when(col("is_break"), Figures.strongest(own, lit(Status.BREAK.code())))
                  .otherwise(own));
    }
    return out.withColumn(
            CONTINUITY,
            when(col("relation").equalTo("same"), lit("doorlopend"))
                .when(
                    col("is_break"),
                    concat(lit("breuk: nieuwe indeling vanaf "), col(YEAR).cast("string")))
                .when(col("relation").equalTo("break"), lit("niet één-op-één vergelijkbaar")))
        .orderBy(col(SERIES), col(YEAR));
  }
}
