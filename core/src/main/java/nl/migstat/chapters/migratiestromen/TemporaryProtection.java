package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.EuPerCapita.COUNTRIES_RANKED;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.substring;
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
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Beneficiaries of temporary protection (people who fled Ukraine) at the end of each month per EU
 * country and per 1 000 inhabitants, with the Netherlands' stock and rank, and beside it CBS's
 * immigrants with the migration motive "tijdelijke bescherming".
 */
public final class TemporaryProtection implements ReportTable<ChapterInputs> {
  static final String MONTH = "month";
  static final String PERIOD = "period";
  static final String YEAR_END = "year_end";
  static final String BENEFICIARIES = "beneficiaries";
  static final String UKRAINIANS = "ukrainians";
  static final String BENEFICIARIES_PER_1000 = "beneficiaries_per_1000";
  static final String CBS_IMMIGRANTS = "cbs_immigrants";

  /** Eurostat's monthly stocks of beneficiaries of temporary protection. */
  static final Sources STOCKS = Sources.anyOf("eurostat:migr_asytpsm");

  static final Sources SOURCES = STOCKS.with(EuPerCapita.POPULATION_SOURCES);

  /** CBS 84809NED: read where present, for the column beside the Netherlands' stock. */
  static final String CBS = "cbs:84809NED";

  /** 84809NED's motive "tijdelijke bescherming" ({@code codelists/migration-motives.csv}). */
  private static final String CBS_MOTIVE = "A052135";

  /** 84809NED's Verblijfsduur "1 jaar", its one category (ImmigrationByMotive.ONE_YEAR). */
  private static final String CBS_DURATION = "Verblijfsduur";

  private static final String CITIZEN = CitizenGroups.CITIZEN;

  private static final List<String> DUTCH_MONTHS =
      List.of(
          "januari",
          "februari",
          "maart",
          "april",
          "mei",
          "juni",
          "juli",
          "augustus",
          "september",
          "oktober",
          "november",
          "december");

  public static final TableInfo INFO =
      new TableInfo(
          "temporary_protection",
          "Tijdelijke bescherming in de EU (ontheemden uit Oekraïne), eind van de maand",
          "aantal personen; per 1 000 inwoners op 1 januari",
          List.of(
              "Personen met tijdelijke bescherming aan het eind van de maand (Eurostat"
                  + " migr_asytpsm), alle nationaliteiten; de kolom 'Oekraïners' telt alleen die"
                  + " met de Oekraïense nationaliteit (citizen UA). Eurostat rondt af op 5.",
              "Per 1 000 inwoners: ten opzichte van de bevolking op 1 januari van het jaar van de"
                  + " maand (Eurostat demo_pjan, anders tps00001); zonder die bevolking ontbreekt"
                  + " het cijfer.",
              "Rang binnen de EU-27 per maand (1 = hoogste), met het aantal gerangschikte"
                  + " lidstaten; aggregaten (EU-27), landen buiten de EU en landen zonder cijfer"
                  + " hebben geen rang.",
              "Eind van het jaar: december, voor het laatste jaar de laatste maand met cijfers"
                  + " (kolom 'Periode', zoals 'februari 2024'); het werkblad vergelijkt die maanden.",
              "Immigranten met migratiemotief tijdelijke bescherming in het jaar (CBS 84809NED,"
                  + " immigranten van buiten de EU/EFTA, afgerond op 5): een instroom, geen stand;"
                  + " alleen bij Nederland, in de maand die het jaar afsluit."),
          List.of(
              integer(YEAR, "Jaar"),
              integer(MONTH, "Maand"),
              text(PERIOD, "Periode"),
              flag(YEAR_END, "Eind van het jaar"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(COUNTRY_CODE, "Land"),
              label(COUNTRY_CODE, "Land (naam)"),
              figure(BENEFICIARIES, "Met tijdelijke bescherming", 0),
              figure(UKRAINIANS, "Oekraïners", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(BENEFICIARIES_PER_1000, "Per 1 000 inwoners", 1),
              integer(RANK, "Rang in EU-27"),
              integer(COUNTRIES_RANKED, "Gerangschikte lidstaten"),
              flag(IS_NETHERLANDS, "Nederland"),
              figure(CBS_IMMIGRANTS, "Immigranten met motief tijdelijke bescherming (CBS)", 0)));

  private static final String YES = "ja";

  /**
   * How the workbook shows the table: the members by rank at the end of each year, the aggregates,
   * the Netherlands' year ends beside CBS's immigrants, and its months (the long form stays in
   * Parquet).
   */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Tijdelijke bescherming",
          Sheet.of(
              Block.comparison(
                      List.of(COUNTRY_CODE),
                      Figure.rate(BENEFICIARIES_PER_1000),
                      Figure.count(BENEFICIARIES))
                  .where(YEAR_END, YES)
                  .ranked(RANK, 27)
                  .chart(Chart.BARS),
              Block.comparison(
                      List.of(COUNTRY_CODE),
                      Figure.rate(BENEFICIARIES_PER_1000),
                      Figure.count(BENEFICIARIES))
                  .where(YEAR_END, YES)
                  .where(LEVEL, EuPerCapita.AGGREGATE)),
          Sheet.named(
              "Nederland",
              Block.series(
                      SheetLayout.MEASURE,
                      Figure.count(BENEFICIARIES),
                      Figure.count(UKRAINIANS),
                      Figure.rate(BENEFICIARIES_PER_1000),
                      Figure.count(CBS_IMMIGRANTS))
                  .where(COUNTRY_CODE, "NL")
                  .where(YEAR_END, YES),
              Block.listing().where(COUNTRY_CODE, "NL")));

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

  /** Levels by the project's ids; countries by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return EuPerCapita.levelsAndCountries();
  }

  /** Eurostat's stocks over the population; CBS's motive beside the Netherlands where present. */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> stocks = STOCKS.first(inputs);
    Optional<ChapterInputs.Source> pop = EuPerCapita.POPULATION_SOURCES.first(inputs);
    if (stocks.isEmpty() || pop.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> rows = monthly(stocks.get().rows());
    Dataset<Row> all = Selection.preferred(rows, CITIZEN, "TOTAL", "EXT_EU27_2020");
    Dataset<Row> ukrainians = rows.where(Selection.dim(CITIZEN).equalTo("UA"));
    Optional<ChapterInputs.Source> cbs = inputs.first(CBS);
    Dataset<Row> immigrants =
        cbs.map(c -> cbsImmigrants(c.rows()))
            .orElse(Series.national(rows.limit(0), Selection.any()).drop("source"));
    Dataset<Row> population = Series.country(pop.get().rows(), Selection.any()).drop("source");
    List<String> used = new ArrayList<>(List.of(stocks.get().name(), pop.get().name()));
    cbs.ifPresent(c -> used.add(c.name()));
    return ChapterTable.built(
        INFO,
        build(
            cells(all),
            cells(ukrainians),
            population,
            Countries.countries(inputs.observations().sparkSession()),
            immigrants),
        used);
  }

  /** Monthly persons, every dimension but the citizenship at its total. */
  private static Dataset<Row> monthly(Dataset<Row> rows) {
    return rows.where(
        col("frequency")
            .equalTo("M")
            .and(Selection.measureIs("PER"))
            .and(Selection.totalsExcept(CITIZEN)));
  }

  /** {@code year, month, period, country, value, status} of Eurostat's {@code 2023-12}. */
  private static Dataset<Row> cells(Dataset<Row> rows) {
    return rows.select(
        substring(col("period"), 1, 4).cast("int").as(YEAR),
        substring(col("period"), 6, 2).cast("int").as(MONTH),
        dutchMonth(substring(col("period"), 6, 2).cast("int"), substring(col("period"), 1, 4))
            .as(PERIOD),
        col("region").as("country"),
        col("value"),
        col("status"));
  }

  /** The month as a reader writes it ("december 2023"), not as a code. */
  private static Column dutchMonth(Column month, Column year) {
    Column names = array(DUTCH_MONTHS.stream().map(m -> lit(m)).toArray(Column[]::new));
    return concat_ws(" ", element_at(names, month), year);
  }

  /** CBS 84809NED's immigrants with motive "tijdelijke bescherming" per year. */
  static Dataset<Row> cbsImmigrants(Dataset<Row> rows) {
    return rows.where(
            Selection.annual()
                .and(Selection.dim("Migratiemotief").equalTo(CBS_MOTIVE))
                .and(Selection.totalsExcept("Migratiemotief", CBS_DURATION))
                .and(
                    Selection.dim(CBS_DURATION)
                        .isNull()
                        .or(Selection.dim(CBS_DURATION).equalTo(ImmigrationByMotive.ONE_YEAR))))
        .select(Selection.year().as(YEAR), col("value"), col("status"));
  }

  /**
   * @param all {@code year, month, period, country, value, status}: all beneficiaries
   * @param ukrainians the same for citizens of Ukraine
   * @param population {@code year, country, value, status}: population on 1 January
   * @param countries {@link Countries#countries}
   * @param cbsImmigrants {@code year, value, status}: CBS's immigrants with the motive (may be
   *     empty)
   */
  public static Dataset<Row> build(
      Dataset<Row> all,
      Dataset<Row> ukrainians,
      Dataset<Row> population,
      Dataset<Row> countries,
      Dataset<Row> cbsImmigrants) {
    Dataset<Row> ua =
        ukrainians.select(
            col(YEAR),
            col(MONTH),
            col("country"),
            col("value").as(UKRAINIANS),
            col("status").as(statusColumn(UKRAINIANS)));
    Column closesYear = col(MONTH).equalTo(max(col(MONTH)).over(Window.partitionBy(col(YEAR))));
    Dataset<Row> figures =
        all.join(ua, new String[] {YEAR, MONTH, "country"}, "left")
            .withColumn(
                statusColumn(UKRAINIANS),
                Figures.statusOf(col(UKRAINIANS), col(statusColumn(UKRAINIANS))))
            .withColumn(YEAR_END, closesYear);
    return besideCbs(
        EuPerCapita.build(
            figures,
            population,
            countries,
            new EuPerCapita.Rate(BENEFICIARIES, BENEFICIARIES_PER_1000, 1000),
            List.of(MONTH, PERIOD)),
        cbsImmigrants);
  }

  /**
   * CBS's yearly inflow on the Netherlands' row that closes the year; elsewhere it does not apply
   * (another country, or a month within the year).
   */
  private static Dataset<Row> besideCbs(Dataset<Row> rows, Dataset<Row> cbsImmigrants) {
    Dataset<Row> cbs =
        cbsImmigrants.select(
            col(YEAR), col("value").as("cbs_value"), col("status").as("cbs_status"));
    Column applies = col(IS_NETHERLANDS).and(col(YEAR_END));
    return rows.join(cbs, new String[] {YEAR}, "left")
        .withColumn(CBS_IMMIGRANTS, when(applies, col("cbs_value")))
        .withColumn(
            statusColumn(CBS_IMMIGRANTS),
            when(applies, Figures.statusOf(col("cbs_value"), col("cbs_status")))
                .otherwise(lit(Status.NOT_APPLICABLE.code())))
        .drop("cbs_value", "cbs_status")
        .orderBy(EuPerCapita.order(List.of(MONTH, PERIOD)));
  }
}
