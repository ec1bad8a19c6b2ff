package nl.migstat.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.migstat.files.AtomicDirectory;

/**
 * The hidden folder beside a CBS table's target ({@code .<name>.staging}) where its files gather
 * until all have arrived. Each file in it is complete (renamed from {@code .part} when whole), so
 * after a failed or killed fetch it is kept and the next fetch of the same publisher version
 * resumes from the first file missing instead of from page 1; a stamp file says which version
 * (kind, address, modification date) the files belong to.
 */
final class TableStaging {
  private static final String STAMP = ".fetch-stamp";

  private final Path target;
  private final Path dir;
  private final FetchLog log;

  private TableStaging(Path target, FetchLog log) {
    this.target = target;
    this.dir = target.resolveSibling("." + target.getFileName() + ".staging");
    this.log = log;
  }

  /**
   * The staging folder of {@code target}, created, after repairing what a killed fetch left: a
   * target renamed aside ({@code .<name>.old-*}) but not replaced is put back (the one that {@code
   * recorded} accepts as the recorded copy, else the newest), and leftovers of earlier publications
   * are deleted.
   */
  static TableStaging open(Path target, Predicate<Path> recorded, FetchLog log) throws IOException {
    TableStaging staging = new TableStaging(target, log);
    staging.repair(recorded);
    Files.createDirectories(staging.dir);
    return staging;
  }

  Path dir() {
    return dir;
  }

  /**
   * Keeps the files already staged when they belong to {@code stamp}; otherwise deletes all but
   * {@code keep} and records the stamp. Returns the number of files kept (besides {@code keep}).
   */
  int keepOnly(String stamp, Path keep) throws IOException {
    Path file = dir.resolve(STAMP);
    boolean same =
        Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(stamp);
    int kept = 0;
    for (Path p : list(dir)) {
      if (p.equals(keep) || p.equals(file)) {
        continue;
      }
      if (same && !p.getFileName().toString().endsWith(".part")) {
        kept++;
      } else {
        AtomicDirectory.deleteTree(p);
      }
    }
    if (!same) {
      Path part = dir.resolve(STAMP + ".part");
      Files.writeString(part, stamp, StandardCharsets.UTF_8);
      ResumableDownload.commit(part, file);
    }
    return kept;
  }

  /** Removes the stamp and renames the staged files into place as the target, atomically. */
  void publish() throws IOException {
    Files.deleteIfExists(dir.resolve(STAMP));
    AtomicDirectory.publish(dir, target);
  }

  /** Deletes the staging folder (the target was already up to date). */
  void discard() {
    AtomicDirectory.deleteTree(dir);
  }

  private void repair(Predicate<Path> recorded) throws IOException {
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    List<Path> siblings = list(parent);
    List<Path> old =
        siblings.stream()
            .filter(p -> p.getFileName().toString().startsWith("." + name + ".old-"))
            .toList();
    if (!Files.exists(target)) {
      List<Path> newestFirst =
          old.stream().sorted(Comparator.comparing(TableStaging::modified).reversed()).toList();
      Optional<Path> back = newestFirst.stream().filter(recorded).findFirst();
      if (back.isEmpty()) {
        back = newestFirst.stream().findFirst();
      }
      if (back.isPresent()) {
        // Killed between the two renames of AtomicDirectory.publish: the old table is whole.
        Files.move(back.get(), target, StandardCopyOption.ATOMIC_MOVE);
        log.info("put back " + target.getFileName() + " from " + back.get().getFileName());
      }
    }
    for (Path p : siblings) {
      String n = p.getFileName().toString();
      boolean leftover =
          n.startsWith("." + name + ".old-") || n.startsWith("." + name + ".staging-");
      if (leftover && Files.exists(p)) {
        AtomicDirectory.deleteTree(p);
      }
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
