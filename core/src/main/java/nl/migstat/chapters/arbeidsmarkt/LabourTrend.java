package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.CLASSIFICATION;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.EMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.LABOUR_FORCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.PARTICIPATION_RATE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYMENT_RATE;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Table 4: yearly unemployment and participation per background group across CBS's 2022
 * classification change, rates as CBS publishes them; a group whose series breaks at the change
 * (background bridge relation {@code break} or {@code minor-break}) carries status {@code break} in
 * the first year of the new classification, and the column {@code continuity} says which break.
 */
public final class LabourTrend implements ReportTable<LabourInputs> {
  static final String SERIES = ClassificationBreak.SERIES;
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
              ClassificationBreak.FOOTNOTE,
              "Percentages zoals CBS ze publiceert (berekend uit ongeafgeronde aantallen); alleen"
                  + " waar een tabel geen percentage geeft, berekend uit de gepubliceerde aantallen"
                  + " (zie de kolommen 'basis')."),
          List.of(
              integer(YEAR, "Jaar"),
              text(SERIES, "Reeks"),
              label(SERIES, "Reeks (naam)"),
              text(CLASSIFICATION, "Indeling"),
              text(BACKGROUND_CODE, "Groep"),
              label(BACKGROUND_CODE, "Groep (naam)"),
              figure(UNEMPLOYMENT_RATE, "Werkloosheidspercentage", 1),
              text(Rates.basisColumn(UNEMPLOYMENT_RATE), "Basis werkloosheidspercentage"),
              figure(PARTICIPATION_RATE, "Netto arbeidsparticipatie", 1),
              text(Rates.basisColumn(PARTICIPATION_RATE), "Basis netto arbeidsparticipatie"),
              text(CONTINUITY, "Aansluiting"),
              text(SOURCE, "Bron")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Werkloosheid en participatie",
          Sheet.of(
              Block.series(SERIES, Figure.rate(UNEMPLOYMENT_RATE)).headedBy(BACKGROUND_CODE),
              Block.series(SERIES, Figure.rate(PARTICIPATION_RATE)).headedBy(BACKGROUND_CODE)));

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
    return BackgroundTables.SOURCES;
  }

  /** Series by the project's ids; each year's group by its CBS title. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        SERIES, CodeList.categories("labour_series"), BACKGROUND_CODE, BackgroundTables.LABELS);
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
    Dataset<Row> marked =
        ClassificationBreak.marked(rated, bridge, UNEMPLOYMENT_RATE, PARTICIPATION_RATE)
            .where(col(SERIES).isNotNull());
    return marked
        .withColumn(CLASSIFICATION, Breakdowns.classification(col("scheme")))
        .withColumn(CONTINUITY, continuity())
        .orderBy(col(SERIES), col(YEAR));
  }

  /** The series' continuity in words: joined, its break in the change year, or not comparable. */
  private static Column continuity() {
    Column relation = col(ClassificationBreak.RELATION);
    Column isBreak = col(ClassificationBreak.IS_BREAK);
    String since = " vanaf " + BackgroundBridge.CHANGE_YEAR;
    return when(
            isBreak.and(relation.equalTo(BackgroundBridge.BREAK)),
            lit("breuk: nieuwe indeling" + since))
        .when(isBreak, lit("kleine breuk: nieuwe indeling" + since))
        .when(relation.isin(BackgroundBridge.SAME, BackgroundBridge.MINOR_BREAK), lit("doorlopend"))
        .when(relation.equalTo(BackgroundBridge.BREAK), lit("niet één-op-één vergelijkbaar"))
        .otherwise(lit("alleen de nieuwe indeling"));
  }
}
