package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import nl.migstat.export.RunManifest;
import nl.migstat.files.Checksums;
import nl.migstat.files.RunPointer;
import nl.migstat.files.hadoop.HadoopConf;

/**
 * The sample job ({@code jobs/samples.yaml}) with its inputs and output on a store (HDFS, S3 or a
 * local folder): the inputs copied there, the job file written with {@code raw_dir} and {@code
 * output_dir} pointing there, runs in this JVM or in a child JVM that a test kills, and a run's
 * content as digests to compare across stores.
 */
final class StoreRuns {
  private static final Path SAMPLES_JOB = Path.of("jobs/samples.yaml");
  private static Path localReference;

  private StoreRuns() {}

  /**
   * Copies the sample job's inputs to {@code raw} and writes the job file into {@code jobs} with
   * its folders at {@code raw} and {@code output}.
   */
  static Path sampleJob(Path jobs, String name, Path raw, Path output) throws IOException {
    Path samples = Path.of("data-samples").toAbsolutePath();
    try (Stream<Path> walk = Files.walk(samples)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = raw.resolve(samples.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    String text =
        Files.readString(SAMPLES_JOB, StandardCharsets.UTF_8)
            .replace("name: samples", "name: " + name)
            .replace("raw_dir: ../data-samples", "raw_dir: " + raw.toUri())
            .replace("output_dir: ../out/samples", "output_dir: " + output.toUri());
    assertThat(text).contains("raw_dir: " + raw.toUri(), "output_dir: " + output.toUri());
    Path file = Files.createDirectories(jobs).resolve(name + ".yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs a job file in this JVM's session; returns the published run folder. */
  static Path run(Path jobFile) {
    HadoopConf.use(TestSpark.session().sparkContext().hadoopConfiguration());
    Job job = new JobFileParser(Chapters.all().names(), Chapters.all().tableNames()).parse(jobFile);
    Progress progress =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return new JobRunner(Chapters.all(), RunSettings.defaults(job, progress))
        .run(job, TestSpark.session(), null, true)
        .runDir();
  }

  /**
   * The sample job run locally once per test JVM (the reference every store must equal), in a
   * folder of its own: a test class's {@code @TempDir} is deleted when that class ends, while the
   * next store's test still compares with this run.
   */
  static synchronized Path localReference() throws IOException {
    if (localReference == null) {
      Path dir = Files.createTempDirectory("migstat-local-reference");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      localReference =
          run(
              sampleJob(
                  dir.resolve("jobs-local"),
                  "samples",
                  dir.resolve("local-raw"),
                  dir.resolve("out/samples")));
    }
    return localReference;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind at exit is harmless
    }
  }

  /**
   * A run's content: every Parquet table (schema and sorted rows), the workbook's bytes, and the
   * manifest without what differs by place and time (run id and date, fingerprint, job file,
   * timings).
   */
  static SortedMap<String, String> content(Path runDir) {
    SortedMap<String, String> parts = new TreeMap<>(RunDigest.tables(TestSpark.session(), runDir));
    for (Path file : list(runDir)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".xlsx")) {
        parts.put(name, Checksums.of(file));
      } else if (name.equals(RunManifest.FILE)) {
        parts.put(name, RunDigest.manifestDigest(file, "fingerprint", "job_file"));
      }
    }
    return parts;
  }

  /** The parts whose digests differ between two contents, or that only one has. */
  static List<String> differences(
      SortedMap<String, String> actual, SortedMap<String, String> expected) {
    SortedMap<String, String> all = new TreeMap<>(expected);
    all.putAll(actual);
    return all.keySet().stream()
        .filter(k -> !java.util.Objects.equals(actual.get(k), expected.get(k)))
        .toList();
  }

  /** The run folder an output's pointer names. */
  static String published(Path output) {
    return RunPointer.read(output).orElseThrow(() -> new AssertionError("no pointer at " + output));
  }

  /**
   * Starts {@code migstat run <job> --force} in a child JVM (with {@code jvmOptions}, e.g. the
   * store's settings) and kills it with SIGKILL once its new run folder in {@code runs} holds the
   * observations, that is in the middle of the run; returns whether it was killed before it ended.
   */
  static boolean killMidRun(Path dir, Path jobFile, Path runs, List<String> jvmOptions)
      throws Exception {
    List<String> before = names(runs);
    Path log = dir.resolve("killed-run.log");
    Process p =
        ChildJvm.builder(
                jvmOptions,
                "nl.migstat.cli.Main",
                List.of("run", jobFile.toString(), "--force"),
                dir,
                log)
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (p.isAlive() && System.nanoTime() < deadline) {
        boolean midRun =
            names(runs).stream()
                .filter(n -> !before.contains(n))
                .anyMatch(n -> Files.exists(runs.resolve(n).resolve("observations/_SUCCESS")));
        if (midRun) {
          p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          return true;
        }
        Thread.sleep(200);
      }
      throw new AssertionError("the child run ended before the kill:\n" + ChildJvm.tail(log, 3000));
    } finally {
      p.destroyForcibly();
    }
  }

  private static List<String> names(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    return list(dir).stream().map(p -> p.getFileName().toString()).toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
