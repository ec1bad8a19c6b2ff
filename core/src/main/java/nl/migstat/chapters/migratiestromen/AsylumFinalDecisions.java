package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.AsylumRecognition.DECISIONS;
import static nl.migstat.chapters.migratiestromen.AsylumRecognition.POSITIVE;
import static nl.migstat.chapters.migratiestromen.AsylumRecognition.RECOGNITION_RATE;
import static nl.migstat.chapters.migratiestromen.AsylumRecognition.REJECTED;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Table: final asylum decisions beside the first-instance ones, each with its recognition rate, per
 * country; and the asylum applicants considered unaccompanied minors.
 */
public final class AsylumFinalDecisions implements ReportTable<ChapterInputs> {
  static final String STAGE = "stage";
  static final String FIRST_INSTANCE = "first_instance";
  static final String FINAL = "final";
  static final String MINORS = "unaccompanied_minors";
  static final String APPLICANTS = "applicants";

  static final String FINAL_SOURCE = "eurostat:migr_asydcfina";
  static final String FIRST_SOURCE = "eurostat:migr_asydcfsta";
  static final String MINORS_SOURCE = "eurostat:migr_asyunaa";

  /**
   * Eurostat's final decisions are what the table is about; the first-instance decisions and the
   * unaccompanied minors are read beside them where present.
   */
  static final Sources SOURCES = Sources.anyOf(FINAL_SOURCE);

  /** A figure a row cannot have: decisions on a row of applicants, and the other way round. */
  private static final Column NOT_APPLICABLE = lit(Status.NOT_APPLICABLE.code());

  public static final TableInfo INFO =
      new TableInfo(
          "asylum_final_decisions",
          "Definitieve asielbeslissingen, beslissingen in eerste aanleg en alleenstaande"
              + " minderjarigen",
          "aantal beslissingen of aanvragers; inwilligingspercentage in %",
          List.of(
              "Definitief: beslissingen in hoger beroep of herziening die niet meer aan te vechten"
                  + " zijn (Eurostat migr_asydcfina); eerste aanleg: migr_asydcfsta, waar die in de"
                  + " invoer zit. Inwilligingspercentage = positieve beslissingen als % van alle"
                  + " beslissingen van dezelfde fase, berekend uit de afgeronde aantallen.",
              "Alleenstaande minderjarigen: asielaanvragers die als alleenstaande minderjarige"
                  + " worden beschouwd (Eurostat migr_asyunaa), waar die in de invoer zit.",
              "Eurostat rondt asielcijfers af op 5 (afgerond op 5).",
              "Burgers van buiten de EU: EXT_EU27_2020, voor jaren zonder die groep EXT_EU28, anders"
                  + " alle nationaliteiten; het eerste jaar met een andere groep dan het jaar ervoor"
                  + " heeft de status 'break' (breuk in de reeks)."),
          List.of(
              integer(YEAR, "Jaar"),
              text(STAGE, "Fase"),
              label(STAGE, "Fase (naam)"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              figure(DECISIONS, "Beslissingen", 0),
              figure(POSITIVE, "Positief", 0),
              figure(REJECTED, "Afgewezen", 0),
              figure(RECOGNITION_RATE, "Inwilligingspercentage (%)", 1),
              figure(APPLICANTS, "Alleenstaande minderjarige aanvragers", 0)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Definitieve asielbeslissingen",
          Sheet.of(
              Block.comparison(
                      List.of(COUNTRY_CODE), Figure.count(DECISIONS), Figure.rate(RECOGNITION_RATE))
                  .where(STAGE, FINAL),
              Block.comparison(
                      List.of(COUNTRY_CODE), Figure.count(DECISIONS), Figure.rate(RECOGNITION_RATE))
                  .where(STAGE, FIRST_INSTANCE)),
          Sheet.named(
              "alleenstaande minderjarigen",
              Block.comparison(List.of(COUNTRY_CODE), Figure.count(APPLICANTS))
                  .where(STAGE, MINORS)));

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

  /** Stages by the project's ids; countries and aggregates by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        STAGE,
        CodeList.categories("asylum_stage"),
        COUNTRY_CODE,
        CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()));
  }

  /** Final decisions, with the first-instance ones and the minors where the inputs have them. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> fin = inputs.first(FINAL_SOURCE);
    if (fin.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    List<String> used = new ArrayList<>(List.of(FINAL_SOURCE));
    Dataset<Row> finals = decisions(fin.get());
    Dataset<Row> first = finals.limit(0);
    Optional<ChapterInputs.Source> fsta = inputs.first(FIRST_SOURCE);
    if (fsta.isPresent()) {
      used.add(FIRST_SOURCE);
      first = decisions(fsta.get());
    }
    Dataset<Row> minors =
        finals
            .sparkSession()
            .createDataFrame(
                List.of(),
                StructType.fromDDL("year INT, country STRING, value DOUBLE, status STRING"));
    Optional<ChapterInputs.Source> una = inputs.first(MINORS_SOURCE);
    if (una.isPresent()) {
      used.add(MINORS_SOURCE);
      minors = minorsOf(una.get().rows());
    }
    return ChapterTable.built(INFO, build(finals, first, minors), used);
  }

  /** A source's decisions per country ({@link AsylumRecognition#decisions}): persons only. */
  private static Dataset<Row> decisions(ChapterInputs.Source source) {
    return AsylumRecognition.decisions(source.rows().where(Selection.measureIs("PER")));
  }

  /**
   * Unaccompanied minors per country, {@code year, country, value, status}: non-EU citizens where
   * the source has them, else all; every other dimension at its total.
   */
  private static Dataset<Row> minorsOf(Dataset<Row> rows) {
    Dataset<Row> minors =
        CitizenGroups.preferred(rows.where(Selection.measureIs("PER")))
            .where(
                Selection.annual()
                    .and(Selection.totalsExcept(CitizenGroups.CITIZEN))
                    .and(col("region").notEqual("TOTAL")))
            .select(
                Selection.year().as(YEAR),
                col("region").as("country"),
                Selection.dim(CitizenGroups.CITIZEN).as(CitizenGroups.CITIZENS),
                col("value"),
                col("status"));
    return CitizenGroups.markSwitch(minors, "country").drop(CitizenGroups.CITIZENS);
  }

  /**
   * @param finals {@code year, country, decision (TOTAL, TOTAL_POS, REJECTED …), value, status}
   * @param firstInstance the same for the first instance (may be empty)
   * @param minors {@code year, country, value, status}: unaccompanied minors (may be empty)
   */
  public static Dataset<Row> build(
      Dataset<Row> finals, Dataset<Row> firstInstance, Dataset<Row> minors) {
    Dataset<Row> decided =
        stage(AsylumRecognition.build(finals), FINAL)
            .unionByName(stage(AsylumRecognition.build(firstInstance), FIRST_INSTANCE));
    Dataset<Row> applicants =
        minors.select(
            col(YEAR),
            lit(MINORS).as(STAGE),
            col("country").as(COUNTRY_CODE),
            col("value").as(APPLICANTS),
            Figures.statusOf(col("value"), col("status")).as(statusColumn(APPLICANTS)));
    for (String figure : List.of(DECISIONS, POSITIVE, REJECTED, RECOGNITION_RATE)) {
      applicants =
          applicants
              .withColumn(figure, lit(null).cast("double"))
              .withColumn(statusColumn(figure), NOT_APPLICABLE);
    }
    return decided.unionByName(applicants).orderBy(col(YEAR), stageOrder(), col(COUNTRY_CODE));
  }

  private static Dataset<Row> stage(Dataset<Row> decisions, String stage) {
    return decisions
        .withColumn(STAGE, lit(stage))
        .withColumn(APPLICANTS, lit(null).cast("double"))
        .withColumn(statusColumn(APPLICANTS), NOT_APPLICABLE);
  }

  private static Column stageOrder() {
    return when(col(STAGE).equalTo(FINAL), lit(1))
        .when(col(STAGE).equalTo(FIRST_INSTANCE), lit(2))
        .otherwise(lit(3));
  }
}
