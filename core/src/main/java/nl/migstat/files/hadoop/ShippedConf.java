package nl.migstat.files.hadoop;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration sent to the executors with a task (Hadoop's {@code
 * Configuration} is {@code Writable}, not {@code Serializable}), so they reach the same stores with
 * the same credentials settings.
 */
public final class ShippedConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Configuration conf;

  public ShippedConf(Configuration conf) {
    this.conf = conf;
  }

  /** The configuration; on an executor, also put in force ({@link HadoopConf#use}). */
  public Configuration installed() {
    HadoopConf.use(conf);
    return conf;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
