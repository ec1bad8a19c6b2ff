package nl.migstat.ingest.eurostat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.ingest.eurostat.BulkKeyLayout.RowKey;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.Line;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Period;
import nl.migstat.model.Reject;

/**
 * Turns the rows of a Eurostat bulk file (MANIFEST B1, B2) into records: every cell becomes one
 * observation or one reject (a bad number, an unknown flag, a period that is not one, a {@code
 * freq} that contradicts the period); a line that cannot be split into its key and cells (wrong
 * field count, wrong key length, bad encoding) is one record and one reject with the line's text.
 *
 * <p>The row key is parsed once per line and shared by the line's observations.
 */
final class BulkRows {
  private final String file;
  private final String source;
  private final BulkHeader header;
  private final ObservationSink sink;
  private final BulkCellDecoder decoder = new BulkCellDecoder();
  private final Map<String, Optional<Period>> rowPeriods = new HashMap<>();
  private long records;

  BulkRows(String file, String source, BulkHeader header, ObservationSink sink) {
    this.file = file;
    this.source = source;
    this.header = header;
    this.sink = sink;
    for (String column : header.unknownPeriodColumns()) {
      sink.warn(
          file
              + ": the header column "
              + Excerpt.quoted(column)
              + " is not a Eurostat period;"
              + " its cells are rejected");
    }
  }

  /** Records read so far: cells, plus one per line that could not be split. */
  long records() {
    return records;
  }

  /** One bulk TSV line: the comma-joined key, then TAB-separated cells. */
  void tsvLine(Line line) {
    String text = line.text();
    if (line.decodeError() != null) {
      rejectLine(line.number(), text, line.decodeError());
      return;
    }
    int tab = text.indexOf('\t');
    int fields = 1 + count(text, '\t');
    if (tab < 0 || fields != header.columns() + 1) {
      rejectLine(
          line.number(),
          text,
          "expected "
              + (header.columns() + 1)
              + " TAB-separated fields as in the header, found "
              + fields);
      return;
    }
    Row row = row(BulkKeyLayout.split(text, 0, tab, ','), line.number(), text);
    if (row == null) {
      return;
    }
    int start = tab + 1;
    for (int j = 0; j < header.columns(); j++) {
      int end = text.indexOf('\t', start);
      end = end < 0 ? text.length() : end;
      cell(row, j, text, start, end);
      start = end + 1;
    }
  }

  /** One record of a bulk file converted to comma CSV: key columns, then one field per column. */
  void wideCsvRecord(CsvRecord record) {
    if (record.error() != null) {
      rejectLine(record.line(), record.raw(), record.error());
      return;
    }
    int keySize = header.key().size();
    if (record.size() != keySize + header.columns()) {
      rejectLine(
          record.line(),
          record.raw(),
          "expected "
              + (keySize + header.columns())
              + " comma-separated fields as in the header, found "
              + record.size());
      return;
    }
    List<String> codes = record.fields().subList(0, keySize).stream().map(String::strip).toList();
    Row row = row(codes, record.line(), record.raw());
    if (row == null) {
      return;
    }
    for (int j = 0; j < header.columns(); j++) {
      String field = record.field(keySize + j);
      cell(row, j, field, 0, field.length());
    }
  }

  private Row row(List<String> codes, long number, String raw) {
    if (codes.size() != header.key().size()) {
      rejectLine(
          number,
          raw,
          "the row key has "
              + codes.size()
              + " codes where the header names "
              + header.key().size()
              + " dimensions ("
              + String.join(",", header.key().ids())
              + ")");
      return null;
    }
    int empty = codes.indexOf("");
    if (empty >= 0) {
      rejectLine(number, raw, "the row key has no code for " + header.key().ids().get(empty));
      return null;
    }
    RowKey key = header.key().key(codes);
    Period period = key.time() == null ? null : rowPeriod(key.time());
    String frequency = key.freq() == null ? null : expectedFrequency(key.freq());
    return new Row(key, codes, period, frequency, file + ":" + number, number);
  }

  private Period rowPeriod(String code) {
    return rowPeriods.computeIfAbsent(code, Period::fromEurostat).orElse(null);
  }

  /** Eurostat writes half years as {@code S} (semester); the model calls them {@code H}. */
  private static String expectedFrequency(String freq) {
    return freq.equals("S") ? "H" : freq;
  }

  private void cell(Row row, int j, String text, int from, int to) {
    records++;
    Period period = header.timeAcross() ? header.columnPeriods()[j] : row.period();
    if (period == null) {
      rejectCell(
          row,
          j,
          text.substring(from, to),
          header.timeAcross()
              ? "the header column "
                  + Excerpt.quoted(header.columnCodes().get(j))
                  + " is not a Eurostat period"
              : "the row key's time "
                  + Excerpt.quoted(row.key().time())
                  + " is not a Eurostat period");
      return;
    }
    if (row.frequency() != null && !row.frequency().equals(period.frequency())) {
      rejectCell(
          row,
          j,
          text.substring(from, to),
          "freq "
              + row.key().freq()
              + " does not match the period "
              + period.code()
              + " (frequency "
              + period.frequency()
              + ")");
      return;
    }
    decoder.decode(text, from, to);
    if (decoder.error != null) {
      rejectCell(row, j, text.substring(from, to), decoder.error);
      return;
    }
    String region = header.timeAcross() ? row.key().region() : header.columnCodes().get(j);
    sink.observation(
        new Observation(
            source,
            row.key().measure(),
            period.code(),
            period.frequency(),
            region,
            row.key().dims(),
            decoder.value,
            decoder.status,
            decoder.states,
            decoder.flag,
            row.origin()));
  }

  private void rejectCell(Row row, int j, String cell, String problem) {
    String where =
        " (row " + String.join(",", row.codes()) + ", column " + header.columnCodes().get(j) + ")";
    sink.reject(new Reject(file, row.number(), cell, problem + where));
  }

  private void rejectLine(long number, String raw, String reason) {
    records++;
    sink.reject(new Reject(file, number, raw, reason));
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /** One parsed line: its key, the period when time is in the key, and its origin. */
  private record Row(
      RowKey key,
      List<String> codes,
      Period period,
      String frequency,
      String origin,
      long number) {}
}
