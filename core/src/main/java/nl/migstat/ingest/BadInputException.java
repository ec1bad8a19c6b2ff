package nl.migstat.ingest;

import java.io.IOException;

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

  /**
   * The input's bytes could not be read at {@code line} (0 when not known): an {@link
   * UnusableInputException} says what is wrong in its own words (a truncated gzip stream, a gzip
   * bomb, a document over its limit), any other failure is "cannot read".
   */
  public static BadInputException reading(String file, long line, IOException e) {
    String problem =
        e instanceof UnusableInputException ? e.getMessage() : "cannot read: " + e.getMessage();
    return new BadInputException(file, line, problem, e);
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
