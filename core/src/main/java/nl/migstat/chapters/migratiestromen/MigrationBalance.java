package nl.migstat.chapters.migratiestromen;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Series;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 1: immigration, emigration, net migration and net migration per 1,000 inhabitants. */
public final class MigrationBalance {
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

  private MigrationBalance() {}

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
