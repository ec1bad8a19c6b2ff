package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.export.RunManifest;
import nl.migstat.ingest.FileReport;
import nl.migstat.model.Schemas;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.SparkSession;

/**
 * The fifth step of a run: records beside the tables what the run read and did: the rejected
 * records, {@code manifest.json} and {@code run.log}.
 */
final class WriteManifest {
  /** The run's progress lines, as printed. */
  static final String LOG = "run.log";

  private final Progress progress;

  WriteManifest(Progress progress) {
    this.progress = progress;
  }

  /** Writes the rejects, the manifest and the log into the run. */
  void write(
      SparkSession spark,
      RunStamp stamp,
      IngestToParquet.Result ingested,
      List<ChapterOutcome> chapters,
      RunManifest.Disclosure disclosure,
      Path runDir) {
    SparkTables.writeRejects(spark, ingested.rejects(), runDir.resolve(Schemas.REJECTS.name()));
    manifest(stamp, ingested.reports(), chapters, disclosure, progress.seconds()).write(runDir);
    try {
      Files.writeString(runDir.resolve(LOG), progress.log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of a run that read {@code reports} and has {@code chapters}' tables. */
  static RunManifest manifest(
      RunStamp stamp,
      List<FileReport> reports,
      List<ChapterOutcome> chapters,
      RunManifest.Disclosure disclosure,
      double seconds) {
    Job job = stamp.job();
    List<RunManifest.InputEntry> inputs = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      inputs.add(input(job.inputs().get(i), stamp.checksums().get(i), reports.get(i)));
    }
    return new RunManifest(
        RunManifest.FORMAT,
        job.name(),
        job.file().toString(),
        stamp.runId(),
        stamp.fingerprint(),
        stamp.codeVersion(),
        job.reportYear(),
        job.referenceYear(),
        stamp.only(),
        inputs,
        chapters.stream().flatMap(c -> c.tables().stream()).map(WriteManifest::table).toList(),
        tenths(seconds),
        stamp.startDay(),
        disclosure);
  }

  private static RunManifest.InputEntry input(JobInput in, String sha256, FileReport r) {
    return new RunManifest.InputEntry(
        in.name(),
        sha256,
        r.source(),
        r.format(),
        r.lines(),
        r.records(),
        r.observations(),
        r.rejects(),
        r.periodSummary(),
        tenths(r.seconds()));
  }

  private static RunManifest.TableEntry table(TableOutcome t) {
    return new RunManifest.TableEntry(
        t.name(),
        t.isSkipped() ? null : (long) t.rows().size(),
        t.sources(),
        t.skipReason(),
        t.carriedOverFrom(),
        t.seconds() == null ? null : tenths(t.seconds()),
        t.info());
  }

  private static double tenths(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
