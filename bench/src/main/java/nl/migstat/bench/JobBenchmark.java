package nl.migstat.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.migstat.chapters.Chapters;
import nl.migstat.cli.ClassArchive;
import nl.migstat.cli.RunEnvironment;
import nl.migstat.cli.Sessions;
import nl.migstat.ingest.InputFile;
import nl.migstat.job.IngestToParquet;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;
import nl.migstat.job.JobRunner;
import nl.migstat.job.Progress;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a generated job several times in one JVM and prints, per stage, the median wall time with
 * its range, observations per second and peak heap; start-up (JVM to here, SparkSession) apart;
 * then migstat's reader and DuckDB on the same Eurostat bulk files, with the ratio.
 */
final class JobBenchmark {
  private static final double MB = 1024.0 * 1024.0;
  private final PrintStream out;

  JobBenchmark(PrintStream out) {
    this.out = out;
  }

  void run(Path dir, int runs, boolean job, boolean peer) throws IOException {
    double jvmStart =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    Chapters chapters = Chapters.all();
    Job parsed =
        new JobFileParser(chapters.names(), chapters.tableNames()).parse(dir.resolve("bench.yaml"));
    out.printf(
        Locale.ROOT,
        "JVM start-up to benchmark: %.2f s; %d cores, max heap %.0f MB%n",
        jvmStart,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / MB);
    if (job) {
      long t = System.nanoTime();
      SparkSession spark = Sessions.get();
      out.printf(Locale.ROOT, "SparkSession start-up: %.2f s%n", (System.nanoTime() - t) / 1e9);
      jobRuns(parsed, chapters, spark, runs);
      ClassArchive.jobBuilt();
    }
    if (peer) {
      peers(parsed, runs);
    }
    out.println("process peak resident memory: " + ProcessMemory.peakResident());
  }

  private void jobRuns(Job job, Chapters chapters, SparkSession spark, int runs) {
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, Long> observations = new LinkedHashMap<>();
    Map<String, Double> peaks = new LinkedHashMap<>();
    List<Double> totals = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Runtime.getRuntime().gc();
      long origin = System.nanoTime();
      Progress progress = new Progress(out);
      HeapSampler heap = new HeapSampler(origin, 20);
      try {
        new JobRunner(chapters, RunEnvironment.settings(job, progress)).run(job, spark, null, true);
      } finally {
        heap.close();
      }
      {
        double total = (System.nanoTime() - origin) / 1e9;
        totals.add(total);
        out.printf(
            Locale.ROOT, "run %d: %.2f s, peak heap %.0f MB%n", i, total, heap.peak(0, total) / MB);
        for (StageTimes.Stage s : StageTimes.parse(progress.log())) {
          seconds.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.seconds());
          observations.put(s.name(), s.observations());
          peaks.merge(s.name(), heap.peak(s.start(), s.end()), Math::max);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%-46s %24s %14s %14s %10s%n",
        "stage",
        "seconds median (min-max)",
        "observations",
        "obs/s",
        "peak MB");
    seconds.forEach(
        (name, list) -> {
          Spread s = Spread.of(list);
          long obs = observations.get(name);
          out.printf(
              Locale.ROOT,
              "%-46s %24s %,14d %,14.0f %10.0f%n",
              name,
              s,
              obs,
              obs == 0 ? Double.NaN : obs / s.median(),
              peaks.get(name) / MB);
        });
    out.printf(Locale.ROOT, "%-46s %24s%n%n", "whole job (after start-up)", Spread.of(totals));
  }

  private void peers(Job job, int runs) throws IOException {
    List<JobInput> bulk =
        job.inputs().stream()
            .filter(i -> i.name().endsWith(".tsv") || i.name().endsWith(".tsv.gz"))
            .toList();
    int threads = Runtime.getRuntime().availableProcessors();
    SparkSession spark = Sessions.get();
    Path work = Files.createTempDirectory("migstat-peer");
    List<Double> ours = new ArrayList<>();
    List<Double> pipeline = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> together = new ArrayList<>();
    List<IngestToParquet.Input> all = bulk.stream().map(JobInput::ingestInput).toList();
    long cells = 0;
    String duckVersion;
    try (DuckDbPeer duck = new DuckDbPeer(threads)) {
      duckVersion = duck.version();
      for (int r = 0; r < runs; r++) {
        double a = 0;
        double p = 0;
        double b = 0;
        cells = 0;
        PeerTotals duckAll = new PeerTotals(0, 0, 0, 0);
        for (JobInput in : bulk) {
          InputFile file = in.file();
          long t0 = System.nanoTime();
          PeerTotals mine = ReaderPeer.aggregate(file, in.options());
          long t1 = System.nanoTime();
          PeerTotals viaSpark = PipelinePeer.aggregate(spark, file, in.options(), work);
          long t2 = System.nanoTime();
          PeerTotals duckTotals = duck.aggregate(in.path());
          long t3 = System.nanoTime();
          a += (t1 - t0) / 1e9;
          p += (t2 - t1) / 1e9;
          b += (t3 - t2) / 1e9;
          cells += mine.cells();
          duckAll = duckAll.plus(duckTotals);
          if (r == 0) {
            boolean same = mine.matches(duckTotals) && viaSpark.matches(duckTotals);
            out.printf(
                Locale.ROOT,
                "  %-40s reader %.2f s, Parquet + Spark %.2f s, DuckDB %.2f s; %s%n",
                in.name(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                same
                    ? "same totals: " + mine
                    : "TOTALS DIFFER: reader "
                        + mine
                        + " / Parquet + Spark "
                        + viaSpark
                        + " / DuckDB "
                        + duckTotals);
          }
        }
        ours.add(a);
        pipeline.add(p);
        theirs.add(b);
        long t0 = System.nanoTime();
        PeerTotals jobPath = PipelinePeer.aggregate(spark, all, threads, work);
        together.add((System.nanoTime() - t0) / 1e9);
        if (r == 0 && !jobPath.matches(duckAll)) {
          out.printf(
              Locale.ROOT,
              "  TOTALS DIFFER for all files together: Parquet + Spark %s / DuckDB %s%n",
              jobPath,
              duckAll);
        }
      }
    } catch (IOException | SQLException e) {
      out.println("peer skipped: " + e.getMessage());
      return;
    } finally {
      nl.migstat.files.AtomicDirectory.deleteTree(work);
    }
    Spread m = Spread.of(ours);
    Spread q = Spread.of(pipeline);
    Spread d = Spread.of(theirs);
    Spread j = Spread.of(together);
    out.printf(
        Locale.ROOT,
        "peer task on %d Eurostat bulk files, %,d cells (ingest, unpivot,"
            + " value and flag, sum per geo and year):%n",
        bulk.size(),
        cells);
    out.printf(
        Locale.ROOT,
        "  migstat reader, 1 thread              %s s  %,.0f obs/s%n",
        m,
        cells / m.median());
    out.printf(
        Locale.ROOT,
        "  migstat Parquet + Spark SQL (job path) %s s  %,.0f obs/s%n",
        q,
        cells / q.median());
    out.printf(
        Locale.ROOT,
        "  the same, files %d at a time as a run reads them %s s  %,.0f obs/s%n",
        threads,
        j,
        cells / j.median());
    out.printf(
        Locale.ROOT,
        "  DuckDB %s, %d threads          %s s  %,.0f obs/s%n",
        duckVersion,
        threads,
        d,
        cells / d.median());
    out.printf(
        Locale.ROOT,
        "  ratio migstat/DuckDB: reader %.2f, job path %.2f (files %d at a time: %.2f)%n",
        m.median() / d.median(),
        q.median() / d.median(),
        threads,
        j.median() / d.median());
  }

  /** Reads VmHWM from /proc where there is one. */
  static final class ProcessMemory {
    private ProcessMemory() {}

    static String peakResident() {
      try {
        for (String line :
            Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
          if (line.startsWith("VmHWM:")) {
            return line.substring(6).trim();
          }
        }
      } catch (IOException | RuntimeException e) {
        return "unknown";
      }
      return "unknown";
    }
  }
}
