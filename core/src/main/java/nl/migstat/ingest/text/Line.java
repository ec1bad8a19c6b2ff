package nl.migstat.ingest.text;

/**
 * One physical line of an input.
 *
 * @param number 1-based line number
 * @param text the decoded text without its line end (and without a BOM on line 1)
 * @param decodeError null, or why the line cannot be read: its bytes are not valid in the file's
 *     charset, or it is longer than the input's {@code max_line_bytes} (the text is then its start)
 */
public record Line(long number, String text, String decodeError) {}
