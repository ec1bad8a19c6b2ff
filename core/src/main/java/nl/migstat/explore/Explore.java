package nl.migstat.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.migstat.export.ChartFiles;
import nl.migstat.export.RunManifest;
import nl.migstat.export.RunManifest.TableEntry;
import nl.migstat.files.RunPointer;
import nl.migstat.files.Stores;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.Kind;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One published run ({@code out/<job>/}) opened for analysts: its tables as Tablesaw tables with
 * the column types, titles and Dutch labels its manifest documents, and the ingest tables, without
 * Spark.
 *
 * <pre>{@code
 * Explore run = Explore.job("samples");
 * Table balance = run.table("migration_balance");
 * }</pre>
 */
public final class Explore {
  /** System property (or environment variable {@code MIGSTAT_OUT}) naming the output folder. */
  public static final String OUT_PROPERTY = "migstat.out";

  private final Path runDir;

  private Explore(Path runDir) {
    this.runDir = runDir;
  }

  /**
   * Opens a run folder or a published output such as {@code out/samples}: a link, or on HDFS and S3
   * a folder whose {@code _published} file names the run ({@link RunPointer}).
   */
  public static Explore open(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      throw new IllegalArgumentException(
          "no run output at " + runDir.toAbsolutePath() + ": run ./migstat run jobs/<job> first");
    }
    return new Explore(RunPointer.follow(runDir));
  }

  /**
   * Opens the published output of a job by name: {@code <out>/<job>} where {@code <out>} is the
   * {@code migstat.out} property, the {@code MIGSTAT_OUT} variable, or the {@code out} folder of
   * the nearest project folder above the working directory (so notebooks need no paths).
   */
  public static Explore job(String job) {
    return open(outFolder().resolve(job));
  }

  static Path outFolder() {
    String configured = System.getProperty(OUT_PROPERTY, System.getenv("MIGSTAT_OUT"));
    if (configured != null && !configured.isBlank()) {
      return Stores.location(configured, Path.of(""));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isRegularFile(dir.resolve("migstat"))) {
        return dir.resolve("out");
      }
    }
    return Path.of("out");
  }

  /** The folder this run was read from, with the published link resolved. */
  public Path folder() {
    try {
      return runDir.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + runDir, e);
    }
  }

  /** The chapter tables of the run, in the manifest's order (folders when there is no manifest). */
  public List<String> tables() {
    Optional<RunManifest> manifest = manifest();
    if (manifest.isPresent() && !manifest.get().tables().isEmpty()) {
      return manifest.get().tables().stream().map(TableEntry::name).filter(this::has).toList();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(runDir)) {
      dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !List.of("observations", "codes", "rejects", ChartFiles.FOLDER).contains(n))
          .sorted()
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + runDir, e);
    }
    return names;
  }

  /** Whether the run has this table (a chapter of the job, built and not skipped). */
  public boolean has(String table) {
    return Files.isDirectory(runDir.resolve(table));
  }

  /**
   * One table with the column types of its info: years and ranks as integers, figures as doubles
   * (null where missing, with the reason in {@code <figure>_status}), codes, labels, periods and
   * statuses as strings.
   */
  public Table table(String name) {
    if (!has(name)) {
      throw new IllegalArgumentException(
          "the run "
              + runDir
              + " has no table "
              + name
              + "; it has "
              + tables()
              + (skipReason(name).map(r -> " (" + name + ": " + r + ")").orElse("")));
    }
    Table table = ParquetTables.read(runDir.resolve(name), name);
    asFigures(table, info(name));
    return table;
  }

  /**
   * Title, unit, footnotes and Dutch column labels of a table, as the run's manifest documents
   * them. Empty for a table the manifest does not list, and for every table of a run published
   * before manifests carried table infos (manifest format 1: {@code manifest().formatVersion()});
   * such a run's tables still open, with the types Parquet has.
   */
  public Optional<TableInfo> info(String table) {
    return entry(table).map(TableEntry::info);
  }

  /** The title of a table, or its name when the manifest has no info for it. */
  public String title(String table) {
    return info(table).map(TableInfo::title).orElse(table);
  }

  /** Why the manifest says a table was skipped, if it says so. */
  public Optional<String> skipReason(String table) {
    return entry(table).map(TableEntry::skipped);
  }

  private Optional<TableEntry> entry(String table) {
    return manifest().flatMap(m -> m.table(table));
  }

  /** The long observation table ({@code dims} as {@code key=value; …} text). */
  public Table observations() {
    return ParquetTables.read(runDir.resolve("observations"), "observations");
  }

  /** The code lists: source, dimension, code, Dutch label, parent. */
  public Table codes() {
    return ParquetTables.read(runDir.resolve("codes"), "codes");
  }

  /** The run's {@code manifest.json}, when present. */
  public Optional<RunManifest> manifest() {
    return RunManifest.read(runDir);
  }

  /**
   * The run published before this one: the previous folder (by run id) beside this run's folder in
   * {@code out/<job>.runs/}, unfinished {@code .partial} runs left out; empty when none is kept.
   */
  public Optional<Explore> previous() {
    Path self = folder();
    try (Stream<Path> runs = Files.list(self.getParent())) {
      List<Path> earlier =
          runs.filter(Files::isDirectory)
              .filter(p -> !p.getFileName().toString().endsWith(".partial"))
              .filter(p -> p.getFileName().toString().compareTo(self.getFileName().toString()) < 0)
              .sorted()
              .toList();
      return earlier.isEmpty()
          ? Optional.empty()
          : Optional.of(new Explore(earlier.get(earlier.size() - 1)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the runs beside " + self, e);
    }
  }

  /**
   * Compares this run's table with the same table of an earlier run (see {@link RunComparison}).
   */
  public Table compareWith(Explore earlier, String table) {
    return RunComparison.compare(earlier.table(table), table(table));
  }

  /**
   * A figure is a column {@code x} with {@code x_status} beside it (README "Output schemas"), or a
   * figure column of the table's info; one stored as whole numbers becomes a double column, so
   * every figure reads, compares and divides alike.
   */
  private static void asFigures(Table table, Optional<TableInfo> info) {
    List<String> figures = new ArrayList<>();
    for (String name : table.columnNames()) {
      if (table.containsColumn(name + "_status")) {
        figures.add(name);
      }
    }
    info.ifPresent(
        i ->
            i.columns().stream()
                .filter(
                    c ->
                        c.kind() == Kind.FIGURE
                            && table.containsColumn(c.name())
                            && !figures.contains(c.name()))
                .forEach(c -> figures.add(c.name())));
    for (String name : figures) {
      Column<?> stored = table.column(name);
      if (stored instanceof NumericColumn<?> numbers && !(stored instanceof DoubleColumn)) {
        table.replaceColumn(name, numbers.asDoubleColumn().setName(name));
      }
      if (!table.containsColumn(name + "_status")) {
        table.addColumns(StringColumn.create(name + "_status", table.rowCount()));
      }
    }
  }

  @Override
  public String toString() {
    return "Explore[" + runDir + "]";
  }
}
