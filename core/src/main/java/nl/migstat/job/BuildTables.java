package nl.migstat.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;

/**
 * The third step of a run: builds the job's tables and collects their rows, and reports them in
 * report order; with {@code --only}, the other tables are carried over.
 *
 * <p>Spark spends most of a small table's time planning and compiling on the driver, one thread per
 * query: tables are built as many at a time as the settings say (one per core), on a pool that
 * takes tasks first in, first out. What a chapter's tables share (Gemeenten: the harmonised counts)
 * is computed by a task queued before them, so a table waiting for it waits for a task that is
 * already running.
 */
final class BuildTables {
  private final Chapters chapters;
  private final RunSettings settings;

  BuildTables(Chapters chapters, RunSettings settings) {
    this.chapters = chapters;
    this.settings = settings;
  }

  /**
   * The job's chapters with their tables, built (not yet written: disclosure control decides their
   * cells first) or carried over.
   */
  List<ChapterOutcome> build(Job job, String only, ChapterInputs inputs, CarryOver carryOver) {
    Predicate<TableInfo> rebuilt =
        info -> job.builds(info.name()) && (only == null || only.equals(info.name()));
    TableTasks tasks = new TableTasks(Workers.pool("migstat-table", settings.tableThreads()));
    try {
      for (String name : job.chapters()) {
        tasks.queue(chapter(name), inputs, rebuilt);
      }
      List<ChapterOutcome> outcomes = new ArrayList<>();
      UnlabelledCodes unlabelled = new UnlabelledCodes(settings.progress());
      for (String name : job.chapters()) {
        outcomes.add(collect(chapter(name), job, tasks, carryOver, unlabelled));
      }
      return outcomes;
    } finally {
      tasks.stop();
    }
  }

  private Chapter<?> chapter(String name) {
    return chapters.chapter(name).orElseThrow();
  }

  /**
   * A chapter's tables in report order as they finish, reported on the run's thread with the codes
   * they show without a label.
   */
  private ChapterOutcome collect(
      Chapter<?> chapter,
      Job job,
      TableTasks tasks,
      CarryOver carryOver,
      UnlabelledCodes unlabelled) {
    Progress progress = settings.progress();
    progress.step("chapter %s", chapter.title());
    List<TableOutcome> tables = new ArrayList<>();
    for (TableInfo info : chapter.infos()) {
      if (!job.builds(info.name())) {
        continue;
      }
      Future<TableOutcome> built = tasks.table(info.name());
      if (built == null) {
        tables.add(carryOver.table(info));
        continue;
      }
      TableOutcome table = Workers.result(built);
      if (table.isSkipped()) {
        progress.step("  %s: skipped (%s)", table.name(), table.skipReason());
      } else {
        progress.step(
            "  %s: %d rows from %s, %.1f s",
            table.name(), table.rows().size(), String.join(", ", table.sources()), table.seconds());
        unlabelled.report(table);
      }
      tables.add(table);
    }
    Map<String, SheetLayout> layouts = new HashMap<>();
    chapter.tables().forEach(t -> layouts.put(t.info().name(), t.layout()));
    return new ChapterOutcome(chapter.title(), tables, layouts);
  }

  /** The run's tasks on the table pool, in the order they were queued. */
  private static final class TableTasks {
    private final ExecutorService pool;
    private final List<Future<?>> queued = new ArrayList<>();
    private final Map<String, Future<TableOutcome>> tables = new HashMap<>();

    TableTasks(ExecutorService pool) {
      this.pool = pool;
    }

    /** Queues a chapter's prepare, then each of its tables that the run rebuilds. */
    void queue(Chapter<?> chapter, ChapterInputs inputs, Predicate<TableInfo> rebuilt) {
      Future<List<PreparedTable>> prepared = pool.submit(() -> chapter.prepared(inputs, rebuilt));
      queued.add(prepared);
      for (TableInfo info : chapter.infos()) {
        if (rebuilt.test(info)) {
          Future<TableOutcome> table =
              pool.submit(() -> WriteTable.build(Workers.result(prepared), info));
          queued.add(table);
          tables.put(info.name(), table);
        }
      }
    }

    /** A rebuilt table's task, or null for a table the run does not rebuild. */
    Future<TableOutcome> table(String name) {
      return tables.get(name);
    }

    /** Cancels what has not started (after a failure: no new tables), and ends the pool. */
    void stop() {
      queued.forEach(f -> f.cancel(false));
      Workers.finish(pool, 10);
    }
  }
}
