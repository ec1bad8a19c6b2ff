package nl.migstat.fetch;

/** Counters of one table's fetch, for its {@link FetchReport}. */
final class TransferStats {
  int requests;
  int retries;
  long bytes;
  int pages;
}
