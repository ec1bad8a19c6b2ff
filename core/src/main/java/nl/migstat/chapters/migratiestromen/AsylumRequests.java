package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

/** Table 4: asylum requests in the Netherlands by nationality: first requests and nareizigers. */
public final class AsylumRequests implements ReportTable<ChapterInputs> {
  static final String REQUEST_KIND = "request_kind";
  static final String NATIONALITY_CODE = "nationality_code";
  private static final String NATIONALITY = "Nationaliteit";

  /** The nationality's label inside the build, for telling groups from nationalities. */
  private static final String NAME = "__name";

  /** CBS asylum requests by Nationaliteit: 80059ned, else 83102NED. */
  static final Sources SOURCES = Sources.anyOf("cbs:80059ned", "cbs:83102NED");

  /**
   * CBS's wording for Nationaliteit categories that are no nationality: onbekend, staatloos,
   * overige, totaal, and the former states ((voormalig) Joegoslavië, (voormalige) Sovjet-Unie,
   * Sovjet-Russisch, Tsjechoslowaaks, Burger Servië en Montenegro); the bundled list marks the same
   * codes as aggregates.
   */
  static final String GROUP_LABEL =
      "(?i)(onbekend|staatloos|stateloos|overig|voormalig|totaal|sovjet|tsjechoslowa"
          + "|servië en montenegro)";

  /** The Nationaliteit code of all nationalities together in both tables. */
  private static final String ALL_NATIONALITIES = "T001059";

  public static final TableInfo INFO =
      new TableInfo(
          "asylum_requests",
          "Asielverzoeken naar nationaliteit",
          "aantal verzoeken; aandeel in % van het totaal van dezelfde soort",
          List.of(
              "Soort: eerste asielverzoeken, vervolgverzoeken en nareizigers (gezinsleden die een"
                  + " statushouder volgen) waar de bron ze apart geeft; anders hun totaal.",
              "Rang per jaar en soort, naar aantal (1 = meeste verzoeken). Een nationaliteit zonder"
                  + " cijfer krijgt geen rang, en evenmin een categorie die de bron als groep benoemt"
                  + " (onbekend, staatloos, overig, voormalige staat); heeft de download alleen"
                  + " codes, dan volgt de tabel de CBS-omschrijvingen van de codes"
                  + " (codelists/cbs-nationaliteiten.csv).",
              "CBS rondt de aantallen in 80059ned af op 5 (afgerond op 5); het aandeel is berekend"
                  + " uit de afgeronde aantallen en het gepubliceerde totaal (T001059)."),
          List.of(
              integer(YEAR, "Jaar"),
              text(REQUEST_KIND, "Soort verzoek"),
              text(NATIONALITY_CODE, "Nationaliteit"),
              label(NATIONALITY_CODE, "Nationaliteit (naam)"),
              figure(COUNT, "Aantal", 0),
              integer(RANK, "Rang"),
              figure(SHARE, "Aandeel (%)", 1)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Asielverzoeken",
          Sheet.of(
              Block.comparison(List.of(NATIONALITY_CODE), Figure.count(COUNT))
                  .blocksBy(REQUEST_KIND)
                  .ranked(RANK, 10)
                  .chart(Chart.BARS)));

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

  /** The source's Nationaliteit titles, else {@code cbs-nationaliteiten.csv}. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        NATIONALITY_CODE,
        CodeList.of("CBS Nationaliteit", DutchLabels.cbsNationalities(), NATIONALITY));
  }

  /**
   * The request kinds the source has, national, by Nationaliteit, each code with the source's label
   * or else the bundled one (which tells groups from nationalities in a download of codes).
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = SOURCES.first(inputs);
    if (src.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Column kind =
        when(Selection.measureIs("TotaalAsielverzoekenEnNareizigers"), "totaal")
            .when(Selection.measureIs("EersteAsielverzoeken"), "eerste asielverzoeken")
            .when(Selection.measureIs("VervolgAsielverzoeken"), "vervolgverzoeken")
            .when(Selection.measureIs("Nareizigers"), "nareizigers");
    Dataset<Row> rows =
        src.get()
            .rows()
            .where(
                Selection.annual()
                    .and(Series.NATIONAL)
                    .and(Selection.totalsExcept("Nationaliteit")))
            .withColumn(REQUEST_KIND, kind)
            .where(col(REQUEST_KIND).isNotNull())
            .select(
                Selection.year().as(YEAR),
                col(REQUEST_KIND),
                Selection.dim(NATIONALITY).as(NATIONALITY_CODE),
                col("value"),
                col("status"));
    return ChapterTable.built(
        INFO,
        build(rows, names(inputs, src.get().name()), ALL_NATIONALITIES),
        List.of(src.get().name()));
  }

  /** {@code code, label}: the source's own Nationaliteit titles over the bundled ones. */
  private static Dataset<Row> names(ChapterInputs inputs, String source) {
    Map<String, String> names = new LinkedHashMap<>(DutchLabels.cbsNationalities());
    for (Row r : inputs.codes(source, NATIONALITY).select("code", "label").collectAsList()) {
      if (!r.isNullAt(1) && !r.getString(1).isBlank()) {
        names.put(r.getString(0), r.getString(1));
      }
    }
    List<Row> rows = new ArrayList<>();
    names.forEach((code, label) -> rows.add(RowFactory.create(code, label)));
    return inputs
        .observations()
        .sparkSession()
        .createDataFrame(rows, new StructType().add("code", "string").add("label", "string"));
  }

  /**
   * @param requests {@code year, request_kind, nationality_code, value, status}; the row of the
   *     nationality {@code totalCode} is the whole, not a nationality
   * @param labels {@code code, label} of the nationalities (may be empty)
   */
  public static Dataset<Row> build(Dataset<Row> requests, Dataset<Row> labels, String totalCode) {
    Dataset<Row> totals =
        requests
            .where(col(NATIONALITY_CODE).equalTo(totalCode))
            .select(
                col(YEAR),
                col(REQUEST_KIND),
                col("value").as("total"),
                col("status").as("total_status"));
    Dataset<Row> named = labels.select(col("code").as(NATIONALITY_CODE), col("label").as(NAME));
    // CBS names its non-nationality categories in the label: never ranked as a nationality.
    Column group = coalesce(col(NAME).rlike(GROUP_LABEL), lit(false));
    Dataset<Row> nationalities =
        requests
            .where(col(NATIONALITY_CODE).notEqual(totalCode))
            .join(named, new String[] {NATIONALITY_CODE}, "left")
            .withColumn("__rankable", col("value").isNotNull().and(not(group)))
            .withColumn(
                RANK, when(col("__rankable"), rankWithin()).otherwise(lit(null).cast("int")))
            .drop("__rankable", NAME);
    return nationalities
        .join(totals, new String[] {YEAR, REQUEST_KIND}, "left")
        .withColumnRenamed("value", COUNT)
        .withColumnRenamed("status", statusColumn(COUNT))
        .withColumn(SHARE, Figures.ratio(col(COUNT).multiply(lit(100)), col("total")))
        .withColumn(
            statusColumn(SHARE),
            Figures.statusOf(col(SHARE), col(statusColumn(COUNT)), col("total_status")))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))))
        .orderBy(col(YEAR), col(REQUEST_KIND), col(RANK).asc_nulls_last(), col(NATIONALITY_CODE));
  }

  /** Row number by value within the year and kind, over the rankable rows only. */
  private static Column rankWithin() {
    return row_number()
        .over(
            Window.partitionBy(col(YEAR), col(REQUEST_KIND), col("__rankable"))
                .orderBy(col("value").desc_nulls_last(), col(NATIONALITY_CODE)));
  }
}
