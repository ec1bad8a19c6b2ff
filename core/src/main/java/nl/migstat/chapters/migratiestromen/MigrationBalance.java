package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
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
              integer("year", "Jaar"),
              figure("immigration", "Immigratie", 0),
              figure("emigration", "Emigratie", 0),
              figure("net_migration", "Migratiesaldo", 0),
              figure("population", "Bevolking op 1 januari", 0),
              figure("net_migration_per_1000", "Migratiesaldo per 1 000 inwoners", 1)));

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
        Series.named(immigration, "immigration")
            .join(Series.named(emigration, "emigration"), new String[] {"year"}, "full_outer");
    Dataset<Row> all =
        flows.join(Series.named(population, "population"), new String[] {"year"}, "left");
    Column net = col("immigration").minus(col("emigration"));
    return all.withColumn("net_migration", net)
        .withColumn(
            "net_migration_status",
            Figures.statusOf(net, col("immigration_status"), col("emigration_status")))
        .withColumn(
            "net_migration_per_1000",
            Figures.ratio(col("net_migration").multiply(lit(1000)), col("population")))
        .withColumn(
            "net_migration_per_1000_status",
            Figures.statusOf(
                col("net_migration_per_1000"),
                col("net_migration_status"),
                col("population_status")))
        .withColumn(
            "immigration_status", Figures.statusOf(col("immigration"), col("immigration_status")))
        .withColumn(
            "emigration_status", Figures.statusOf(col("emigration"), col("emigration_status")))
        .withColumn(
            "population_status", Figures.statusOf(col("population"), col("population_status")))
        .orderBy("year");
  }
}
