package nl.migstat.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What the attempts at one request saw so far: the last failure (status, problem, cause), the wait
 * the server asked for, the validator a resume must send in {@code If-Range}, and the deadline of
 * the whole download ({@link Timeouts#download()}).
 */
final class Attempts {
  int status = -1;
  String problem = "no attempt made";
  Throwable cause;
  Optional<Duration> retryAfter = Optional.empty();
  String validator;
  final long deadlineNanos;
  private final Duration limit;

  Attempts(Duration downloadLimit) {
    this.limit = downloadLimit;
    this.deadlineNanos = System.nanoTime() + downloadLimit.toNanos();
  }

  void failed(int status, String problem, Throwable cause) {
    this.status = status;
    this.problem = problem;
    this.cause = cause;
  }

  /** Time left until the deadline (zero when passed). */
  Duration left() {
    long nanos = deadlineNanos - System.nanoTime();
    return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos);
  }

  /** The read timeout for the next request: the configured one, or less near the deadline. */
  Duration readTimeout(Duration read) {
    Duration left = left();
    return left.compareTo(read) < 0 ? left.plusMillis(1) : read;
  }

  /** Fails the download when its deadline passed, or would pass within {@code wait}. */
  void requireTimeFor(URI uri, Duration wait) throws FetchFailure {
    if (left().compareTo(wait) <= 0) {
      throw new FetchFailure(
          uri,
          status,
          "gave up: the download timeout of "
              + Exchanges.shown(limit)
              + " (--download-timeout) "
              + (wait.isZero() ? "passed" : "would pass during the next wait")
              + "; last problem: "
              + problem,
          cause);
    }
  }
}
