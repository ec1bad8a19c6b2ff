package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import nl.migstat.TestSpark;
import nl.migstat.explore.Explore;
import nl.migstat.files.RunPointer;
import nl.migstat.files.Stores;
import nl.migstat.files.hadoop.HadoopConf;
import org.apache.hadoop.conf.Configuration;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample job with its inputs and output on S3 (S3Proxy in this JVM on 127.0.0.1, an in-memory
 * store, reached through Hadoop's S3A with its standard {@code fs.s3a.*} settings): every input
 * read by an executor task, the run written in place and published by the {@code _published}
 * pointer, the result equal to a local run's by content; a run killed in the middle leaves the
 * published run in place and readable.
 */
@Tag("cluster")
class SampleJobS3Test {
  private static final String BUCKET = "migstat";
  @TempDir static Path tmp;
  private static BlobStoreContext blobs;
  private static S3Proxy s3;
  private static Map<String, String> settings;

  @BeforeAll
  static void startS3() throws Exception {
    blobs =
        ContextBuilder.newBuilder("transient")
            .credentials("migstat", "migstat-secret")
            .build(BlobStoreContext.class);
    s3 =
        S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "migstat", "migstat-secret")
            .build();
    s3.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!"STARTED".equals(s3.getState()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    blobs.getBlobStore().createContainerInLocation(null, BUCKET);
    settings = new LinkedHashMap<>();
    settings.put("fs.s3a.endpoint", "http://127.0.0.1:" + s3.getPort());
    settings.put("fs.s3a.endpoint.region", "us-east-1");
    settings.put("fs.s3a.path.style.access", "true");
    settings.put("fs.s3a.connection.ssl.enabled", "false");
    settings.put(
        "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    settings.put("fs.s3a.access.key", "migstat");
    settings.put("fs.s3a.secret.key", "migstat-secret");
    settings.put("fs.s3a.change.detection.mode", "none");
    Configuration conf = TestSpark.session().sparkContext().hadoopConfiguration();
    settings.forEach(conf::set);
    HadoopConf.use(conf);
  }

  @AfterAll
  static void stopS3() throws Exception {
    if (s3 != null) {
      s3.stop();
    }
    if (blobs != null) {
      blobs.close();
    }
  }

  @Test
  void theSampleJobOnS3EqualsALocalRunAndSurvivesAKill() throws Exception {
    HadoopConf.use(TestSpark.session().sparkContext().hadoopConfiguration());
    Path root = Stores.of(URI.create("s3a://" + BUCKET + "/migstat"));
    Path output = root.resolve("out/samples");
    Path job = StoreRuns.sampleJob(tmp.resolve("jobs-s3"), "samples", root.resolve("raw"), output);

    Path run = StoreRuns.run(job);
    SortedMap<String, String> local = StoreRuns.content(StoreRuns.localReference());

    assertThat(run.toUri().getScheme()).isEqualTo("s3a");
    assertThat(StoreRuns.published(output)).isEqualTo(run.getFileName().toString());
    assertThat(local)
        .containsKeys("observations", "codes", "rejects", "migration_balance", "manifest.json");
    assertThat(StoreRuns.differences(StoreRuns.content(run), local))
        .as("tables, workbook or manifest that differ from the local run's")
        .isEmpty();
    assertThat(Explore.open(output).table("migration_balance").rowCount())
        .as("Explore follows the pointer")
        .isEqualTo(Explore.open(StoreRuns.localReference()).table("migration_balance").rowCount());

    Path runs = RunPointer.runsOf(output);
    List<String> child = new ArrayList<>();
    settings.forEach((k, v) -> child.add("-Dspark.hadoop." + k + "=" + v));
    assertThat(StoreRuns.killMidRun(tmp, job, runs, child)).isTrue();
    assertThat(StoreRuns.published(output))
        .as("the published run is still the one before the kill")
        .isEqualTo(run.getFileName().toString());
    assertThat(Files.list(runs).filter(p -> !Files.exists(p.resolve("manifest.json"))))
        .as("the killed run is left without its manifest, so it is never taken as complete")
        .isNotEmpty();
    assertThat(StoreRuns.differences(StoreRuns.content(Explore.open(output).folder()), local))
        .isEmpty();
  }
}
