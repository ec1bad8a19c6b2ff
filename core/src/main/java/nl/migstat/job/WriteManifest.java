package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.export.DisclosureRecord;
import nl.migstat.export.Drift;
import nl.migstat.export.RunManifest;
import nl.migstat.ingest.FileReport;
import nl.migstat.model.Schemas;
import nl.migstat.model.TableInfo;
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

  /** Writes the rejects, the manifest with {@code drift} and the log into the run. */
  void write(
      SparkSession spark,
      RunStamp stamp,
      IngestToParquet.Result ingested,
      List<ChapterOutcome> chapters,
      DisclosureRecord disclosure,
      Drift drift,
      Path runDir) {
    SparkTables.writeRejects(spark, ingested.rejects(), runDir.resolve(Schemas.REJECTS.name()));
    manifest(stamp, ingested, chapters, disclosure, progress.seconds())
        .withDrift(drift)
        .write(runDir);
    try {
      Files.writeString(runDir.resolve(LOG), progress.log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The manifest, without the drift, of a run that {@code ingested} its inputs and has {@code
   * chapters}' tables.
   */
  static RunManifest manifest(
      RunStamp stamp,
      IngestToParquet.Result ingested,
      List<ChapterOutcome> chapters,
      DisclosureRecord disclosure,
      double seconds) {
    Job job = stamp.job();
    List<FileReport> reports = ingested.reports();
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
        disclosure,
        null);
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
        r.periods().size(),
        r.regions(),
        tenths(r.seconds()));
  }

  private static RunManifest.TableEntry table(TableOutcome t) {
    return new RunManifest.TableEntry(
        t.name(),
        t.isSkipped() ? null : (long) t.rows().size(),
        totals(t),
        t.sources(),
        t.skipReason(),
        t.carriedOverFrom(),
        t.seconds() == null ? null : tenths(t.seconds()),
        t.info());
  }

  /**
   * The key totals of a table: the sum of each count column (a figure shown without decimals; rates
   * and shares do not add up) over the rows that have a value. Summed exactly, so the total does
   * not depend on the order Spark returned the rows in.
   */
  static Map<String, Double> totals(TableOutcome t) {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (TableInfo.ColumnInfo c : t.info().columns()) {
      if (c.kind() != TableInfo.Kind.FIGURE || c.decimals() != 0) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean any = false;
      for (Map<String, Object> row : t.rows()) {
        if (row.get(c.name()) instanceof Number n && Double.isFinite(n.doubleValue())) {
          boolean floating = n instanceof Double || n instanceof Float;
          sum = sum.add(floating ? new BigDecimal(n.doubleValue()) : new BigDecimal(n.toString()));
          any = true;
        }
      }
      if (any) {
        totals.put(c.name(), sum.doubleValue());
      }
    }
    return totals;
  }

  private static double tenths(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
