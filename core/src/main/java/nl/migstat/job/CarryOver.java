package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.migstat.export.RunManifest;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * For {@code --only}: a table the run does not rebuild is copied from the published run, and its
 * sheet made from the copy, so that the new run is as complete as the one it replaces.
 */
final class CarryOver {
  private final SparkSession spark;
  private final Optional<PreviousRun> previous;
  private final Path runDir;
  private final Progress progress;

  CarryOver(SparkSession spark, Optional<PreviousRun> previous, Path runDir, Progress progress) {
    this.spark = spark;
    this.previous = previous;
    this.runDir = runDir;
    this.progress = progress;
  }

  /**
   * The table copied from the published run, or skipped: with the published run's reason, or
   * because no published run has it.
   */
  TableOutcome table(TableInfo info) {
    Optional<RunManifest.TableEntry> before =
        previous.flatMap(PreviousRun::manifest).flatMap(m -> m.table(info.name()));
    if (before.isEmpty() || !Files.isDirectory(previous.get().folder().resolve(info.name()))) {
      String reason =
          before
              .map(b -> b.skipped() == null ? "not built before" : b.skipped())
              .orElse("not built before; run without --only first");
      return TableOutcome.skipped(info, reason, null);
    }
    PreviousRun from = previous.get();
    Path copy = runDir.resolve(info.name());
    copyTree(from.folder().resolve(info.name()), copy);
    Dataset<Row> read = spark.read().parquet(copy.toUri().toString());
    List<Row> rows = read.collectAsList();
    progress.step("  %s: %d rows carried over from %s", info.name(), rows.size(), from.id());
    return TableOutcome.carried(
        info, WriteTable.byColumn(rows), before.get().sources(), from.id(), read.schema());
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
