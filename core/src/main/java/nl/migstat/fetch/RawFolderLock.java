package nl.migstat.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The raw folder's {@code .fetch.lock}, held by one fetch at a time: an operating-system lock, so a
 * killed fetch releases it with its process and leaves nothing to clean up.
 */
final class RawFolderLock implements AutoCloseable {
  static final String FILE_NAME = ".fetch.lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RawFolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file. */
  Path file() {
    return file;
  }

  /**
   * Takes the lock of {@code raw}.
   *
   * @throws FetchLockedException when another fetch (another process, or this one) holds it
   */
  static RawFolderLock take(Path raw) throws IOException {
    Path file = raw.resolve(FILE_NAME);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new FetchLockedException(file);
    }
    return new RawFolderLock(file, channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
