package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
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
 * Table 1: immigration, emigration, net migration and net migration per 1,000 inhabitants of the
 * average population.
 */
public final class MigrationBalance implements ReportTable<ChapterInputs> {
  static final String IMMIGRATION = "immigration";
  static final String EMIGRATION = "emigration";
  static final String NET_MIGRATION = "net_migration";
  static final String POPULATION_NEXT = "population_next";
  static final String AVERAGE_POPULATION = "average_population";
  static final String NET_MIGRATION_PER_1000 = "net_migration_per_1000";

  /**
   * CBS tables with national immigration and emigration including administrative corrections, most
   * preferred first: Immi- en emigratie (85451NED, 85848NED), Bevolking en bevolkingsontwikkeling
   * per maand (37943ned), Bevolking; kerncijfers (37296ned) and 85524NED (vanaf 1899, which
   * publishes in thousands, hence last).
   */
  static final Sources CBS =
      Sources.anyOf("cbs:85451NED", "cbs:85848NED", "cbs:37943ned", "cbs:37296ned", "cbs:85524NED");

  private static final String EU_IMMIGRATION = "eurostat:tps00176";
  private static final String EU_EMIGRATION = "eurostat:tps00177";
  private static final String EU_POPULATION = "eurostat:tps00001";

  /** Eurostat immigration and emigration (NL), both needed. */
  static final Sources EUROSTAT = Sources.allOf(EU_IMMIGRATION, EU_EMIGRATION);

  /**
   * The flows; the population (for the rate only) is read where present, see {@link #buildFrom}.
   */
  static final Sources SOURCES = CBS.or(EUROSTAT);

  /** CBS topic stems: immigration, emigration incl. administrative corrections, net migration. */
  private static final Column CBS_IMMIGRATION = Selection.measureIs("Immigratie");

  private static final Column CBS_EMIGRATION =
      Selection.measureIs("EmigratieInclusiefAdministratieveC");

  /** CBS truncates the key to 34 characters in 85524NED and to 35 in 85451NED. */
  private static final Column CBS_NET =
      Selection.measureIs(
          "MigratiesaldoInclusiefAdministratie", "MigratiesaldoInclusiefAdministrati");

  /**
   * Population on 1 January: {@code BevolkingOp1Januari} (85524NED sample), {@code TotaleBevolking}
   * (37296ned, whose population figures are on 1 January; key as published API uses read it), the
   * annual row's {@code BevolkingAanBeginVanGekozenPeriode} (37943ned; key derived from the topic
   * title "Bevolking aan begin van gekozen periode", not verified).
   */
  private static final Column CBS_POPULATION =
      Selection.measureIs(
          "BevolkingOp1Januari", "TotaleBevolking", "BevolkingAanBeginVanGekozenPeriode");

  /**
   * 37943ned's "Bevolking aan eind van gekozen periode": on the annual row the next 1 January (2017
   * december: 17 181 084, which is 1 January 2018), there before that year's own figure.
   */
  private static final Column CBS_POPULATION_END =
      Selection.measureIs("BevolkingAanEindVanGekozenPeriode");

  public static final TableInfo INFO =
      new TableInfo(
          "migration_balance",
          "Immigratie, emigratie en migratiesaldo",
          "aantal personen; saldo per 1 000 inwoners van de gemiddelde bevolking",
          List.of(
              "De kolom 'Bron' noemt per rij de gebruikte tabellen. Bij een CBS-bron (85451NED,"
                  + " 85848NED, 37943ned, 37296ned of 85524NED): emigratie inclusief administratieve"
                  + " correcties en het migratiesaldo zoals CBS ze publiceert. Bij Eurostat (tps00176,"
                  + " tps00177): immigratie en emigratie zoals Eurostat ze publiceert, het"
                  + " migratiesaldo is immigratie − emigratie.",
              "Per 1 000 inwoners: ten opzichte van de gemiddelde bevolking, het gemiddelde van de"
                  + " bevolking op 1 januari van het jaar en op 1 januari van het jaar erna (of de"
                  + " bevolking aan het eind van het jaar, waar de bron die publiceert). Voor het"
                  + " laatste jaar zonder volgende 1 januari ontbreekt het cijfer.",
              "De bevolking komt uit dezelfde tabel als de migratie waar die haar publiceert"
                  + " (37943ned, 37296ned, 85524NED), anders uit Eurostat tps00001 (Nederland); zonder"
                  + " bevolking ontbreekt het saldo per 1 000 inwoners."),
          List.of(
              integer(YEAR, "Jaar"),
              figure(IMMIGRATION, "Immigratie", 0),
              figure(EMIGRATION, "Emigratie", 0),
              figure(NET_MIGRATION, "Migratiesaldo", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(POPULATION_NEXT, "Bevolking op 1 januari volgend jaar", 0),
              figure(AVERAGE_POPULATION, "Gemiddelde bevolking", 0),
              figure(NET_MIGRATION_PER_1000, "Migratiesaldo per 1 000 inwoners", 1),
              text(SOURCE, "Bron")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Migratiesaldo",
          Sheet.of(
              Block.comparison(
                  List.of(SheetLayout.MEASURE),
                  Figure.count(IMMIGRATION),
                  Figure.count(EMIGRATION),
                  Figure.count(NET_MIGRATION),
                  Figure.rate(NET_MIGRATION_PER_1000))),
          Sheet.named(
              "lange reeks",
              Block.series(
                  SheetLayout.MEASURE,
                  Figure.count(IMMIGRATION),
                  Figure.count(EMIGRATION),
                  Figure.count(NET_MIGRATION))));

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

  /**
   * From the first CBS table with the flows (its own population where it has one, else Eurostat's),
   * else from Eurostat tps00176, tps00177 and tps00001 for NL.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> cbs = CBS.first(inputs);
    if (cbs.isPresent()) {
      return fromCbs(cbs.get(), inputs);
    }
    if (!EUROSTAT.presentIn(inputs)) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> immigration =
        Series.national(inputs.first(EU_IMMIGRATION).orElseThrow().rows(), Selection.any());
    Dataset<Row> emigration =
        Series.national(inputs.first(EU_EMIGRATION).orElseThrow().rows(), Selection.any());
    Flows flows = new Flows(immigration, emigration, immigration.limit(0));
    Optional<ChapterInputs.Source> pop = inputs.first(EU_POPULATION);
    return built(
        flows, eurostatPopulation(pop, immigration), List.of(EU_IMMIGRATION, EU_EMIGRATION), pop);
  }

  private ChapterTable fromCbs(ChapterInputs.Source cbs, ChapterInputs inputs) {
    Dataset<Row> rows = cbs.rows();
    Flows flows =
        new Flows(
            Series.national(rows, CBS_IMMIGRATION),
            Series.national(rows, CBS_EMIGRATION),
            Series.national(rows, CBS_NET));
    Dataset<Row> own = Series.national(rows, CBS_POPULATION);
    if (!own.isEmpty()) {
      // Flows and population of one table share its unit (85524NED publishes both in thousands),
      // so the rate never mixes a count in thousands with one in persons.
      Population population = new Population(own, Series.national(rows, CBS_POPULATION_END));
      return ChapterTable.built(INFO, build(flows, population, cbs.name()), List.of(cbs.name()));
    }
    Optional<ChapterInputs.Source> pop = inputs.first(EU_POPULATION);
    return built(flows, eurostatPopulation(pop, flows.immigration()), List.of(cbs.name()), pop);
  }

  /** The table from flows of {@code flowSources} and, where present, Eurostat's population. */
  private static ChapterTable built(
      Flows flows,
      Population population,
      List<String> flowSources,
      Optional<ChapterInputs.Source> pop) {
    List<String> all = new ArrayList<>(flowSources);
    pop.ifPresent(p -> all.add(p.name()));
    String used =
        String.join(", ", flowSources) + pop.map(p -> "; bevolking: " + p.name()).orElse("");
    return ChapterTable.built(INFO, build(flows, population, used), all);
  }

  /** Eurostat's population on 1 January of NL, or an empty series where it is absent. */
  private static Population eurostatPopulation(
      Optional<ChapterInputs.Source> pop, Dataset<Row> emptyLike) {
    Dataset<Row> none = emptyLike.limit(0);
    if (pop.isEmpty()) {
      return new Population(none, none);
    }
    return new Population(Series.national(pop.get().rows(), Selection.measureIs("JAN")), none);
  }

  /**
   * @param flows the yearly series ({@code year, value, status}) of immigration, emigration and the
   *     published net migration (may be empty: then immigration − emigration)
   * @param population the population on 1 January and at the end of the year (either may be empty)
   * @param source the tables the rows come from, as the {@code Bron} column shows them
   */
  public static Dataset<Row> build(Flows flows, Population population, String source) {
    return BalanceRows.build(flows, population, source);
  }

  /**
   * A source's yearly migration series.
   *
   * @param immigration {@code year, value, status}
   * @param emigration the same for emigration including administrative corrections
   * @param net the published net migration (may be empty)
   */
  public record Flows(Dataset<Row> immigration, Dataset<Row> emigration, Dataset<Row> net) {}

  /**
   * A source's population series.
   *
   * @param january {@code year, value, status}: the population on 1 January of the year
   * @param endOfYear the population at the end of the year (the next 1 January; may be empty)
   */
  public record Population(Dataset<Row> january, Dataset<Row> endOfYear) {}
}
