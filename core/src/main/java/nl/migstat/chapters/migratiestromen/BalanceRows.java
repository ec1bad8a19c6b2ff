package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.AVERAGE_POPULATION;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.EMIGRATION;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.IMMIGRATION;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.NET_MIGRATION;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.NET_MIGRATION_PER_1000;
import static nl.migstat.chapters.migratiestromen.MigrationBalance.POPULATION_NEXT;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Series;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows of {@link MigrationBalance}: the flows, the published net migration (else immigration −
 * emigration), the average population and the balance per 1,000 of it.
 */
final class BalanceRows {
  private static final String PUBLISHED_NET = "published_net";

  private BalanceRows() {}

  static Dataset<Row> build(
      MigrationBalance.Flows flows, MigrationBalance.Population population, String source) {
    Dataset<Row> all =
        Series.named(flows.immigration(), IMMIGRATION)
            .join(Series.named(flows.emigration(), EMIGRATION), new String[] {YEAR}, "full_outer")
            .join(Series.named(flows.net(), PUBLISHED_NET), new String[] {YEAR}, "left")
            .join(Series.named(population.january(), POPULATION), new String[] {YEAR}, "left")
            .join(nextJanuary(population), new String[] {YEAR}, "left");
    return withRate(withNet(all))
        .withColumn(
            statusColumn(IMMIGRATION),
            Figures.statusOf(col(IMMIGRATION), col(statusColumn(IMMIGRATION))))
        .withColumn(
            statusColumn(EMIGRATION),
            Figures.statusOf(col(EMIGRATION), col(statusColumn(EMIGRATION))))
        .withColumn(
            statusColumn(POPULATION),
            Figures.statusOf(col(POPULATION), col(statusColumn(POPULATION))))
        .withColumn(
            statusColumn(POPULATION_NEXT),
            Figures.statusOf(col(POPULATION_NEXT), col(statusColumn(POPULATION_NEXT))))
        .withColumn(SOURCE, lit(source))
        .orderBy(YEAR);
  }

  /**
   * The population on 1 January of the next year: that year's 1 January figure, else the end of
   * this year where the source publishes it (37943ned's "bevolking aan eind van gekozen periode" is
   * the same quantity, and comes before the next year's figure). Neither: missing.
   */
  private static Dataset<Row> nextJanuary(MigrationBalance.Population population) {
    Dataset<Row> next =
        population
            .january()
            .select(
                col(YEAR).minus(1).as(YEAR),
                col("value").as("january"),
                col("status").as("january_status"));
    Dataset<Row> end =
        population
            .endOfYear()
            .select(col(YEAR), col("value").as("end"), col("status").as("end_status"));
    Column fromJanuary = col("january").isNotNull();
    return next.join(end, new String[] {YEAR}, "full_outer")
        .select(
            col(YEAR),
            when(fromJanuary, col("january")).otherwise(col("end")).as(POPULATION_NEXT),
            when(fromJanuary, col("january_status"))
                .otherwise(col("end_status"))
                .as(statusColumn(POPULATION_NEXT)));
  }

  /** The published net migration where the source has it (it wins), else the difference. */
  private static Dataset<Row> withNet(Dataset<Row> all) {
    Column difference = col(IMMIGRATION).minus(col(EMIGRATION));
    Column published = col(PUBLISHED_NET).isNotNull();
    return all.withColumn(NET_MIGRATION, when(published, col(PUBLISHED_NET)).otherwise(difference))
        .withColumn(
            statusColumn(NET_MIGRATION),
            when(published, col(statusColumn(PUBLISHED_NET)))
                .otherwise(
                    Figures.statusOf(
                        difference, col(statusColumn(IMMIGRATION)), col(statusColumn(EMIGRATION)))))
        .drop(PUBLISHED_NET, statusColumn(PUBLISHED_NET));
  }

  /** Net migration per 1,000 of the mean of this and next year's 1 January population. */
  private static Dataset<Row> withRate(Dataset<Row> all) {
    Column average = col(POPULATION).plus(col(POPULATION_NEXT)).divide(lit(2));
    return all.withColumn(AVERAGE_POPULATION, average)
        .withColumn(
            statusColumn(AVERAGE_POPULATION),
            Figures.statusOf(
                average, col(statusColumn(POPULATION)), col(statusColumn(POPULATION_NEXT))))
        .withColumn(
            NET_MIGRATION_PER_1000,
            Figures.ratio(col(NET_MIGRATION).multiply(lit(1000)), col(AVERAGE_POPULATION)))
        .withColumn(
            statusColumn(NET_MIGRATION_PER_1000),
            Figures.statusOf(
                col(NET_MIGRATION_PER_1000),
                col(statusColumn(NET_MIGRATION)),
                col(statusColumn(AVERAGE_POPULATION))));
  }
}
