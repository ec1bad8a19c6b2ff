package nl.migstat.files.hadoop;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop configuration that paths on a cluster's storage are opened with: Hadoop's own
 * (core-site.xml and hdfs-site.xml on the class path or in {@code HADOOP_CONF_DIR}, which {@code
 * spark-submit} adds) plus every {@code spark.hadoop.*} system property, as Spark itself builds it;
 * once a Spark session exists, the session's (set by {@link #use}).
 */
public final class HadoopConf {
  private static final String SPARK_PREFIX = "spark.hadoop.";
  private static volatile Configuration current;

  private HadoopConf() {}

  /** The configuration in force. */
  public static Configuration get() {
    Configuration c = current;
    if (c == null) {
      synchronized (HadoopConf.class) {
        if (current == null) {
          current = fromSystemProperties();
        }
        c = current;
      }
    }
    return c;
  }

  /**
   * Uses {@code conf} from now on: the Spark session's Hadoop configuration on the driver, the one
   * shipped with a task on an executor.
   */
  public static void use(Configuration conf) {
    current = conf;
  }

  private static Configuration fromSystemProperties() {
    Configuration c = new Configuration();
    for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
      String key = String.valueOf(e.getKey());
      if (key.startsWith(SPARK_PREFIX)) {
        c.set(key.substring(SPARK_PREFIX.length()), String.valueOf(e.getValue()));
      }
    }
    return c;
  }
}
