package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job runs on a cluster: a Spark standalone master and two one-core workers on 127.0.0.1,
 * started from the Spark jars of the test classpath, run the small job through {@code
 * nl.migstat.cli.Main run} with {@code -Dspark.master=spark://…}, and its Parquet tables equal a
 * local run's. Workers get an empty {@code SPARK_HOME/jars} and {@code SPARK_SCALA_VERSION} (the
 * executor launcher needs both) and the executors the test classpath as {@code
 * spark.executor.extraClassPath}. Skipped, with the reason, when the cluster does not come up in
 * {@code migstat.clusterStartSeconds} (180); exclude it with {@code -DexcludedGroups=cluster}.
 */
@Tag("cluster")
class ClusterRunTest {
  private static final long START_SECONDS = Long.getLong("migstat.clusterStartSeconds", 180);
  private static final long RUN_SECONDS = Long.getLong("migstat.clusterRunSeconds", 900);
  private static final int WORKERS = 2;

  @TempDir Path tmp;
  private final BuildLog report = new BuildLog(ClusterRunTest.class);
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopCluster() throws InterruptedException {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly); // executors the workers launched
      p.destroyForcibly();
    }
    for (Process p : processes) {
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void theSmallJobOnAStandaloneClusterPublishesTheSameTablesAsALocalRun() throws Exception {
    long t0 = System.nanoTime();
    String master = startCluster();
    report.printf("cluster: %s with %d workers up after %.1f s", master, WORKERS, secondsSince(t0));

    Path local = runLocally();
    long t1 = System.nanoTime();
    SmallJob.write(tmp, "cluster");
    Path log = tmp.resolve("cluster-run.log");
    Process run =
        start(
            List.of(
                "-Xmx1g",
                "-Dspark.master=" + master,
                "-Dspark.driver.host=127.0.0.1",
                "-Dspark.driver.bindAddress=127.0.0.1",
                "-Dspark.executor.memory=512m",
                "-Dspark.cores.max=" + WORKERS,
                "-Dspark.executor.extraClassPath=" + ChildJvm.classPath()),
            "nl.migstat.cli.Main",
            List.of("run", "jobs/cluster", "--force"),
            log);
    boolean ended = run.waitFor(RUN_SECONDS, TimeUnit.SECONDS);
    assertThat(ended)
        .as("cluster run ends within %d s:\n%s", RUN_SECONDS, ChildJvm.tail(log, 4000))
        .isTrue();
    assertThat(run.exitValue()).as("cluster run exits 0:\n%s", ChildJvm.tail(log, 4000)).isZero();
    report.printf("cluster: job run through %s in %.1f s", master, secondsSince(t1));

    assertThat(executorsLaunched())
        .as("the work ran in executors the workers launched")
        .isGreaterThanOrEqualTo(1);
    Path onCluster = tmp.resolve("out/cluster").toRealPath();
    SortedMap<String, String> expected = RunDigest.tables(TestSpark.session(), local);
    assertThat(expected)
        .containsKeys(
            "migration_balance", "first_permits_by_reason", "observations", "codes", "rejects");
    assertThat(RunDigest.tables(TestSpark.session(), onCluster))
        .as("schema and sorted rows of every table")
        .isEqualTo(expected);
  }

  /** The same job in this JVM's local session, into {@code out/local}. */
  private Path runLocally() throws IOException {
    Path file = SmallJob.write(tmp, "local");
    Job job = new JobFileParser(Chapters.all().names(), Chapters.all().tableNames()).parse(file);
    Progress progress =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return new JobRunner(Chapters.all(), RunSettings.defaults(job, progress))
        .run(job, TestSpark.session(), null, true)
        .runDir()
        .toRealPath();
  }

  /** Starts the master and the workers; returns the master URL once every worker is alive. */
  private String startCluster() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("spark-home/jars"));
    int port = freePort();
    int ui = freePort();
    start(
        List.of("-Xmx512m"),
        "org.apache.spark.deploy.master.Master",
        List.of(
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(port),
            "--webui-port",
            String.valueOf(ui)),
        tmp.resolve("master.log"));
    String master = "spark://127.0.0.1:" + port;
    for (int i = 1; i <= WORKERS; i++) {
      Path work = Files.createDirectories(tmp.resolve("work" + i));
      start(
          List.of("-Xmx512m"),
          "org.apache.spark.deploy.worker.Worker",
          List.of(
              master,
              "--host",
              "127.0.0.1",
              "--cores",
              "1",
              "--memory",
              "1g",
              "--webui-port",
              String.valueOf(freePort()),
              "--work-dir",
              work.toString()),
          tmp.resolve("worker" + i + ".log"),
          "SPARK_HOME",
          home.getParent().toString());
    }
    int alive = awaitWorkers(ui);
    Assumptions.assumeTrue(
        alive == WORKERS,
        () ->
            "a standalone cluster on 127.0.0.1 did not come"
                + " up in "
                + START_SECONDS
                + " s ("
                + alive
                + " of "
                + WORKERS
                + " workers alive): "
                + ChildJvm.tail(tmp.resolve("master.log"), 1000)
                + ChildJvm.tail(tmp.resolve("worker1.log"), 1000));
    return master;
  }

  /** Polls the master's JSON status page until every worker is alive or time is up. */
  private int awaitWorkers(int ui) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest status =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Pattern aliveWorkers = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    int alive = 0;
    while (System.nanoTime() < deadline
        && alive < WORKERS
        && processes.stream().allMatch(Process::isAlive)) {
      try {
        Matcher m =
            aliveWorkers.matcher(
                http.send(status, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body());
        alive = m.find() ? Integer.parseInt(m.group(1)) : 0;
      } catch (IOException e) {
        alive = 0; // not listening yet
      }
      Thread.sleep(1000);
    }
    return alive;
  }

  /** Executor folders ({@code work<i>/app-…/<n>/}) the workers created for the run. */
  private long executorsLaunched() throws IOException {
    long n = 0;
    for (int i = 1; i <= WORKERS; i++) {
      try (Stream<Path> s = Files.walk(tmp.resolve("work" + i), 2)) {
        n +=
            s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d+"))
                .count();
      }
    }
    return n;
  }

  private Process start(
      List<String> jvmOptions, String main, List<String> args, Path log, String... env)
      throws IOException {
    ProcessBuilder pb = ChildJvm.builder(jvmOptions, main, args, tmp, log);
    for (int i = 0; i + 1 < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
