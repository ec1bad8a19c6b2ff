package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.Selection.dim;
import static nl.migstat.chapters.TableColumns.GAP_PP;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
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
import nl.migstat.harmonise.Countries;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Table 3: unemployment rates of the native-born, EU-born and non-EU-born per country from one
 * Eurostat LFS table (lfsa_urgacob, rates as published), the gap between non-EU-born and
 * native-born, and each EU member's rank; without lfsa_urgacob, the total rates of one
 * harmonised-unemployment table alone (tps00203 or une_rt_a), labelled as such and never mixed with
 * the LFS rates.
 */
public final class UnemploymentEuComparison implements ReportTable<LabourInputs> {
  static final String COUNTRY = "country";
  static final String EU_MEMBER = "eu_member";
  static final String TOTAL_RATE = "total_rate";
  static final String NATIVE_BORN_RATE = "native_born_rate";
  static final String EU_BORN_RATE = "eu_born_rate";
  static final String NON_EU_BORN_RATE = "non_eu_born_rate";
  static final String GAP_RANK = "gap_rank";
  static final String COUNTRIES_RANKED = "countries_ranked";
  static final String TOTAL_RANK = "total_rank";

  /** Eurostat LFS annual unemployment rates by country of birth: the table's own source. */
  static final Sources BY_BIRTH = Sources.anyOf("eurostat:lfsa_urgacob");

  /**
   * Eurostat harmonised unemployment ("LFS adjusted series", une_esms): tps00203 is une_rt_a's
   * 15-74 total. Used alone, only where lfsa_urgacob is absent: its annual rates are adjusted LFS
   * results and differ from lfsa_urgacob's, so the two are never shown side by side.
   */
  static final Sources TOTAL_ONLY = Sources.anyOf("eurostat:tps00203", "eurostat:une_rt_a");

  static final Sources SOURCES = BY_BIRTH.or(TOTAL_ONLY);

  private static final String RANKING =
      "Alleen EU-lidstaten (EU-27, codelijst countries.csv) krijgen een rang; EU- en"
          + " eurozonetotalen (EU27_2020, EA20) en landen buiten de EU staan erbij zonder rang, net"
          + " als een land zonder cijfer.";

  private static final List<ColumnInfo> COLUMNS =
      List.of(
          integer(YEAR, "Jaar"),
          text(COUNTRY, "Land"),
          label(COUNTRY, "Land (naam)"),
          flag(IS_NETHERLANDS, "Nederland"),
          flag(EU_MEMBER, "EU-lidstaat"),
          figure(TOTAL_RATE, "Totaal", 1),
          figure(NATIVE_BORN_RATE, "Geboren in het land zelf", 1),
          figure(EU_BORN_RATE, "Geboren in ander EU-land", 1),
          figure(NON_EU_BORN_RATE, "Geboren buiten de EU", 1),
          figure(GAP_PP, "Verschil buiten EU − eigen land (procentpunt)", 1),
          integer(GAP_RANK, "Rang op verschil"),
          integer(COUNTRIES_RANKED, "Aantal lidstaten gerangschikt op verschil"),
          integer(TOTAL_RANK, "Rang op totaal"),
          text(SOURCE, "Bron"));

  public static final TableInfo INFO =
      new TableInfo(
          "unemployment_eu_comparison",
          "Werkloosheid naar geboorteland in de EU",
          "werkloosheidspercentage (15-74 jaar) in %; verschil in procentpunten",
          List.of(
              "Eurostat lfsa_urgacob (EU-LFS, jaarcijfers): alle percentages, ook het totaal, uit"
                  + " deze ene tabel en zoals Eurostat ze publiceert. De geharmoniseerde"
                  + " werkloosheid (une_rt_a, tps00203) is een aangepaste LFS-reeks die van de"
                  + " LFS-jaarcijfers afwijkt en wordt er niet bij gemengd.",
              "Geboorteland is het eigen geboorteland (niet dat van de ouders, zoals bij CBS).",
              "Verschil = niet-EU-geborenen min in het land zelf geborenen, tussen de gepubliceerde"
                  + " percentages; rang op verschil 1 = kleinste verschil, rang op totaal 1 ="
                  + " laagste werkloosheid.",
              RANKING),
          COLUMNS);

  /** Output column → Eurostat c_birth code. */
  private static final Map<String, String> BIRTH =
      Map.of(
          NATIVE_BORN_RATE,
          "NAT",
          EU_BORN_RATE,
          "EU27_2020_FOR",
          NON_EU_BORN_RATE,
          "NEU27_2020_FOR",
          TOTAL_RATE,
          "TOTAL");

  private static final String[] BY_BIRTH_RATES = {NATIVE_BORN_RATE, EU_BORN_RATE, NON_EU_BORN_RATE};

  /** The table as built from one total-rate source alone: same columns, its own title and notes. */
  static TableInfo totalOnlyInfo(String source) {
    String table = source.substring(source.indexOf(':') + 1);
    return new TableInfo(
        INFO.name(),
        "Werkloosheid in de EU, totaal (Eurostat " + table + ")",
        INFO.unit(),
        List.of(
            "Alleen Eurostat "
                + table
                + " (geharmoniseerde werkloosheid, 15-74 jaar, zoals Eurostat die publiceert):"
                + " lfsa_urgacob ontbreekt, dus geen uitsplitsing naar geboorteland en geen"
                + " verschil; die kolommen blijven leeg. Niet gemengd met een andere bron.",
            "Rang op totaal: 1 = laagste werkloosheid.",
            RANKING),
        COLUMNS);
  }

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Werkloosheid in de EU",
          Sheet.of(
              Block.latest(
                      List.of(
                          COUNTRY,
                          GAP_PP,
                          NON_EU_BORN_RATE,
                          NATIVE_BORN_RATE,
                          EU_BORN_RATE,
                          TOTAL_RATE,
                          GAP_RANK,
                          TOTAL_RANK))
                  .ranked(GAP_RANK, 0)
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

  /** Countries and the EU and euro-area aggregates by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(COUNTRY, CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()));
  }

  /** From lfsa_urgacob where present, else from the first total-rate source alone. */
  @Override
  public ChapterTable buildFrom(LabourInputs inputs) {
    ChapterInputs all = inputs.all();
    Dataset<Row> countries = Countries.countries(all.observations().sparkSession());
    Optional<ChapterInputs.Source> byBirth = BY_BIRTH.first(all);
    if (byBirth.isPresent()) {
      return ChapterTable.built(
          INFO, build(byBirth.get().rows(), countries), List.of(byBirth.get().name()));
    }
    Optional<ChapterInputs.Source> total = TOTAL_ONLY.first(all);
    if (total.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    return ChapterTable.built(
        totalOnlyInfo(total.get().name()),
        buildFromTotals(total.get().rows(), countries),
        List.of(total.get().name()));
  }

  /**
   * From lfsa_urgacob observations (unit {@code PC}; annual, both sexes, 15-74), the total rate
   * included (c_birth {@code TOTAL}).
   *
   * @param countries {@link Countries#countries} ({@code geo, eu27 …})
   */
  public static Dataset<Row> build(Dataset<Row> byBirth, Dataset<Row> countries) {
    List<Column> figures = new ArrayList<>();
    BIRTH.forEach(
        (name, code) -> {
          Column mine = dim("c_birth").equalTo(code);
          figures.add(first(when(mine, col("value")), true).as(name));
          figures.add(first(when(mine, col("status")), true).as(statusColumn(name)));
        });
    Dataset<Row> wide =
        whole(byBirth, "PC")
            .groupBy(Selection.year().as(YEAR), col("region").as(COUNTRY), col(SOURCE))
            .agg(figures.get(0), figures.subList(1, figures.size()).toArray(Column[]::new));
    return EuRanking.ranked(withGap(wide), countries);
  }

  /**
   * From total rates alone (tps00203 or une_rt_a, unit {@code PC_ACT}; annual, both sexes, 15-74):
   * the rates by country of birth and the gap are absent from such a table, so missing.
   */
  public static Dataset<Row> buildFromTotals(Dataset<Row> totals, Dataset<Row> countries) {
    Dataset<Row> rows =
        whole(totals, "PC_ACT")
            .select(
                Selection.year().as(YEAR),
                col("region").as(COUNTRY),
                col(SOURCE),
                col("value").as(TOTAL_RATE),
                col("status").as(statusColumn(TOTAL_RATE)));
    for (String rate : BY_BIRTH_RATES) {
      rows =
          rows.withColumn(rate, lit(null).cast("double"))
              .withColumn(statusColumn(rate), lit(Status.NOT_AVAILABLE.code()));
    }
    return EuRanking.ranked(withGap(rows), countries);
  }

  private static Dataset<Row> whole(Dataset<Row> rows, String unit) {
    return rows.where(
        Selection.annual()
            .and(col("measure").equalTo(unit))
            .and(dim("sex").equalTo("T"))
            .and(dim("age").equalTo("Y15-74")));
  }

  /** The gap between the published non-EU-born and native-born rates, and every figure's status. */
  private static Dataset<Row> withGap(Dataset<Row> rows) {
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
}
