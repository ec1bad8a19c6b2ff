package nl.migstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Ingest;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Schemas;
import org.apache.spark.sql.SparkSession;

/**
 * The first step of a run: reads every input of the job, reporting each one (format, source,
 * counts, periods, warnings) in job order.
 */
public final class ReadInputs {
  private final Progress progress;

  public ReadInputs(Progress progress) {
    this.progress = progress;
  }

  /**
   * Reads every input into a sink, one after the other, without Spark ({@code migstat validate});
   * returns the reports in job order.
   */
  public List<FileReport> into(Job job, ObservationSink sink) {
    Ingest ingest = ingestRules(job).ingest();
    List<FileReport> reports = new ArrayList<>();
    for (JobInput input : job.inputs()) {
      FileReport r = ingest.read(input.file(), input.options(), sink);
      report(r);
      reports.add(r);
    }
    return reports;
  }

  /**
   * Reads every input straight into the run's {@code observations} folder (analysts get them with
   * the tables), one Parquet part per input: on a cluster or a cluster's storage one Spark task per
   * input ({@link ExecutorIngest}), else up to {@code threads} inputs at a time in this JVM.
   */
  IngestToParquet.Result intoRun(SparkSession spark, Job job, Path runDir, int threads) {
    List<IngestToParquet.Input> inputs = job.inputs().stream().map(JobInput::ingestInput).toList();
    Path dir = runDir.resolve(Schemas.OBSERVATIONS.name());
    if (ExecutorIngest.applies(spark, runDir)) {
      IngestToParquet.Result result =
          ExecutorIngest.run(spark, ingestRules(job), inputs, dir, this::report);
      progress.step(
          "ingested %d inputs on the executors, one task each: %d observations written, %d"
              + " rejects",
          inputs.size(), result.observations(), result.rejects().size());
      return result;
    }
    Ingest ingest = ingestRules(job).ingest();
    int used = Math.min(threads, Math.max(1, inputs.size()));
    IngestToParquet.Result result = IngestToParquet.run(ingest, inputs, dir, used, this::report);
    progress.step(
        "ingested %d inputs, %d at a time: %d observations written, %d rejects",
        inputs.size(), used, result.observations(), result.rejects().size());
    return result;
  }

  private static ExecutorIngest.Rules ingestRules(Job job) {
    return new ExecutorIngest.Rules(job.maxRejectShare(), job.duplicates(), job.limits());
  }

  private void report(FileReport r) {
    progress.step(
        "ingest %s: %s, %s, %d observations, %d rejects, periods %s, %.1f s",
        r.file(),
        r.format(),
        r.source(),
        r.observations(),
        r.rejects(),
        r.periodSummary(),
        r.seconds());
    r.warnings().forEach(w -> progress.warning("%s", w));
  }
}
