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
      builder.master("local[*]");
    }
    return builder
        .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
        .config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", "4"))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
  }
}
