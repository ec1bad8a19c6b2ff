package nl.migstat.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes a folder written in a staging place beside its target with atomic renames, so a failed
 * or killed run leaves the previously published folder complete (RELIABILITY.md: Spark's own
 * overwrite deletes first).
 */
public final class AtomicDirectory {
  private AtomicDirectory() {}

  /** A fresh staging folder beside {@code target}, on the same file system. */
  public static Path stagingFor(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parent.resolve("." + abs.getFileName() + ".staging-" + UUID.randomUUID());
  }

  /**
   * Replaces {@code target} by {@code staging}: the old folder is renamed aside, the new one
   * renamed in, and the old one deleted; if the second rename fails the old one is put back.
   */
  public static void publish(Path staging, Path target) {
    Path abs = target.toAbsolutePath().normalize();
    Path old = abs.resolveSibling("." + abs.getFileName() + ".old-" + UUID.randomUUID());
    boolean hadOld = Files.exists(abs);
    try {
      if (hadOld) {
        move(abs, old);
      }
      try {
        move(staging, abs);
      } catch (IOException | RuntimeException e) {
        if (hadOld) {
          move(old, abs);
        }
        throw e;
      }
      if (hadOld) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + abs + ": " + e.getMessage(), e);
    }
  }

  /**
   * Repairs what a process killed while writing or publishing {@code target} left beside it: when
   * it died between the two renames of {@link #publish} the target is missing and the old folder,
   * complete, is renamed aside, so the newest such folder (intact by its seal, if one is) is put
   * back; then leftover staging and old folders are deleted. Two processes must not publish one
   * target at once (the second would delete the first one's staging folder). Returns the folder put
   * back, if one was.
   */
  public static Optional<Path> recover(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    String name = abs.getFileName().toString();
    Path parent = abs.getParent();
    if (!Files.isDirectory(parent)) {
      return Optional.empty();
    }
    try {
      List<Path> siblings = list(parent, "." + name + ".");
      Optional<Path> putBack = Optional.empty();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        // The newest whole one: a folder half deleted after an earlier publication is not.
        List<Path> old =
            siblings.stream()
                .filter(p -> p.getFileName().toString().startsWith("." + name + ".old-"))
                .sorted(Comparator.comparing(AtomicDirectory::modified).reversed())
                .toList();
        putBack = old.stream().filter(p -> Seal.problems(p).isEmpty()).findFirst();
        putBack = putBack.isPresent() ? putBack : old.stream().findFirst();
        if (putBack.isPresent()) {
          move(putBack.get(), abs);
        }
      }
      for (Path p : siblings) {
        String n = p.getFileName().toString();
        boolean leftover =
            n.startsWith("." + name + ".old-") || n.startsWith("." + name + ".staging-");
        if (leftover && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(p);
        }
      }
      return putBack;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair " + abs + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> list(Path folder, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename atomically: " + from + " -> " + to, e);
    }
  }

  /** Deletes a folder and everything in it (a staging folder after a failure, an old output). */
  public static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
