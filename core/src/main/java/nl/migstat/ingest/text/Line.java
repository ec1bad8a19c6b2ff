package nl.migstat.ingest.text;

/**
 * One physical line of an input.
 *
 * @param number 1-based line number
 * @param text the decoded text without its line end (and without a BOM on line 1)
 * @param decodeError null, or why the bytes of this line are not valid in the file's charset
 */
public record Line(long number, String text, String decodeError) {}
