package nl.migstat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.migstat.files.AtomicDirectory;
import nl.migstat.files.RunPointer;
import nl.migstat.files.Seal;
import nl.migstat.files.Stores;

/**
 * A job's published output: {@code <output>} is a symbolic link to one complete run folder in
 * {@code <output>.runs/}. A run is written as {@code <id>.partial}, renamed to {@code <id>} when
 * complete, and published by atomically replacing the link, so a run killed at any moment leaves
 * the previously published run complete and in place (RELIABILITY.md: never overwrite). Each run is
 * sealed ({@link Seal}) before it is renamed complete, so a reader can tell it is whole.
 *
 * <p>On a store without links (HDFS, S3: {@link Stores#isLocal} is false) {@code <output>} is a
 * folder whose {@link RunPointer} names the published run instead of a link; the run folders are
 * the same.
 */
public final class PublishedRuns {
  private static final String PARTIAL = ".partial";

  private final Path link;
  private final Path runs;

  public PublishedRuns(Path output) {
    this.link = output.toAbsolutePath().normalize();
    this.runs = link.resolveSibling(link.getFileName() + ".runs");
  }

  /** The published output path (the link). */
  public Path output() {
    return link;
  }

  /** The folder of the published run, if any. */
  public Optional<Path> current() {
    if (!Stores.isLocal(link)) {
      return RunPointer.read(link).map(runs::resolve);
    }
    if (!Files.isSymbolicLink(link)) {
      if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalStateException(
            link
                + " exists but is not a published run (a link);"
                + " move it away before running the job");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty run folder to write into (not yet visible as a run). */
  public Path start(String runId) {
    Path dir = runs.resolve(runId + (writesInPlace() ? "" : PARTIAL));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * Deletes an unfinished run folder, after a failed run; a failure here is left to {@link #clean}.
   */
  public void discard(Path partial) {
    if (!partial.getFileName().toString().endsWith(PARTIAL) && !writesInPlace()) {
      throw new IllegalArgumentException("not a partial run folder: " + partial);
    }
    try {
      AtomicDirectory.deleteTree(partial);
    } catch (UncheckedIOException e) {
      // The run's own failure is what the user needs to see; the next run's clean() retries.
    }
  }

  /**
   * Seals a written run, marks it complete and makes it the published one; returns its final
   * folder.
   */
  public Path publish(Path partial) {
    String name = partial.getFileName().toString();
    if (!name.endsWith(PARTIAL) && !writesInPlace()) {
      throw new IllegalArgumentException("not a partial run folder: " + partial);
    }
    if (!Stores.isLocal(link)) {
      return publishByPointer(partial, partial.resolveSibling(name.replace(PARTIAL, "")));
    }
    Path done = partial.resolveSibling(name.substring(0, name.length() - PARTIAL.length()));
    Path tmpLink = link.resolveSibling("." + link.getFileName() + ".link-" + done.getFileName());
    Seal.write(partial);
    try {
      Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(tmpLink);
      Files.createSymbolicLink(tmpLink, link.getParent().relativize(done));
      Files.move(
          tmpLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IllegalStateException(
          "the output file system cannot rename atomically: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + done + ": " + e.getMessage(), e);
    }
    return done;
  }

  /**
   * On HDFS renames the run complete (atomically), on S3 leaves it where it was written, and points
   * the output at it.
   */
  private Path publishByPointer(Path partial, Path done) {
    if (writesInPlace()) {
      done = partial;
    } else {
      try {
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot publish " + done + ": " + e.getMessage(), e);
      }
    }
    RunPointer.write(link, done.getFileName().toString());
    return done;
  }

  /**
   * Whether runs are written under their final name: on an object store, whose rename would copy
   * every file, so a run is complete once its manifest (written last) is there, and published by
   * the pointer alone.
   */
  private boolean writesInPlace() {
    return !Stores.renamesAtomically(link);
  }

  /**
   * Deletes unfinished runs, temporary links left by a run killed while publishing, and all but the
   * newest {@code keep} complete runs besides the current one.
   */
  public void clean(int keep) {
    if (!Files.isDirectory(runs)) {
      return;
    }
    String tmpLinks = "." + link.getFileName() + ".link-";
    try (Stream<Path> s = Files.list(link.getParent())) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(tmpLinks)).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<Path> current = current();
    List<Path> all;
    try (Stream<Path> s = Files.list(runs)) {
      all = s.sorted(Comparator.comparing(Path::toString).reversed()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int kept = 0;
    for (Path p : all) {
      boolean isCurrent = current.isPresent() && current.get().equals(p.normalize());
      if (isCurrent) {
        continue;
      }
      if (p.getFileName().toString().endsWith(PARTIAL) || unfinished(p) || kept++ >= keep) {
        AtomicDirectory.deleteTree(p);
      }
    }
  }

  /**
   * A run folder on an object store whose run was cut short: without the manifest that a complete
   * run's folder holds (it is written last).
   */
  private boolean unfinished(Path run) {
    return writesInPlace() && !Files.exists(run.resolve(RunManifest.FILE));
  }
}
