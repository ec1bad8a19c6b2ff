package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The step after disclosure control: writes each built table's Parquet folder into the run from its
 * published rows, as many at a time as tables are built, and rewrites a carried-over table whose
 * cells disclosure control changed ({@code --only}: the rebuilt table may have asked for a new
 * complement in it).
 */
final class WriteTables {
  private final SparkSession spark;
  private final RunSettings settings;

  WriteTables(SparkSession spark, RunSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** The chapters with each written table's seconds grown by its write. */
  List<ChapterOutcome> write(List<ChapterOutcome> chapters, Set<String> changed, Path runDir) {
    ExecutorService pool = Workers.pool("migstat-write", settings.tableThreads());
    try {
      List<List<Future<TableOutcome>>> written = new ArrayList<>();
      for (ChapterOutcome chapter : chapters) {
        List<Future<TableOutcome>> tables = new ArrayList<>();
        for (TableOutcome table : chapter.tables()) {
          tables.add(pool.submit(() -> write(table, changed, runDir)));
        }
        written.add(tables);
      }
      List<ChapterOutcome> out = new ArrayList<>();
      for (int c = 0; c < chapters.size(); c++) {
        out.add(chapters.get(c).withTables(written.get(c).stream().map(Workers::result).toList()));
      }
      return out;
    } finally {
      Workers.finish(pool, 10);
    }
  }

  private TableOutcome write(TableOutcome table, Set<String> changed, Path runDir) {
    if (table.isSkipped() || (table.isCarriedOver() && !changed.contains(table.name()))) {
      return table;
    }
    if (table.isCarriedOver()) {
      deleteTree(runDir.resolve(table.name()));
    }
    return table.plusSeconds(WriteTable.parquet(spark, table, runDir));
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
