package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 7: first residence permits by reason per country, with each reason's share. */
public final class FirstPermitsByReason implements ReportTable<ChapterInputs> {
  static final String REASON = "reason";

  /** Eurostat first residence permits: tps00171, else migr_resfirst. */
  static final Sources SOURCES = Sources.anyOf("eurostat:tps00171", "eurostat:migr_resfirst");

  /** Eurostat's main reasons and their total, in report order (Dutch names in categories.csv). */
  static final List<String> REASONS = List.of("OCC", "FAM", "EDUC", "OTH", "TOTAL");

  public static final TableInfo INFO =
      new TableInfo(
          "first_permits_by_reason",
          "Eerste verblijfsvergunningen naar reden",
          "aantal vergunningen; aandeel in % van alle eerste vergunningen",
          List.of(
              "Eerste verblijfsvergunningen aan burgers van buiten de EU (Eurostat migr_resfirst / tps00171).",
              "De vier hoofdredenen van Eurostat (gezin FAM, studie EDUC, arbeid OCC, overig OTH) en"
                  + " hun totaal. De subredenen van migr_resfirst (zoals EDUC_STUD of OCC_HSKL) tellen"
                  + " al mee in hun hoofdreden en staan er niet apart in, zodat geen vergunning twee"
                  + " keer telt.",
              "Overig omvat onder meer asiel- en beschermingsvergunningen."),
          List.of(
              integer(YEAR, "Jaar"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              text(REASON, "Reden"),
              label(REASON, "Reden (naam)"),
              figure(COUNT, "Vergunningen", 0),
              figure(SHARE, "Aandeel (%)", 1)));

  /** The reasons counted: a code {@code X_Y} is a sub-reason of {@code X} (EDUC_STUD of EDUC). */
  private static final Set<String> MAIN_REASONS = Set.copyOf(REASONS);

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Eerste verblijfsvergunningen",
          Sheet.of(
              Block.comparison(List.of(REASON), Figure.count(COUNT), Figure.rate(SHARE))
                  .blocksBy(COUNTRY_CODE)
                  .total(REASON, "TOTAL")
                  .chart(Chart.BARS, "NL")));

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

  /** Countries by their Dutch names, Eurostat's reason codes by the project's Dutch words. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        COUNTRY_CODE,
        CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()),
        REASON,
        CodeList.categories("permit_reason"));
  }

  /** Permits to all citizens where the source has that total, else to non-EU citizens. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = SOURCES.first(inputs);
    if (src.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> permits =
        Selection.preferred(
                src.get().rows().where(Selection.measureIs("PER")),
                "citizen",
                "TOTAL",
                "EXT_EU27_2020",
                "EXT_EU28")
            .where(Selection.annual().and(Selection.totalsExcept("citizen", "reason")))
            .select(
                Selection.year().as(YEAR),
                col("region").as("country"),
                Selection.dim("reason").as(REASON),
                col("value"),
                col("status"));
    Set<String> unknown = unknownReasons(permits);
    if (!unknown.isEmpty()) {
      return ChapterTable.skipped(
          INFO,
          src.get().name()
              + ": reason codes "
              + unknown
              + " are neither a main reason "
              + new TreeSet<>(MAIN_REASONS)
              + " nor a sub-reason of one (MAIN_x), so the table cannot tell whether they are"
              + " counted already");
    }
    return ChapterTable.built(INFO, build(permits), List.of(src.get().name()));
  }

  /** Whether a reason code is counted: a main reason or the total (not one of their parts). */
  static boolean isMainReason(String code) {
    return MAIN_REASONS.contains(code);
  }

  /** A sub-reason: Eurostat names the parts of a reason by its code and a suffix. */
  static boolean isSubReason(String code) {
    int cut = code.indexOf('_');
    return cut > 0 && MAIN_REASONS.contains(code.substring(0, cut));
  }

  static Set<String> unknownReasons(Dataset<Row> permits) {
    Set<String> unknown = new TreeSet<>();
    for (Row r : permits.select(REASON).distinct().collectAsList()) {
      String code = r.isNullAt(0) ? "(no reason)" : r.getString(0);
      if (!isMainReason(code) && !isSubReason(code)) {
        unknown.add(code);
      }
    }
    return unknown;
  }

  /**
   * The main reasons and their total; sub-reasons are left out, since each is counted in its main
   * reason already.
   *
   * @param permits {@code year, country, reason (Eurostat code), value, status}
   */
  public static Dataset<Row> build(Dataset<Row> permits) {
    permits = permits.where(col(REASON).isin(REASONS.toArray()));
    Dataset<Row> totals =
        permits
            .where(col(REASON).equalTo("TOTAL"))
            .select(
                col(YEAR),
                col("country"),
                col("value").as("total"),
                col("status").as("total_status"));
    Column order = lit(99);
    for (int i = REASONS.size() - 1; i >= 0; i--) {
      order = when(col(REASON).equalTo(REASONS.get(i)), lit(i)).otherwise(order);
    }
    return permits
        .join(totals, new String[] {YEAR, "country"}, "left")
        .withColumn("__order", order)
        .withColumnRenamed("value", COUNT)
        .withColumnRenamed("status", statusColumn(COUNT))
        .withColumn(SHARE, Figures.ratio(col(COUNT).multiply(lit(100)), col("total")))
        .withColumn(
            statusColumn(SHARE),
            Figures.statusOf(col(SHARE), col(statusColumn(COUNT)), col("total_status")))
        .withColumn(statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))))
        .withColumnRenamed("country", COUNTRY_CODE)
        .orderBy(col(YEAR), col(COUNTRY_CODE), col("__order"))
        .drop("__order");
  }
}
