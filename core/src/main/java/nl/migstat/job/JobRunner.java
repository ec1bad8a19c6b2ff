package nl.migstat.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.Chapters;
import nl.migstat.export.Drift;
import nl.migstat.export.PublishedRuns;
import nl.migstat.files.hadoop.HadoopConf;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job as named steps: read the inputs, write the code lists, build the tables, protect them
 * (disclosure control and its audit), write them, check the drift since the published run, write
 * the workbook, write the manifest, publish. Everything is written into a new run folder, which is
 * published atomically when complete and discarded when a step fails. A run whose inputs, job file
 * and code are unchanged since the published run does nothing unless forced.
 */
public final class JobRunner {
  private final Chapters chapters;
  private final RunSettings settings;

  public JobRunner(Chapters chapters, RunSettings settings) {
    this.chapters = chapters;
    this.settings = settings;
  }

  /** What a run did: nothing (up to date), or publish {@code runDir}. */
  public record Outcome(boolean upToDate, Path runDir) {}

  /**
   * Runs the job under its lock; {@code only} limits it to one table (the others are carried over
   * from the published run), {@code force} rebuilds an up-to-date run.
   *
   * @throws RunLockedException when another run of the job is under way
   */
  public Outcome run(Job job, SparkSession spark, String only, boolean force) {
    // Paths on HDFS or S3 are opened with the session's Hadoop settings (spark.hadoop.* included).
    HadoopConf.use(spark.sparkContext().hadoopConfiguration());
    RunLock lock = RunLock.take(job);
    try {
      RunStamp stamp = RunStamp.of(job, only, Instant.now());
      Optional<PreviousRun> previous = PreviousRun.of(job);
      if (!force && only == null && previous.filter(p -> p.hasFingerprint(stamp)).isPresent()) {
        settings
            .progress()
            .step(
                "up to date: inputs, job file and code unchanged since %s (use --force to rebuild)",
                previous.get().id());
        return new Outcome(true, previous.get().folder());
      }
      return new Outcome(false, build(spark, stamp, previous));
    } finally {
      lock.close();
    }
  }

  /** Runs the steps into a new run folder and publishes it; returns the published folder. */
  private Path build(SparkSession spark, RunStamp stamp, Optional<PreviousRun> previous) {
    Job job = stamp.job();
    Progress progress = settings.progress();
    PublishedRuns published = new PublishedRuns(job.outputDir());
    Path runDir = published.start(stamp.runId());
    try {
      IngestToParquet.Result ingested =
          new ReadInputs(progress).intoRun(spark, job, runDir, settings.ingestThreads());
      ChapterInputs inputs = new WriteCodeLists(progress).write(spark, job, ingested, runDir);
      CarryOver carryOver = new CarryOver(spark, previous, runDir, progress);
      List<ChapterOutcome> built =
          new BuildTables(chapters, settings).build(job, stamp.only(), inputs, carryOver);
      ProtectTables.Protected safe = new ProtectTables(chapters, progress).protect(job, built);
      List<ChapterOutcome> tables =
          new WriteTables(spark, settings).write(safe.chapters(), safe.changed(), runDir);
      Drift drift = new CheckDrift(progress).check(stamp, previous, ingested, tables);
      new WriteWorkbook(settings).write(job, runDir, tables, ingested.codes(), safe.ruleLines());
      new WriteManifest(progress)
          .write(spark, stamp, ingested, tables, safe.record(), drift, runDir);
      Path done = new PublishRun(progress).publish(job, runDir);
      inputs.codes().unpersist();
      return done;
    } catch (RuntimeException | Error e) {
      // Bad input or a failed table: the unfinished run goes now rather than at the next run.
      published.discard(runDir);
      throw e;
    }
  }
}
