package nl.migstat.ingest.text;

import java.util.List;

/**
 * One CSV record: its fields (unquoted, not trimmed), where it starts and ends, its raw text, and
 * the syntax problem if it has one.
 *
 * @param line 1-based line where the record starts
 * @param endLine line where it ends (later than {@code line} when a quoted field holds a newline)
 * @param fields the fields; partial when {@code error} is set
 * @param quoted for each field, whether it was enclosed in quotes
 * @param raw the record as it stood in the file (lines joined with LF)
 * @param error null, or what is wrong with the record's syntax or encoding
 */
public record CsvRecord(
    long line, long endLine, List<String> fields, List<Boolean> quoted, String raw, String error) {

  public int size() {
    return fields.size();
  }

  public String field(int i) {
    return fields.get(i);
  }

  /** True when every field is empty after trimming (a blank or {@code ;;;} line). */
  public boolean isBlank() {
    return fields.stream().allMatch(f -> f.isBlank());
  }
}
