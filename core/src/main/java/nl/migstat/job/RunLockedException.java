package nl.migstat.job;

import java.nio.file.Path;

/**
 * Another run of the same job holds its lock file: this run stopped before it read an input or
 * wrote an output, and can be started again once that one has finished.
 */
public final class RunLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunLockedException(String job, Path lockFile) {
    super("another run of job " + job + " holds " + lockFile);
  }
}
