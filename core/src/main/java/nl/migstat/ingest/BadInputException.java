package nl.migstat.ingest;

/**
 * A file that cannot be read as a whole: the message names the file, the line (when known) and the
 * problem, so a statistician can open the file at that place.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String problem;

  public BadInputException(String file, long line, String problem) {
    this(file, line, problem, null);
  }

  public BadInputException(String file, long line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is not tied to one line. */
  public long line() {
    return line;
  }

  /** The problem without file and line. */
  public String problem() {
    return problem;
  }
}
