package nl.migstat.fetch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another fetch into the same raw folder holds its lock: two fetches would share the tables'
 * staging folders, so this one stopped before it sent a request or changed a file.
 */
public final class FetchLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path lockFile;

  /** The lock file held by the other fetch. */
  public FetchLockedException(Path lockFile) {
    super("another fetch into " + lockFile.getParent() + " holds " + lockFile);
    this.lockFile = lockFile;
  }

  /** The lock file held by the other fetch. */
  public Path lockFile() {
    return lockFile;
  }
}
