package nl.migstat.fetch;

/** Where the fetcher tells the statistician what it is doing: each request, retry and decision. */
@FunctionalInterface
public interface FetchLog {
  /** One line of progress, e.g. {@code cbs:84809NED: 503 from <url>, retry 1 of 4 in 2s}. */
  void info(String message);

  /** A log that drops everything. */
  static FetchLog silent() {
    return message -> {};
  }
}
