package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.Selection.dim;
import static nl.migstat.chapters.TableColumns.GAP_PP;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Sources;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Table 3: unemployment rates of the native-born, EU-born and non-EU-born per EU country (Eurostat
 * lfsa_urgacob, rates as published), the gap between non-EU-born and native-born, and each
 * country's rank on that gap.
 */
public final class UnemploymentEuComparison implements ReportTable<LabourInputs> {
  static final String COUNTRY = "country";
  static final String TOTAL_RATE = "total_rate";
  static final String NATIVE_BORN_RATE = "native_born_rate";
  static final String EU_BORN_RATE = "eu_born_rate";
  static final String NON_EU_BORN_RATE = "non_eu_born_rate";
  static final String GAP_RANK = "gap_rank";
  static final String COUNTRIES_RANKED = "countries_ranked";

  /** Eurostat unemployment rates by country of birth. */
  static final Sources SOURCES = Sources.anyOf("eurostat:lfsa_urgacob");

  /** Eurostat total unemployment rates, read beside where present: tps00203, else une_rt_a. */
  static final Sources TOTALS = Sources.anyOf("eurostat:tps00203", "eurostat:une_rt_a");

  public static final TableInfo INFO =
      new TableInfo(
          "unemployment_eu_comparison",
          "Werkloosheid naar geboorteland in de EU",
          "werkloosheidspercentage (15-74 jaar) in %; verschil in procentpunten",
          List.of(
              "Eurostat lfsa_urgacob (en tps00203 / une_rt_a voor het totaal): percentages zoals"
                  + " Eurostat ze publiceert; Eurostat geeft geen aantallen in deze tabellen.",
              "Geboorteland is het eigen geboorteland (niet dat van de ouders, zoals bij CBS).",
              "Verschil = niet-EU-geborenen min autochtoon geborenen; rang 1 = kleinste verschil,"
                  + " alleen landen (geen EU- of eurozonetotalen)."),
          List.of(
              integer(YEAR, "Jaar"),
              text(COUNTRY, "Land"),
              flag(IS_NETHERLANDS, "Nederland"),
              figure(TOTAL_RATE, "Totaal", 1),
              figure(NATIVE_BORN_RATE, "Geboren in het land zelf", 1),
              figure(EU_BORN_RATE, "Geboren in ander EU-land", 1),
              figure(NON_EU_BORN_RATE, "Geboren buiten de EU", 1),
              figure(GAP_PP, "Verschil buiten EU − eigen land (procentpunt)", 1),
              integer(GAP_RANK, "Rang op verschil"),
              integer(COUNTRIES_RANKED, "Aantal landen gerangschikt")));

  /** The source's own total rate, used where no total table is present. */
  private static final String BY_BIRTH_TOTAL_RATE = "by_birth_total_rate";

  /** Output column → Eurostat c_birth code. */
  private static final Map<String, String> BIRTH =
      Map.of(
          NATIVE_BORN_RATE,
          "NAT",
          EU_BORN_RATE,
          "EU27_2020_FOR",
          NON_EU_BORN_RATE,
          "NEU27_2020_FOR",
          BY_BIRTH_TOTAL_RATE,
          "TOTAL");

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /** The rates by country of birth, with the total rates of the first total source present. */
  @Override
  public ChapterTable buildFrom(LabourInputs inputs) {
    Optional<ChapterInputs.Source> byBirth = SOURCES.first(inputs.all());
    if (byBirth.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Optional<ChapterInputs.Source> total = TOTALS.first(inputs.all());
    List<String> sources = new ArrayList<>(List.of(byBirth.get().name()));
    total.ifPresent(t -> sources.add(t.name()));
    return ChapterTable.built(
        INFO,
        build(byBirth.get().rows(), total.map(ChapterInputs.Source::rows).orElse(null)),
        sources);
  }

  /**
   * From lfsa_urgacob observations (unit {@code PC}) and, optionally, total rates (tps00203 or
   * une_rt_a, unit {@code PC_ACT}; null when absent): annual, both sexes, 15-74.
   */
  public static Dataset<Row> build(Dataset<Row> byBirth, Dataset<Row> totals) {
    List<Column> figures = new ArrayList<>();
    BIRTH.forEach(
        (name, code) -> {
          Column mine = dim("c_birth").equalTo(code);
          figures.add(first(when(mine, col("value")), true).as(name));
          figures.add(first(when(mine, col("status")), true).as(statusColumn(name)));
        });
    Dataset<Row> wide =
        whole(byBirth, "PC")
            .groupBy(Selection.year().as(YEAR), col("region").as(COUNTRY))
            .agg(figures.get(0), figures.subList(1, figures.size()).toArray(Column[]::new));
    Dataset<Row> withTotal =
        totals == null
            ? wide.withColumn(TOTAL_RATE, col(BY_BIRTH_TOTAL_RATE))
                .withColumn(statusColumn(TOTAL_RATE), col(statusColumn(BY_BIRTH_TOTAL_RATE)))
            : wide.join(
                whole(totals, "PC_ACT")
                    .select(
                        Selection.year().as(YEAR),
                        col("region").as(COUNTRY),
                        col("value").as(TOTAL_RATE),
                        col("status").as(statusColumn(TOTAL_RATE))),
                new String[] {YEAR, COUNTRY},
                "left");
    return ranked(withStatuses(withTotal));
  }

  private static Dataset<Row> whole(Dataset<Row> rows, String unit) {
    return rows.where(
        Selection.annual()
            .and(col("measure").equalTo(unit))
            .and(dim("sex").equalTo("T"))
            .and(dim("age").equalTo("Y15-74")));
  }

  private static Dataset<Row> withStatuses(Dataset<Row> rows) {
    Column gap = round(col(NON_EU_BORN_RATE).minus(col(NATIVE_BORN_RATE)), 1);
    Dataset<Row> out =
        rows.withColumn(GAP_PP, gap)
            .withColumn(
                statusColumn(GAP_PP),
                Figures.statusOf(
                    gap, col(statusColumn(NON_EU_BORN_RATE)), col(statusColumn(NATIVE_BORN_RATE))));
    for (String f : new String[] {TOTAL_RATE, NATIVE_BORN_RATE, EU_BORN_RATE, NON_EU_BORN_RATE}) {
      out = out.withColumn(statusColumn(f), Figures.statusOf(col(f), col(statusColumn(f))));
    }
    return out.withColumn(IS_NETHERLANDS, col(COUNTRY).equalTo("NL"));
  }

  /** Ranks countries (not EU or euro-area aggregates) per year, smallest gap first. */
  private static Dataset<Row> ranked(Dataset<Row> rows) {
    Column rankable = col(GAP_PP).isNotNull().and(col(COUNTRY).rlike("^[A-Z]{2}$"));
    WindowSpec perYear = Window.partitionBy(col(YEAR), col("rankable"));
    return rows.withColumn("rankable", rankable)
        .withColumn(
            GAP_RANK, when(col("rankable"), rank().over(perYear.orderBy(col(GAP_PP)))).cast("int"))
        .withColumn(
            COUNTRIES_RANKED, when(col("rankable"), count(lit(1)).over(perYear)).cast("int"))
        .orderBy(col(YEAR), col(COUNTRY));
  }
}
