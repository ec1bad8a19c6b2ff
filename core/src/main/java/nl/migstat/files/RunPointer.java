package nl.migstat.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The published run of an output on a store without symbolic links (HDFS, S3): the file {@code
 * <output>/_published} holds the run's folder name, and is replaced whole, never edited: on HDFS by
 * an atomic rename over it, on S3 by one PUT (an object is visible whole or not at all, and S3
 * reads after a write are consistent). A reader that follows it never sees a half-written run,
 * since a run folder is complete before its name is written here.
 */
public final class RunPointer {
  /** The pointer's file name inside the output folder. */
  public static final String FILE = "_published";

  private RunPointer() {}

  /** The run folder name that {@code output}'s pointer names, if it has one. */
  public static Optional<String> read(Path output) {
    Path file = output.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String id = Files.readString(file, StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pointer " + file, e);
    }
  }

  /** Points {@code output} at the run folder called {@code runId}, in one atomic step. */
  public static void write(Path output, String runId) {
    Path file = output.resolve(FILE);
    byte[] text = (runId + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(output);
      if (!Stores.renamesAtomically(output)) {
        Files.write(file, text);
        return;
      }
      Path temp = output.resolve("." + FILE + ".tmp-" + UUID.randomUUID());
      Files.write(temp, text);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + runId + " at " + file, e);
    }
  }

  /**
   * The run folder that {@code output} publishes when it holds a pointer (next to it, in {@code
   * <output>.runs/}), else {@code output} itself (a local link, or a run folder).
   */
  public static Path follow(Path output) {
    return read(output).map(id -> runsOf(output).resolve(id)).orElse(output);
  }

  /** The folder of an output's runs: {@code <output>.runs} beside it. */
  public static Path runsOf(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".runs");
  }
}
