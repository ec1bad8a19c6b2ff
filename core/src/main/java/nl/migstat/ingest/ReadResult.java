package nl.migstat.ingest;

/**
 * What a reader reports about one input.
 *
 * @param format the detected format name, e.g. {@code cbs-odata-csv}
 * @param source the source recorded on every observation, e.g. {@code cbs:84910NED}
 * @param lines physical lines (or JSON rows) read, for the report
 * @param records candidate observations read: every one became exactly one observation or one
 *     reject, which {@link Ingest} checks
 */
public record ReadResult(String format, String source, long lines, long records) {}
