package nl.migstat.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Retry-After} header (RFC 9110, 10.2.3): a number of seconds, or an HTTP-date in the
 * preferred IMF-fixdate form or the obsolete RFC 850 and asctime forms a recipient must also accept
 * (RFC 9110, 5.6.7). CBS and Eurostat send it with 429 and 503 during maintenance and rate
 * limiting.
 */
final class RetryAfter {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          // RFC 850: a two-digit year, read in 1970-2069.
          new DateTimeFormatterBuilder()
              .appendPattern("EEEE, dd-MMM-")
              .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
              .appendPattern(" HH:mm:ss zzz")
              .toFormatter(Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH)
              .withZone(java.time.ZoneOffset.UTC));

  private RetryAfter() {}

  /**
   * The wait the header asks for, measured from {@code now}; zero for a date in the past, empty for
   * a missing or unreadable value.
   */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    for (DateTimeFormatter format : DATES) {
      try {
        Instant at = ZonedDateTime.parse(v, format).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
