package nl.migstat;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of the test JVM: two cores, UI off, two shuffle partitions, UTC. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("migstat-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.warehouse.dir", "target/spark-warehouse")
              // As cli.Sessions for local runs: no waiting for an HDFS datanode's host.
              .config("spark.locality.wait", "0")
              .getOrCreate();
    }
    return session;
  }
}
