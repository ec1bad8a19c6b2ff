package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.NaturalisationRows.CODE;
import static nl.migstat.chapters.migratiestromen.NaturalisationRows.NON_NATIONALS;
import static nl.migstat.chapters.migratiestromen.NaturalisationRows.PART;
import static nl.migstat.chapters.migratiestromen.NaturalisationRows.PER_100;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
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

/**
 * Table: acquisitions of Dutch nationality per year by former nationality, and the EU comparison of
 * acquisitions per 100 resident non-nationals with the Netherlands' rank.
 */
public final class Naturalisation implements ReportTable<ChapterInputs> {
  static final String CBS_TOTAL = "cbs:37199ned";
  static final String ACQUISITIONS = "eurostat:migr_acq";
  static final String NON_NATIONAL_POPULATION = "eurostat:migr_pop1ctz";

  /**
   * Eurostat's acquisitions of citizenship by former citizenship and/or CBS's total verkrijging van
   * het Nederlanderschap (Nationaliteitswijziging, 37199ned); the non-nationals (for the rate only)
   * are read where present.
   */
  static final Sources SOURCES = Sources.anyOf(ACQUISITIONS).andOr(Sources.anyOf(CBS_TOTAL));

  public static final TableInfo INFO =
      new TableInfo(
          "naturalisation",
          "Verkrijging van het Nederlanderschap naar vorige nationaliteit; EU-vergelijking",
          "aantal personen; aandeel in %; per 100 inwoners zonder de nationaliteit van het land",
          List.of(
              "Nederland: het totaal zoals CBS het publiceert (37199ned, Totaal verkrijging"
                  + " Nederlanderschap), anders Eurostat migr_acq; de 10 vorige nationaliteiten"
                  + " met de meeste verkrijgingen uit migr_acq (Eurostat ontvangt ze van CBS)."
                  + " Staatloos, onbekend en groepen van landen krijgen geen rang en worden niet"
                  + " getoond; het aandeel is van het totaal.",
              "EU-vergelijking: verkrijgingen (migr_acq, alle vorige nationaliteiten) per 100"
                  + " inwoners zonder de nationaliteit van het land op 1 januari van hetzelfde jaar"
                  + " (migr_pop1ctz, burgerschap FOR), zoals Eurostat het naturalisatiecijfer"
                  + " berekent. Zonder migr_pop1ctz ontbreekt het cijfer.",
              "Rang: alleen EU-lidstaten met een cijfer (1 = hoogste); aggregaten (EU27_2020) en"
                  + " landen buiten de EU worden getoond maar niet gerangschikt."),
          List.of(
              integer(YEAR, "Jaar"),
              text(PART, "Deel"),
              label(PART, "Deel (naam)"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(CODE, "Vorige nationaliteit of land"),
              label(CODE, "Vorige nationaliteit of land (naam)"),
              figure(COUNT, "Verkrijgingen", 0),
              integer(RANK, "Rang"),
              figure(SHARE, "Aandeel (%)", 1),
              figure(NON_NATIONALS, "Inwoners zonder nationaliteit van het land, 1 januari", 0),
              figure(PER_100, "Verkrijgingen per 100 inwoners zonder nationaliteit", 2)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Naturalisatie",
          Sheet.of(
              Block.comparison(List.of(CODE), Figure.count(COUNT), Figure.rate(SHARE))
                  .where(PART, NaturalisationRows.FORMER_NATIONALITY)
                  .ranked(RANK, NaturalisationRows.TOP)
                  .total(LEVEL, NaturalisationRows.TOTAL)
                  .chart(Chart.BARS)),
          Sheet.named(
              "EU-vergelijking",
              Block.comparison(List.of(CODE), Figure.rate(PER_100), Figure.count(COUNT))
                  .where(PART, NaturalisationRows.EU_COMPARISON)
                  .ranked(RANK, 27)
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

  /** Parts and levels by the project's ids; citizenships and countries by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    Map<String, String> codes = new LinkedHashMap<>(DutchLabels.eurostatCitizen());
    codes.putAll(DutchLabels.eurostatGeo());
    codes.putAll(DutchLabels.categories("nationality_row"));
    return Map.of(
        PART,
        CodeList.categories("naturalisation_part"),
        LEVEL,
        CodeList.categories("naturalisation_level"),
        CODE,
        CodeList.of("Eurostat citizen en geo", codes));
  }

  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> acq = inputs.first(ACQUISITIONS);
    Optional<ChapterInputs.Source> cbs = inputs.first(CBS_TOTAL);
    if (acq.isEmpty() && cbs.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    List<String> used = new ArrayList<>();
    cbs.ifPresent(s -> used.add(s.name()));
    acq.ifPresent(s -> used.add(s.name()));
    Dataset<Row> rows = acq.map(a -> eurostatRows(a.rows())).orElse(null);
    Dataset<Row> published =
        cbs.map(
                c ->
                    Series.national(
                        c.rows(), Selection.measureIs("TotaalVerkrijgingNederlanderschap")))
            .orElse(null);
    Dataset<Row> table = netherlands(rows, published);
    if (rows != null) {
      Optional<ChapterInputs.Source> pop = inputs.first(NON_NATIONAL_POPULATION);
      pop.ifPresent(p -> used.add(p.name()));
      Dataset<Row> nonNationals =
          pop.map(p -> nonNationals(p.rows()))
              .orElseGet(
                  () ->
                      rows.select(col(YEAR), col("region").as(CODE), col("value"), col("status"))
                          .limit(0));
      table = table.unionByName(NaturalisationRows.euComparison(countries(rows), nonNationals));
    }
    return ChapterTable.built(INFO, NaturalisationRows.ordered(table), used);
  }

  /**
   * {@code year, region, citizen, value, status}: annual rows, completed age, other dims at total.
   */
  private static Dataset<Row> eurostatRows(Dataset<Row> source) {
    Dataset<Row> rows = source.where(Selection.annual());
    return Selection.preferred(rows, "agedef", "COMPLET", "REACH")
        .unionByName(rows.where(Selection.dim("agedef").isNull()))
        .where(Selection.totalsExcept("citizen", "agedef"))
        .select(
            Selection.year().as(YEAR),
            col("region"),
            Selection.dim("citizen").as("citizen"),
            col("value"),
            col("status"))
        .localCheckpoint();
  }

  /** The Netherlands' part: the published total per year where CBS has it, else Eurostat's. */
  private static Dataset<Row> netherlands(Dataset<Row> rows, Dataset<Row> published) {
    Dataset<Row> nl = rows == null ? null : rows.where(col("region").equalTo("NL"));
    Dataset<Row> eurostat =
        nl == null
            ? null
            : nl.where(col("citizen").equalTo("TOTAL")).select(YEAR, "value", "status");
    Dataset<Row> total;
    if (published == null) {
      total = eurostat;
    } else if (eurostat == null) {
      total = published.select(YEAR, "value", "status");
    } else {
      Dataset<Row> p = published.select(col(YEAR), col("value").as("p"), col("status").as("ps"));
      Column cbsHas = col("p").isNotNull();
      total =
          p.join(eurostat, new String[] {YEAR}, "full_outer")
              .select(
                  col(YEAR),
                  when(cbsHas, col("p")).otherwise(col("value")).as("value"),
                  when(cbsHas, col("ps")).otherwise(col("status")).as("status"));
    }
    Dataset<Row> byFormer =
        nl == null
            ? total.select(col(YEAR), lit("").as(CODE), col("value"), col("status")).limit(0)
            : nl.where(NationalityFlows.singleCountry(col("citizen")))
                .select(col(YEAR), col("citizen").as(CODE), col("value"), col("status"));
    return NaturalisationRows.formerNationality(byFormer, total);
  }

  /** Every reporting country's acquisitions (all former citizenships), with its level. */
  private static Dataset<Row> countries(Dataset<Row> rows) {
    Dataset<Row> members =
        Countries.countries(rows.sparkSession())
            .where(col("eu27"))
            .select(col("geo").as(CODE), lit(true).as("__member"));
    Column level =
        when(col("__member").isNotNull(), lit(NaturalisationRows.EU27))
            // EU27_2020, EA20, EFTA and any code that is no single country: never ranked
            .when(not(NationalityFlows.singleCountry(col(CODE))), lit("aggregate"))
            .otherwise(lit("other"));
    return rows.where(col("citizen").equalTo("TOTAL"))
        .select(col(YEAR), col("region").as(CODE), col("value"), col("status"))
        .join(members, new String[] {CODE}, "left")
        .withColumn(LEVEL, level)
        .drop("__member");
  }

  /** Non-nationals (citizen FOR) on 1 January per country. */
  private static Dataset<Row> nonNationals(Dataset<Row> source) {
    return source
        .where(
            Selection.annual()
                .and(Selection.dim("citizen").equalTo("FOR"))
                .and(Selection.totalsExcept("citizen")))
        .select(Selection.year().as(YEAR), col("region").as(CODE), col("value"), col("status"));
  }
}
