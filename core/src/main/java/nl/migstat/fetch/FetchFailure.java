package nl.migstat.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * A download that cannot succeed, naming the URL and the last HTTP status (or -1 when no response
 * came), so the report tells the statistician exactly which request failed.
 */
public final class FetchFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final URI uri;
  private final int status;

  /** A failure of {@code uri} with the last {@code status} (-1 for none) and what went wrong. */
  public FetchFailure(URI uri, int status, String problem, Throwable cause) {
    super(problem + " (" + uri + (status >= 0 ? ", HTTP " + status : "") + ")", cause);
    this.uri = uri;
    this.status = status;
  }

  /** A failure of {@code uri} with the last {@code status} (-1 for none), without a cause. */
  public FetchFailure(URI uri, int status, String problem) {
    this(uri, status, problem, null);
  }

  /** The request that failed. */
  public URI uri() {
    return uri;
  }

  /** The last HTTP status received, or -1 when no response came. */
  public int status() {
    return status;
  }
}
