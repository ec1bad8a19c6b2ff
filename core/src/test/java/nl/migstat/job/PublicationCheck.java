package nl.migstat.job;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.migstat.explore.ParquetTables;
import nl.migstat.export.ChartFiles;
import nl.migstat.export.RunManifest;
import nl.migstat.files.Seal;

/**
 * Tells a torn publication from a clean one: what a reader of {@code out/<job>} or of an {@code
 * ingest --out} folder finds must be one complete publication, never files of two. Clean means: the
 * path resolves to a folder that is not unfinished ({@code .partial}, staging), its seal lists
 * exactly its files with their digests (a table of another run, a part file added, removed or cut
 * short all break it), every table folder has {@code _SUCCESS}, and a run's manifest names this
 * run, a folder for each table it built and the rows each one holds; an ingest output holds its
 * three tables. Also a command ({@code main}) for the soak script: it prints each path's verdict
 * and exits with the number of torn ones.
 */
public final class PublicationCheck {
  private static final Set<String> INGEST_TABLES = Set.of("observations", "codes", "rejects");

  private PublicationCheck() {}

  /** What makes the publication at {@code published} torn; empty when it is clean. */
  public static List<String> problems(Path published) {
    if (!Files.isDirectory(published)) {
      return List.of(published + " is missing (or not a folder)");
    }
    Path folder;
    try {
      folder = published.toRealPath();
    } catch (IOException e) {
      return List.of(published + " cannot be resolved: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    String name = folder.getFileName().toString();
    if (name.endsWith(".partial") || name.contains(".staging-") || name.contains(".old-")) {
      problems.add("an unfinished folder is published: " + name);
    }
    problems.addAll(Seal.problems(folder));
    List<Path> tables = folders(folder);
    for (Path table : tables) {
      if (!Files.isRegularFile(table.resolve("_SUCCESS"))) {
        problems.add(table.getFileName() + ": no _SUCCESS");
      }
    }
    Optional<RunManifest> manifest = manifest(folder, problems);
    if (manifest.isPresent()) {
      problems.addAll(runProblems(folder, manifest.get(), tables));
    } else if (!Files.exists(folder.resolve(RunManifest.FILE))) {
      List<String> names = tables.stream().map(t -> t.getFileName().toString()).sorted().toList();
      if (!names.equals(INGEST_TABLES.stream().sorted().toList())) {
        problems.add("neither a run (no manifest) nor an ingest output: folders " + names);
      }
    }
    return problems;
  }

  private static List<String> runProblems(Path folder, RunManifest m, List<Path> tables) {
    List<String> problems = new ArrayList<>();
    if (!folder.getFileName().toString().equals(m.runId())) {
      problems.add("the manifest is of run " + m.runId() + ", the folder " + folder.getFileName());
    }
    for (RunManifest.TableEntry t : m.tables()) {
      Path table = folder.resolve(t.name());
      if (t.skipped() != null) {
        if (Files.exists(table)) {
          problems.add(t.name() + ": skipped in the manifest, yet its folder is there");
        }
      } else if (!Files.isDirectory(table)) {
        problems.add(t.name() + ": in the manifest, but no folder");
      } else if (Files.isRegularFile(table.resolve("_SUCCESS"))) {
        long rows = rows(table);
        if (t.rows() == null || rows != t.rows()) {
          problems.add(t.name() + ": " + rows + " rows, the manifest says " + t.rows());
        }
      }
    }
    for (Path table : tables) {
      String name = table.getFileName().toString();
      if (!INGEST_TABLES.contains(name) && m.table(name).isEmpty()) {
        problems.add(name + ": a folder the manifest does not name");
      }
    }
    return problems;
  }

  private static Optional<RunManifest> manifest(Path folder, List<String> problems) {
    try {
      return RunManifest.read(folder);
    } catch (UncheckedIOException e) {
      problems.add("manifest unreadable: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static long rows(Path table) {
    try {
      return ParquetTables.read(table, table.getFileName().toString()).rowCount();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /**
   * The table folders of a publication: every folder but the workbook's charts, which are files the
   * seal covers, not a Parquet table.
   */
  private static List<Path> folders(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().equals(ChartFiles.FOLDER))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks each path given and prints {@code clean <path>} or {@code TORN <path>: <problems>};
   * exits with the number of torn ones (at most 100).
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    int torn = 0;
    for (String arg : args) {
      List<String> problems = problems(Path.of(arg));
      if (problems.isEmpty()) {
        out.println("clean " + arg);
      } else {
        torn++;
        out.println("TORN " + arg + ": " + String.join("; ", problems));
      }
    }
    out.flush();
    Runtime.getRuntime().exit(Math.min(torn, 100));
  }
}
