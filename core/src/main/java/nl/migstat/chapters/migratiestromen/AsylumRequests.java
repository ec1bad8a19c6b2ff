package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 4: asylum requests in the Netherlands by nationality: first requests and nareizigers. */
public final class AsylumRequests implements ReportTable<ChapterInputs> {
  static final String REQUEST_KIND = "request_kind";
  static final String NATIONALITY_CODE = "nationality_code";
  static final String NATIONALITY_NAME = "nationality_name";

  /** CBS asylum requests by Nationaliteit: 80059ned, else 83102NED. */
  static final Sources SOURCES = Sources.anyOf("cbs:80059ned", "cbs:83102NED");

  /**
   * CBS's wording for Nationaliteit categories that are no nationality: onbekend, staatloos,
   * overige, (voormalig) Joegoslavisch / Sovjet-Unie, totaal.
   */
  static final String GROUP_LABEL = "(?i)(onbekend|staatloos|stateloos|overig|voormalig|totaal)";

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
                  + " (onbekend, staatloos, overig, voormalige staat). Heeft de download geen labels"
                  + " (alleen codes), dan kan de tabel zo'n groep niet herkennen.",
              "CBS rondt de aantallen in 80059ned af op 5 (afgerond op 5); het aandeel is berekend"
                  + " uit de afgeronde aantallen en het gepubliceerde totaal (T001059)."),
          List.of(
              integer(YEAR, "Jaar"),
              text(REQUEST_KIND, "Soort verzoek"),
              text(NATIONALITY_CODE, "Code"),
              text(NATIONALITY_NAME, "Nationaliteit"),
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
                      .chart(Chart.BARS)))
          .showing(NATIONALITY_CODE, NATIONALITY_NAME);

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

  /** The request kinds the source has, national, by Nationaliteit with the source's labels. */
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
                Selection.dim("Nationaliteit").as(NATIONALITY_CODE),
                col("value"),
                col("status"));
    return ChapterTable.built(
        INFO,
        build(rows, inputs.codes(src.get().name(), "Nationaliteit"), ALL_NATIONALITIES),
        List.of(src.get().name()));
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
    Dataset<Row> named =
        labels.select(col("code").as(NATIONALITY_CODE), col("label").as(NATIONALITY_NAME));
    // CBS names its non-nationality categories in the label: never ranked as a nationality.
    Column group = coalesce(col(NATIONALITY_NAME).rlike(GROUP_LABEL), lit(false));
    Dataset<Row> nationalities =
        requests
            .where(col(NATIONALITY_CODE).notEqual(totalCode))
            .join(named, new String[] {NATIONALITY_CODE}, "left")
            .withColumn("__rankable", col("value").isNotNull().and(not(group)))
            .withColumn(
                RANK, when(col("__rankable"), rankWithin()).otherwise(lit(null).cast("int")))
            .drop("__rankable");
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
