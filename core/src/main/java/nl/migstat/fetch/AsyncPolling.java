package nl.migstat.fetch;

import java.time.Duration;

/**
 * How Eurostat's asynchronous replies are awaited: Eurostat answers a request it will not serve at
 * once with a key, and the client asks {@code 1.0/async/status/<key>} "at regular interval" until
 * the data is AVAILABLE (Eurostat, "API - Detailed guidelines - Asynchronous API",
 * https://ec.europa.eu/eurostat/web/user-guides/data-browser/api-data-access/api-detailed-guidelines/asynchronous-api).
 *
 * @param interval the wait between two status requests
 * @param maxWait how long to wait for the data in all, before the dataset is reported as failed
 */
public record AsyncPolling(Duration interval, Duration maxWait) {
  /** Checks that both waits are positive. */
  public AsyncPolling {
    if (interval.isZero() || interval.isNegative() || maxWait.compareTo(interval) < 0) {
      throw new IllegalArgumentException("need 0 < interval <= maxWait");
    }
  }

  /** A status request every 30 s, for at most 1 h. */
  public static AsyncPolling defaults() {
    return new AsyncPolling(Duration.ofSeconds(30), Duration.ofHours(1));
  }
}
