package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 1: immigration, emigration, net migration and net migration per 1,000 inhabitants. */
public final class MigrationBalance implements ReportTable<ChapterInputs> {
  static final String IMMIGRATION = "immigration";
  static final String EMIGRATION = "emigration";
  static final String NET_MIGRATION = "net_migration";
  static final String NET_MIGRATION_PER_1000 = "net_migration_per_1000";

  /**
   * CBS Bevolking; kerncijfers (annual since 1899) and its monthly successor, most precise first.
   */
  static final Sources CBS = Sources.anyOf("cbs:85451NED", "cbs:85524NED");

  private static final String EU_IMMIGRATION = "eurostat:tps00176";
  private static final String EU_EMIGRATION = "eurostat:tps00177";
  private static final String EU_POPULATION = "eurostat:tps00001";

  /** Eurostat immigration, emigration and population on 1 January, all three needed. */
  static final Sources EUROSTAT = Sources.allOf(EU_IMMIGRATION, EU_EMIGRATION, EU_POPULATION);

  static final Sources SOURCES = CBS.or(EUROSTAT);

  public static final TableInfo INFO =
      new TableInfo(
          "migration_balance",
          "Immigratie, emigratie en migratiesaldo",
          "aantal personen; saldo per 1 000 inwoners",
          List.of(
              "Emigratie inclusief administratieve correcties, zoals CBS die publiceert.",
              "Migratiesaldo = immigratie − emigratie. Per 1 000 inwoners: ten opzichte van de"
                  + " bevolking op 1 januari van hetzelfde jaar."),
          List.of(
              integer(YEAR, "Jaar"),
              figure(IMMIGRATION, "Immigratie", 0),
              figure(EMIGRATION, "Emigratie", 0),
              figure(NET_MIGRATION, "Migratiesaldo", 0),
              figure(POPULATION, "Bevolking op 1 januari", 0),
              figure(NET_MIGRATION_PER_1000, "Migratiesaldo per 1 000 inwoners", 1)));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /**
   * From CBS kerncijfers (immigration, emigration incl. administrative corrections, population on 1
   * January), else from Eurostat tps00176, tps00177 and tps00001 for NL.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> cbs = CBS.first(inputs);
    if (cbs.isPresent()) {
      Dataset<Row> rows = cbs.get().rows();
      return ChapterTable.built(
          INFO,
          build(
              Series.national(rows, Selection.measureIs("Immigratie")),
              Series.national(rows, Selection.measureIs("EmigratieInclusiefAdministratieveC")),
              Series.national(rows, Selection.measureIs("BevolkingOp1Januari"))),
          List.of(cbs.get().name()));
    }
    if (!EUROSTAT.presentIn(inputs)) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    return ChapterTable.built(
        INFO,
        build(
            Series.national(inputs.first(EU_IMMIGRATION).orElseThrow().rows(), Selection.any()),
            Series.national(inputs.first(EU_EMIGRATION).orElseThrow().rows(), Selection.any()),
            Series.national(
                inputs.first(EU_POPULATION).orElseThrow().rows(), Selection.measureIs("JAN"))),
        EUROSTAT.present(inputs));
  }

  /**
   * Joins the three yearly series ({@code year, value, status}) and derives the balance; a year
   * missing from one series gets a missing figure, not a smaller one.
   */
  public static Dataset<Row> build(
      Dataset<Row> immigration, Dataset<Row> emigration, Dataset<Row> population) {
    Dataset<Row> flows =
        Series.named(immigration, IMMIGRATION)
            .join(Series.named(emigration, EMIGRATION), new String[] {YEAR}, "full_outer");
    Dataset<Row> all =
        flows.join(Series.named(population, POPULATION), new String[] {YEAR}, "left");
    Column net = col(IMMIGRATION).minus(col(EMIGRATION));
    return all.withColumn(NET_MIGRATION, net)
        .withColumn(
            statusColumn(NET_MIGRATION),
            Figures.statusOf(net, col(statusColumn(IMMIGRATION)), col(statusColumn(EMIGRATION))))
        .withColumn(
            NET_MIGRATION_PER_1000,
            Figures.ratio(col(NET_MIGRATION).multiply(lit(1000)), col(POPULATION)))
        .withColumn(
            statusColumn(NET_MIGRATION_PER_1000),
            Figures.statusOf(
                col(NET_MIGRATION_PER_1000),
                col(statusColumn(NET_MIGRATION)),
                col(statusColumn(POPULATION))))
        .withColumn(
            statusColumn(IMMIGRATION),
            Figures.statusOf(col(IMMIGRATION), col(statusColumn(IMMIGRATION))))
        .withColumn(
            statusColumn(EMIGRATION),
            Figures.statusOf(col(EMIGRATION), col(statusColumn(EMIGRATION))))
        .withColumn(
            statusColumn(POPULATION),
            Figures.statusOf(col(POPULATION), col(statusColumn(POPULATION))))
        .orderBy(YEAR);
  }
}
