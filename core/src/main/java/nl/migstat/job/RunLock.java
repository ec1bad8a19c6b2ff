package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.migstat.files.Checksums;
import nl.migstat.files.Stores;

/**
 * The lock a run of a job holds on {@code .<output>.lock} beside its output folder, so that a
 * second run of the same job, in another process or in this JVM, stops before it changes anything.
 *
 * <p>The operating system's lock belongs to the process, not to the channel: a second {@code
 * tryLock} in the same JVM throws {@link OverlappingFileLockException}, and closing that second
 * channel would release the first run's lock. So this JVM's runs first claim the path in a set, and
 * only the one that claims it opens a channel.
 */
public final class RunLock implements AutoCloseable {
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the job's lock, or throws {@link RunLockedException} when another run, here or in another
   * process, holds it.
   */
  public static RunLock take(Job job) {
    Path file = lockFile(job);
    if (!HELD.add(file)) {
      throw new RunLockedException(job.name(), file);
    }
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new RunLockedException(job.name(), file);
      }
      return new RunLock(file, channel, lock);
    } catch (IOException e) {
      HELD.remove(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The lock file: {@code out/.samples.lock} for the output {@code out/samples}. HDFS and S3 have
   * no locks: for an output there the lock is a local file named after the output's URI, in the
   * driver's temporary folder, which keeps two runs started from one machine apart (README "Running
   * on a cluster").
   */
  static Path lockFile(Job job) {
    Path out = job.outputDir().toAbsolutePath().normalize();
    if (!Stores.isLocal(out)) {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "migstat-locks");
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return dir.resolve(Checksums.of(out.toUri().toString()).substring(0, 16) + ".lock");
    }
    try {
      // The real folder, so that two spellings of one output share one lock in this JVM.
      Path parent = Files.createDirectories(out.getParent()).toRealPath();
      return parent.resolve("." + out.getFileName() + ".lock");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lock file held. */
  public Path file() {
    return file;
  }

  /** Releases the lock (closing the channel releases the operating system's lock). */
  @Override
  public void close() {
    try {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      HELD.remove(file);
    }
  }
}
