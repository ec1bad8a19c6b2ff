package nl.migstat.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fetchers for tests: quick retries and timeouts, no proxy, a fixed clock. */
final class TestFetchers {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);

  private TestFetchers() {}

  /** Three attempts 1-5 ms apart, Retry-After up to 2 s, a 500 ms read timeout. */
  static FetchSettings quick() {
    return new FetchSettings(
        new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)),
        new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(20)),
        ProxyRules.none(),
        null,
        null,
        new AsyncPolling(Duration.ofMillis(20), Duration.ofSeconds(5)));
  }

  /**
   * {@link #quick()} with 30 s to connect and read: a TLS handshake on a loaded test machine can
   * take longer than the quick read timeout, which a test of a certificate must not take for a
   * stalled server.
   */
  static FetchSettings quickWithSlowHandshake() {
    FetchSettings quick = quick();
    return new FetchSettings(
        quick.retry(),
        new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60)),
        quick.proxies(),
        null,
        null,
        quick.eurostatAsync());
  }

  static Fetcher fetcher(FetchSettings settings) {
    try {
      return new Fetcher(settings, CLOCK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
