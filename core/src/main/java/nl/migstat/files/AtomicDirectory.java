package nl.migstat.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

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
