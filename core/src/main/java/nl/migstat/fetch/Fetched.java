package nl.migstat.fetch;

import java.util.SortedMap;

/**
 * What one table's fetch left behind: the publisher's date and, when downloaded, the checksums.
 *
 * @param modified the publisher's modification date, or null when it gives none
 * @param sha256 SHA-256 per saved file (empty when up to date)
 * @param upToDate true when the raw folder already held this table for this date
 */
record Fetched(String modified, SortedMap<String, String> sha256, boolean upToDate) {}
