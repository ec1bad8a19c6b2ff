package nl.migstat.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.migstat.files.AtomicDirectory;
import nl.migstat.files.Checksums;
import nl.migstat.files.Stores;

/**
 * A raw folder on HDFS or S3 for {@code fetch}: the downloads, their resumable part files and the
 * raw folder's lock need a local file system (positional writes, file locks), so a fetch works in a
 * local mirror of the remote folder (its records and the job's current targets copied down, for the
 * up-to-date checks) and copies each table it downloaded back up, replacing the old copy with an
 * atomic rename on HDFS, then the records.
 */
final class MirroredRaw {
  private final Path remote;
  private final Path mirror;

  MirroredRaw(Path remote) throws IOException {
    this.remote = remote.toAbsolutePath().normalize();
    String key = Checksums.of(this.remote.toUri().toString()).substring(0, 16);
    this.mirror =
        Files.createDirectories(
            Path.of(System.getProperty("java.io.tmpdir"), "migstat-fetch", key));
  }

  /** The local folder the fetch works in. */
  Path local() {
    return mirror;
  }

  /** Copies the remote records and the specs' current targets into the mirror. */
  void pull(List<FetchSpec> specs) throws IOException {
    Files.createDirectories(remote);
    copy(remote.resolve(FetchRecords.FILE_NAME), mirror.resolve(FetchRecords.FILE_NAME));
    for (FetchSpec spec : specs) {
      copy(remote.resolve(spec.target()), mirror.resolve(spec.target()));
    }
  }

  /** Copies the tables downloaded back to the remote folder, then the records. */
  void push(List<FetchReport> reports) throws IOException {
    for (FetchReport r : reports) {
      if (r.outcome() == FetchReport.Outcome.DOWNLOADED) {
        replace(mirror.resolve(r.spec().target()), remote.resolve(r.spec().target()));
      }
    }
    replace(mirror.resolve(FetchRecords.FILE_NAME), remote.resolve(FetchRecords.FILE_NAME));
  }

  /** Replaces {@code to} by a copy of {@code from}: atomically where the store renames so. */
  private static void replace(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    if (!Stores.renamesAtomically(to)) {
      // S3: no rename; the object store shows each file whole, the folder is replaced in turn.
      AtomicDirectory.deleteTree(to);
      copy(from, to);
      return;
    }
    Path staging = to.resolveSibling("." + to.getFileName() + ".upload-" + UUID.randomUUID());
    try {
      copy(from, staging);
      AtomicDirectory.publish(staging, to);
    } finally {
      AtomicDirectory.deleteTree(staging);
    }
  }

  /** Copies a file or a folder's files across stores, replacing what {@code to} held. */
  private static void copy(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    AtomicDirectory.deleteTree(to);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = p.equals(from) ? to : to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
