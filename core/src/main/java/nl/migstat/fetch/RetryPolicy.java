package nl.migstat.fetch;

import java.time.Duration;

/**
 * How often and how patiently a request is retried after a connect error, a 408, 429 or 5xx, or a
 * body cut short: exponential back-off, bounded in attempts and in delay; a server's {@code
 * Retry-After} replaces the back-off, up to its own cap.
 *
 * @param maxAttempts attempts per file, the first included (at least 1)
 * @param firstDelay delay before the second attempt
 * @param maxDelay upper bound of a back-off delay
 * @param maxRetryAfter upper bound of a wait that a server's {@code Retry-After} asks for
 */
public record RetryPolicy(
    int maxAttempts, Duration firstDelay, Duration maxDelay, Duration maxRetryAfter) {
  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be 1..20, is " + maxAttempts);
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
    }
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative");
    }
  }

  /**
   * Five attempts, 2 s doubling up to 60 s: rides out a CBS or Eurostat maintenance blip; a
   * Retry-After is honoured up to 5 minutes.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(5));
  }

  /** The delay before attempt {@code attempt + 1} (attempt counts from 1). */
  Duration delayAfter(int attempt) {
    long factor = 1L << Math.min(attempt - 1, 20);
    Duration delay = firstDelay.multipliedBy(factor);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
