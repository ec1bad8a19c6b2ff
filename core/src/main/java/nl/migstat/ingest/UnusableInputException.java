package nl.migstat.ingest;

import java.io.IOException;

/**
 * The bytes of an input stop being usable while a reader streams them: a gzip stream that ends
 * early or is corrupt, one that inflates beyond {@link InputLimits#maxGzipRatio()}, a JSON document
 * beyond {@link InputLimits#maxJsonBytes()}. An {@link IOException}, so that it passes through the
 * parsers (Jackson, the line reader) to the reader, which reports it as a {@link BadInputException}
 * with the line it had reached ({@link BadInputException#reading}).
 */
public final class UnusableInputException extends IOException {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String problem) {
    super(problem);
  }

  UnusableInputException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
