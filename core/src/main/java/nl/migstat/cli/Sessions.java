package nl.migstat.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a run: local mode unless {@code spark-submit} (or the caller) set a
 * master, UI off, few shuffle partitions, UTC.
 */
public final class Sessions {
  private Sessions() {}

  /** Gets or creates the session. */
  public static SparkSession get() {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("migstat");
    if (!conf.contains("spark.master")) {
      // One local executor: locality means nothing, and Spark's local scheduler offers a task
      // whose input prefers another host (an HDFS datanode at 127.0.0.1) only when another
      // task ends, so with the default wait a query on HDFS can stall for good.
      builder
          .master("local[*]")
          .config("spark.locality.wait", conf.get("spark.locality.wait", "0"));
    }
    return builder
        .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
        .config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", "4"))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
  }
}
