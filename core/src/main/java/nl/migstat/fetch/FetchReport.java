package nl.migstat.fetch;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What became of one {@link FetchSpec}: downloaded, already up to date, or failed with the URL and
 * status that stopped it; the previous copy is untouched unless the outcome is DOWNLOADED.
 *
 * @param spec the table asked for
 * @param outcome downloaded, up to date, or failed
 * @param reason why it failed (URL and HTTP status or error), or a short note otherwise
 * @param modified the publisher's modification date, or null when unknown
 * @param bytes bytes received over the network for this table
 * @param pages data pages saved (OData pages; 1 for a Eurostat file; 0 when nothing was saved)
 * @param requests HTTP requests sent for this table
 * @param retries requests repeated after a connect error, 429, 5xx or a truncated body
 * @param sha256 hex SHA-256 per saved file, keyed by path relative to the raw folder ('/')
 */
public record FetchReport(
    FetchSpec spec,
    Outcome outcome,
    String reason,
    String modified,
    long bytes,
    int pages,
    int requests,
    int retries,
    SortedMap<String, String> sha256) {
  /** The three ways a fetch ends. */
  public enum Outcome {
    DOWNLOADED,
    UP_TO_DATE,
    FAILED
  }

  /** Copies the checksums so the report cannot change afterwards. */
  public FetchReport {
    sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
  }

  /** Whether the table is now on disk as the publisher has it. */
  public boolean succeeded() {
    return outcome != Outcome.FAILED;
  }
}
