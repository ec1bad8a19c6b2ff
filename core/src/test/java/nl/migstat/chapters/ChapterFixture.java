package nl.migstat.chapters;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.TestSpark;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FileReport;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.Progress;
import nl.migstat.job.ReadInputs;
import nl.migstat.model.TableInfo;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.Row;

/** A job file's inputs read through the real readers, ready for a chapter to build from. */
public final class ChapterFixture {
  private static Map<String, SampleTable> sampleJob;

  private ChapterFixture() {}

  /**
   * A table of the sample job as built and labelled.
   *
   * @param info the built table's info
   * @param rows its rows in publication order
   */
  public record SampleTable(TableInfo info, List<Row> rows) {}

  /**
   * Every table of {@code jobs/samples.yaml} in report order, built once per test JVM from the
   * job's inputs read through the real readers and shared by the classes that check them; a table
   * the job skips fails.
   */
  public static synchronized Map<String, SampleTable> sampleJob() {
    if (sampleJob == null) {
      ChapterInputs inputs = inputsOf(Path.of("jobs/samples.yaml"));
      Chapters all = Chapters.all();
      Map<String, SampleTable> built = new LinkedHashMap<>();
      for (String name : all.names()) {
        for (PreparedTable prepared : all.chapter(name).orElseThrow().prepared(inputs, i -> true)) {
          ChapterTable table = prepared.build();
          if (table.isSkipped()) {
            throw new AssertionError(prepared.info().name() + " skipped: " + table.skipReason());
          }
          built.put(
              table.info().name(), new SampleTable(table.info(), table.rows().collectAsList()));
        }
      }
      sampleJob = built;
    }
    return sampleJob;
  }

  /** The rows of one table of the sample job ({@link #sampleJob}). */
  public static List<Row> sampleRows(String table) {
    SampleTable t = sampleJob().get(table);
    if (t == null) {
      throw new IllegalArgumentException("no table " + table + " in the sample job");
    }
    return t.rows();
  }

  /** Parses and ingests a job file; chapters see exactly what a run would give them. */
  public static ChapterInputs inputsOf(Path jobFile) {
    Chapters chapters = Chapters.all();
    Job job = new JobFileParser(chapters.names(), chapters.tableNames()).parse(jobFile);
    CollectingSink sink = new CollectingSink();
    Progress quiet =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<FileReport> reports = new ReadInputs(quiet).into(job, sink);
    Set<String> sources = new LinkedHashSet<>();
    reports.forEach(r -> sources.add(r.source()));
    return new ChapterInputs(
        SparkTables.observations(TestSpark.session(), sink.observations()).cache(),
        SparkTables.codes(TestSpark.session(), sink.codes()).cache(),
        sources,
        job.reportYear(),
        job.referenceYear());
  }

  /** One table of a chapter, built as a run that builds only this table would build it. */
  public static ChapterTable table(Chapter<?> chapter, String table, ChapterInputs inputs) {
    List<PreparedTable> prepared = chapter.prepared(inputs, info -> info.name().equals(table));
    if (prepared.size() != 1) {
      throw new IllegalArgumentException("no table " + table + " in " + chapter.name());
    }
    return prepared.get(0).build();
  }

  /** The built rows of a table (fails when it was skipped). */
  public static List<Row> rows(Chapter<?> chapter, String table, ChapterInputs inputs) {
    ChapterTable t = table(chapter, table, inputs);
    if (t.isSkipped()) {
      throw new AssertionError(table + " skipped: " + t.skipReason());
    }
    return t.rows().collectAsList();
  }
}
