package nl.migstat.model;

import nl.migstat.job.Job;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A fixture that breaks the layers on purpose, for {@code LayerBreachesTest}: the model using the
 * job package above it, and Spark. Production code never refers to it.
 */
final class ModelLayerBreach {
  private ModelLayerBreach() {}

  static String jobName(Job job) {
    return job.name();
  }

  static long rows(Dataset<Row> rows) {
    return rows.count();
  }
}
