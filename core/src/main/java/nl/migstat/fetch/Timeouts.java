package nl.migstat.fetch;

import java.time.Duration;

/**
 * How long the fetcher waits, per kind of wait: a slow network is not a dead one, but a stalled
 * connection must end in a retry and a trickling one must not hold a nightly job forever.
 *
 * @param connect time allowed to open a connection (TCP and TLS; through the proxy if one is used)
 * @param read time allowed until a response's headers arrive, and between two pieces of its body (a
 *     stalled body is abandoned and resumed)
 * @param download the longest one file (one page, one dataset) may take, all its attempts, waits
 *     and resumes included
 */
public record Timeouts(Duration connect, Duration read, Duration download) {
  /** Checks that every wait is positive. */
  public Timeouts {
    for (Duration d : new Duration[] {connect, read, download}) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("timeouts must be positive, is " + d);
      }
    }
  }

  /** Connect 30 s, read 5 min, one file 2 h (a large Eurostat bulk file on a slow line). */
  public static Timeouts defaults() {
    return new Timeouts(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(2));
  }
}
