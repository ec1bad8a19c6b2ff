package nl.migstat.job;

/** A job file that cannot be used: the message names the file, the line and the key. */
public final class JobFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobFileException(String file, int line, String key, String problem) {
    super(file + (line > 0 ? ":" + line : "") + (key == null ? "" : ": " + key) + ": " + problem);
  }
}
