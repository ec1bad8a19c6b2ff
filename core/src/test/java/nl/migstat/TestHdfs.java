package nl.migstat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.files.Stores;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * One HDFS for the test JVM's cluster tests (Hadoop's MiniDFSCluster: a namenode and a datanode on
 * 127.0.0.1, data under {@code target/}), started on first use and stopped when the JVM ends.
 */
public final class TestHdfs {
  private static MiniDFSCluster cluster;

  private TestHdfs() {}

  /** A fresh folder on the test HDFS, as a path the project's code takes. */
  public static synchronized Path folder(String name) {
    if (cluster == null) {
      cluster = start();
      MiniDFSCluster started = cluster;
      Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
    }
    Path dir = Stores.of(URI.create("hdfs://127.0.0.1:" + cluster.getNameNodePort() + "/" + name));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static MiniDFSCluster start() {
    try {
      Path base = Files.createTempDirectory(Path.of("core/target").toAbsolutePath(), "hdfs-");
      Configuration conf = new Configuration();
      conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
      MiniDFSCluster c = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
      c.waitActive();
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("HDFS did not start", e);
    }
  }
}
