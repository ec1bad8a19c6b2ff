package nl.migstat.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.PublishedRuns;
import nl.migstat.export.WorkbookTable;
import nl.migstat.export.WorkbookWriter;
import nl.migstat.files.Checksums;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Schemas;
import nl.migstat.model.TableInfo;
import nl.migstat.store.parquet.CodeListFile;
import nl.migstat.store.spark.SparkSchemas;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job: ingest every input, build the chapters' tables, write them with the rejects, the
 * workbook and the manifest into a new run folder, and publish that run atomically. A run whose
 * inputs, job file and code are unchanged since the published run does nothing unless forced.
 */
public final class JobRunner {
  private final Chapters chapters;
  private final Progress progress;

  /**
   * The publisher's modification date per source, where the input carries it (OData TableInfos).
   */
  private Map<String, String> modified = Map.of();

  private final Map<Path, String> checksums = new HashMap<>();

  public JobRunner(Chapters chapters, Progress progress) {
    this.chapters = chapters;
    this.progress = progress;
  }

  /** What a run did. */
  public record Outcome(boolean upToDate, Path runDir, List<ChapterTable> tables) {}

  /**
   * Ingests every input of the job into a sink (no Spark), one after the other: the reports, in job
   * order.
   */
  public List<FileReport> ingest(Job job, ObservationSink sink) {
    Ingest ingest = new Ingest(Formats.all(), job.maxRejectShare());
    List<FileReport> reports = new ArrayList<>();
    for (JobInput input : job.inputs()) {
      FileReport r = ingest.read(input.file(), input.options(), sink);
      reported(r);
      reports.add(r);
    }
    return reports;
  }

  private void reported(FileReport r) {
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

  /** Runs the job; {@code only} limits it to one table (the others are carried over). */
  public Outcome run(Job job, SparkSession spark, String only, boolean force) {
    PublishedRuns published = new PublishedRuns(job.outputDir());
    RunLock lock = RunLock.take(job);
    try {
      return runLocked(job, spark, only, force, published);
    } finally {
      lock.close();
    }
  }

  private Outcome runLocked(
      Job job, SparkSession spark, String only, boolean force, PublishedRuns published) {
    checksums.clear();
    String fingerprint = fingerprint(job, only);
    Optional<Path> current = published.current();
    if (!force
        && only == null
        && current.isPresent()
        && RunManifest.fingerprintOf(current.get()).filter(fingerprint::equals).isPresent()) {
      progress.step(
          "up to date: inputs, job file and code unchanged since %s (use --force to rebuild)",
          current.get().getFileName());
      return new Outcome(true, current.get(), List.of());
    }
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC)
                .format(Instant.now())
            + "-"
            + fingerprint.substring(0, 8);
    Path runDir = published.start(runId);
    try {
      return build(job, spark, only, fingerprint, runId, runDir, current, published);
    } catch (RuntimeException | Error e) {
      // Bad input or a failed table: the unfinished run goes now rather than at the next run.
      published.discard(runDir);
      throw e;
    }
  }

  private Outcome build(
      Job job,
      SparkSession spark,
      String only,
      String fingerprint,
      String runId,
      Path runDir,
      Optional<Path> current,
      PublishedRuns published) {
    IngestToParquet.Result ingested = ingestToRun(job, runDir);
    List<FileReport> reports = ingested.reports();
    ChapterInputs inputs = publishedInputs(spark, job, ingested, runDir);
    modified = new HashMap<>();
    ingested.codes().stream()
        .filter(c -> c.dimension().equals("table_modified") && c.label() != null)
        .forEach(c -> modified.putIfAbsent(c.source(), c.label()));
    List<ChapterTable> built = new ArrayList<>();
    List<ChapterSection> sections = new ArrayList<>();
    RunManifest manifest = new RunManifest();
    ArrayNode tablesNode = manifest.array("tables");
    // Spark spends most of a small table's time planning and compiling on the driver, one
    // thread per query: tables are built as many at a time as there are cores, and recorded in
    // report order.
    Map<String, Future<Written>> pending = new LinkedHashMap<>();
    List<Future<List<PreparedTable>>> preparing = new ArrayList<>();
    ExecutorService pool = Workers.pool("migstat-table", tableThreads());
    try {
      Predicate<TableInfo> rebuilt =
          info -> inJob(job, info.name()) && (only == null || only.equals(info.name()));
      for (String chapterName : job.chapters()) {
        // What a chapter's tables share (Gemeenten: the harmonised counts) is computed by a task
        // queued before them: a table waiting for it waits for a task that is already running.
        Chapter<?> chapter = chapters.chapter(chapterName).orElseThrow();
        Future<List<PreparedTable>> prepared = pool.submit(() -> chapter.prepared(inputs, rebuilt));
        preparing.add(prepared);
        for (TableInfo info : chapter.infos()) {
          if (rebuilt.test(info)) {
            pending.put(
                info.name(), pool.submit(() -> produce(Workers.result(prepared), info, runDir)));
          }
        }
      }
      for (String chapterName : job.chapters()) {
        Chapter<?> chapter = chapters.chapter(chapterName).orElseThrow();
        progress.step("chapter %s", chapter.title());
        List<WorkbookTable> sheets = new ArrayList<>();
        for (TableInfo info : chapter.infos()) {
          if (!inJob(job, info.name())) {
            continue;
          }
          if (!pending.containsKey(info.name())) {
            tablesNode.add(carryOver(spark, current, info, runDir, sheets));
            continue;
          }
          Written w = Workers.result(pending.get(info.name()));
          built.add(w.table());
          tablesNode.add(record(w, sheets));
        }
        sections.add(new ChapterSection(chapter.title(), sheets));
      }
    } finally {
      // after a failure: no new tables
      preparing.forEach(f -> f.cancel(false));
      pending.values().forEach(f -> f.cancel(false));
      Workers.finish(pool, 10);
    }
    Path workbook = runDir.resolve(job.workbook());
    try {
      WorkbookWriter.write(
          workbook,
          "Staat van de migratie " + job.reportYear(),
          job.reportYear(),
          sections,
          workbookTime(job));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.step(
        "workbook %s: %d sheets",
        job.workbook(),
        sections.stream()
            .mapToLong(c -> c.tables().stream().filter(t -> !t.isSkipped()).count())
            .sum());
    SparkTables.writeRejects(spark, ingested.rejects(), runDir.resolve(Schemas.REJECTS.name()));
    describe(manifest, job, fingerprint, runId, reports, only);
    manifest.write(runDir);
    writeLog(runDir);
    Path done = published.publish(runDir);
    published.clean(3);
    progress.step("published %s -> %s", job.outputDir(), done.getFileName());
    inputs.codes().unpersist();
    return new Outcome(false, done, built);
  }

  /**
   * Reads every input straight into the run's {@code observations} folder (analysts get them with
   * the tables), one Parquet part per input and as many inputs at a time as there are cores.
   */
  private IngestToParquet.Result ingestToRun(Job job, Path runDir) {
    Ingest ingest = new Ingest(Formats.all(), job.maxRejectShare());
    List<IngestToParquet.Input> inputs = job.inputs().stream().map(JobInput::ingestInput).toList();
    int threads = Math.min(IngestToParquet.defaultThreads(), Math.max(1, inputs.size()));
    IngestToParquet.Result result =
        IngestToParquet.run(
            ingest, inputs, runDir.resolve(Schemas.OBSERVATIONS.name()), threads, this::reported);
    progress.step(
        "ingested %d inputs, %d at a time: %d observations written, %d rejects",
        inputs.size(), threads, result.observations(), result.rejects().size());
    return result;
  }

  /**
   * Writes the code lists into the run and reads the run's observations and codes back, so the
   * chapters' queries scan files instead of carrying the data in every task; a source's rows are
   * read from its own part files.
   */
  private ChapterInputs publishedInputs(
      SparkSession spark, Job job, IngestToParquet.Result ingested, Path runDir) {
    String obsDir = runDir.resolve(Schemas.OBSERVATIONS.name()).toUri().toString();
    String codesDir = runDir.resolve(Schemas.CODES.name()).toUri().toString();
    CodeListFile.write(runDir.resolve(Schemas.CODES.name()), ingested.codes());
    Set<String> sources = new LinkedHashSet<>();
    ingested.reports().forEach(r -> sources.add(r.source()));
    progress.step("code lists: %d entries written", ingested.codes().size());
    Map<String, List<String>> parts = new LinkedHashMap<>();
    ingested
        .partsBySource()
        .forEach(
            (source, files) ->
                parts.put(source, files.stream().map(f -> f.toUri().toString()).toList()));
    return new ChapterInputs(
        spark.read().schema(SparkSchemas.OBSERVATIONS).parquet(obsDir),
        spark.read().schema(SparkSchemas.CODES).parquet(codesDir).cache(),
        sources,
        job.reportYear(),
        job.referenceYear(),
        parts);
  }

  /**
   * The time written into the workbook's metadata: fixed per report so that the same inputs give
   * the same bytes ({@code SOURCE_DATE_EPOCH} when set, else 31 December of the report year).
   */
  static Instant workbookTime(Job job) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Instant.parse(job.reportYear() + "-12-31T00:00:00Z");
  }

  /**
   * A table built and written to the run, with its rows for the workbook (null when skipped) and
   * the seconds its thread spent on it.
   */
  private record Written(ChapterTable table, List<Row> rows, double seconds) {}

  /**
   * Builds one table of its chapter's prepared tables and writes its Parquet folder; runs on a
   * table thread.
   */
  private static Written produce(List<PreparedTable> chapter, TableInfo info, Path runDir) {
    long start = System.nanoTime();
    PreparedTable prepared =
        chapter.stream().filter(t -> t.info().name().equals(info.name())).findFirst().orElseThrow();
    ChapterTable table = prepared.build();
    if (table.isSkipped()) {
      return new Written(table, null, (System.nanoTime() - start) / 1e9);
    }
    Dataset<Row> rows = table.rows().coalesce(1).cache();
    List<Row> collected = rows.collectAsList();
    rows.write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(runDir.resolve(info.name()).toUri().toString());
    rows.unpersist();
    return new Written(table, collected, (System.nanoTime() - start) / 1e9);
  }

  /** Reports a written table and adds its sheet; in report order, on the run's thread. */
  private ObjectNode record(Written written, List<WorkbookTable> sheets) {
    ChapterTable table = written.table();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", table.info().name());
    if (table.isSkipped()) {
      progress.step("  %s: skipped (%s)", table.info().name(), table.skipReason());
      node.put("skipped", table.skipReason());
      sheets.add(WorkbookTable.skipped(table.info(), table.skipReason()));
      return node;
    }
    long count = written.rows().size();
    sheets.add(
        WorkbookTable.built(table.info(), rowMaps(written.rows()), sourceLines(table.sources())));
    progress.step(
        "  %s: %d rows from %s, %.1f s",
        table.info().name(), count, String.join(", ", table.sources()), written.seconds());
    node.put("rows", count);
    ArrayNode src = node.putArray("sources");
    table.sources().forEach(src::add);
    return node;
  }

  /**
   * Tables built at a time: one per core ({@code migstat.tableThreads} overrides, 1 = one by one).
   */
  static int tableThreads() {
    String set = System.getProperty("migstat.tableThreads");
    if (set != null && set.matches("[1-9]\\d*")) {
      return Integer.parseInt(set);
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static List<Map<String, Object>> rowMaps(List<Row> rows) {
    List<Map<String, Object>> maps = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      String[] names = r.schema().fieldNames();
      for (int i = 0; i < names.length; i++) {
        m.put(names[i], r.get(i));
      }
      maps.add(m);
    }
    return maps;
  }

  /**
   * {@code cbs:84809NED} → {@code CBS, tabel 84809NED (gewijzigd op 2024-03-01)} where the input
   * carries its modification date; {@code eurostat:tps00191} → {@code Eurostat, tps00191}.
   */
  List<String> sourceLines(List<String> sources) {
    return sources.stream()
        .map(
            s -> {
              String line =
                  s.startsWith("cbs:")
                      ? "CBS, tabel " + s.substring(4)
                      : s.startsWith("eurostat:") ? "Eurostat, " + s.substring(9) : s;
              String date = modified.get(s);
              return date == null
                  ? line
                  : line + " (gewijzigd op " + date.substring(0, Math.min(10, date.length())) + ")";
            })
        .toList();
  }

  /**
   * For {@code --only}: a table not rebuilt is copied from the published run, and its sheet is made
   * from the copy, so the new run is as complete as the one it replaces.
   */
  private ObjectNode carryOver(
      SparkSession spark,
      Optional<Path> current,
      TableInfo info,
      Path runDir,
      List<WorkbookTable> sheets) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", info.name());
    Optional<JsonNode> before = current.flatMap(c -> RunManifest.tableOf(c, info.name()));
    if (current.isEmpty()
        || before.isEmpty()
        || !Files.isDirectory(current.get().resolve(info.name()))) {
      String reason =
          before
              .map(b -> b.path("skipped").asText("not built before"))
              .orElse("not built before; run without --only first");
      node.put("skipped", reason);
      sheets.add(WorkbookTable.skipped(info, reason));
      return node;
    }
    try {
      copyTree(current.get().resolve(info.name()), runDir.resolve(info.name()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> sources = new ArrayList<>();
    before.get().path("sources").forEach(n -> sources.add(n.asText()));
    List<Row> rows =
        spark.read().parquet(runDir.resolve(info.name()).toUri().toString()).collectAsList();
    sheets.add(WorkbookTable.built(info, rowMaps(rows), sourceLines(sources)));
    node.put("rows", rows.size());
    node.put("carried_over_from", current.get().getFileName().toString());
    sources.forEach(node.putArray("sources")::add);
    progress.step(
        "  %s: %d rows carried over from %s",
        info.name(), rows.size(), current.get().getFileName());
    return node;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static boolean inJob(Job job, String table) {
    return job.tables().isEmpty() || job.tables().contains(table);
  }

  private void describe(
      RunManifest manifest,
      Job job,
      String fingerprint,
      String runId,
      List<FileReport> reports,
      String only) {
    ObjectNode root = manifest.root();
    root.put("job", job.name());
    root.put("job_file", job.file().toString());
    root.put("run_id", runId);
    root.put("fingerprint", fingerprint);
    root.put("code_version", CodeVersion.current());
    root.put("report_year", job.reportYear());
    root.put("reference_year", job.referenceYear());
    if (only != null) {
      root.put("only", only);
    }
    ArrayNode inputs = root.putArray("inputs");
    for (int i = 0; i < reports.size(); i++) {
      FileReport r = reports.get(i);
      JobInput in = job.inputs().get(i);
      ObjectNode n = inputs.addObject();
      n.put("path", in.name());
      n.put("sha256", checksum(in));
      n.put("source", r.source());
      n.put("format", r.format());
      n.put("lines", r.lines());
      n.put("records", r.records());
      n.put("observations", r.observations());
      n.put("rejects", r.rejects());
      n.put("periods", r.periodSummary());
    }
    root.put("seconds", Math.round(progress.seconds() * 10) / 10.0);
  }

  private void writeLog(Path runDir) {
    try {
      Files.writeString(runDir.resolve("run.log"), progress.log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Inputs (by checksum and options), the job file and the code decide whether a rerun is needed.
   */
  String fingerprint(Job job, String only) {
    StringBuilder b = new StringBuilder();
    try {
      b.append(Files.readString(job.file(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JobInput in : job.inputs()) {
      b.append('\n')
          .append(in.name())
          .append(' ')
          .append(in.options())
          .append(' ')
          .append(checksum(in));
    }
    b.append("\ncode ").append(CodeVersion.current()).append("\nonly ").append(only);
    return Checksums.of(b.toString());
  }

  /** An input's SHA-256, read once per run (it goes into the fingerprint and the manifest). */
  private String checksum(JobInput in) {
    return checksums.computeIfAbsent(in.path(), Checksums::of);
  }
}
