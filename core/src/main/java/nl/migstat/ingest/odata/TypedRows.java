package nl.migstat.ingest.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.migstat.ingest.cbs.CbsCell;
import nl.migstat.ingest.cbs.CbsTable;
import nl.migstat.ingest.odata.ODataJson.Cell;
import nl.migstat.ingest.odata.ODataJson.Kind;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;

/**
 * Turns rows of a CBS OData v3 {@code TypedDataSet} (JSON or CSV) into observations and code-list
 * entries: numeric topics become observations, String topics (84489NED {@code Naam_2}, padded to 35
 * characters, MANIFEST A4) go trimmed to the code list keyed by {@link CbsTable#rowKey}.
 *
 * <p>The typed set writes every missing figure as {@code null}: the StatLine symbol ({@code .},
 * {@code x}, empty) is not in it, so a null figure is "no figure" ({@code not_available}) with the
 * source flag {@code null} (JSON) or the empty cell (CSV) as written. A string in a numeric topic
 * is read as an untyped cell ({@code " ."}, padded numbers).
 */
final class TypedRows {
  private final String file;
  private final CbsTable table;
  private final List<String> rowDims;
  private final Map<String, Boolean> topicIsText;
  private final String periodKey;
  private final Function<String, PeriodStatusWord> periodStatus;
  private final String nullFlag;
  private final ObservationSink sink;
  private long records;
  private boolean keysChecked;

  /**
   * @param file the input as the user named it (rejects carry it)
   * @param table the table shape; its dimensions correspond one to one to {@code rowDims}
   * @param rowDims dimension keys as written in the rows (e.g. {@code Periods} where the table
   *     knows {@code Perioden})
   * @param periodKey the row key of the time dimension, or null
   * @param periodStatus status word of a period code, or null when unknown
   * @param nullFlag the source flag of a null figure ({@code null} in JSON, empty in CSV)
   */
  TypedRows(
      String file,
      CbsTable table,
      List<String> rowDims,
      Map<String, Boolean> topicIsText,
      String periodKey,
      Function<String, PeriodStatusWord> periodStatus,
      String nullFlag,
      ObservationSink sink) {
    this.file = file;
    this.table = table;
    this.rowDims = rowDims;
    this.topicIsText = topicIsText;
    this.periodKey = periodKey;
    this.periodStatus = periodStatus;
    this.nullFlag = nullFlag;
    this.sink = sink;
  }

  long records() {
    return records;
  }

  /** Counts a row that could not be read at all (a CSV syntax error) as one rejected record. */
  void rejectRow(long line, String raw, String reason) {
    records++;
    sink.reject(new Reject(file, line, raw, reason));
  }

  /**
   * Reads one row.
   *
   * @param where the page (for origins and reject reasons)
   * @param pointer the row's JSON pointer ({@code #/value/17}) or CSV line ({@code :18})
   */
  void row(String where, String pointer, long line, Map<String, Cell> row) {
    if (!keysChecked) {
      keysChecked = true;
      row.keySet().stream()
          .filter(k -> !k.equals("ID") && !rowDims.contains(k) && !topicIsText.containsKey(k))
          .forEach(
              k ->
                  sink.warn(
                      where
                          + ": key "
                          + k
                          + " is not described by the metadata;"
                          + " its cells are not read"));
    }
    List<String> dimCodes = new ArrayList<>(rowDims.size());
    for (String key : rowDims) {
      Cell c = row.get(key);
      if (c == null || c.kind() != Kind.STRING || c.text().isBlank()) {
        records++;
        sink.reject(
            new Reject(
                file,
                line,
                String.valueOf(row),
                where
                    + pointer
                    + ": dimension "
                    + key
                    + " is "
                    + (c == null ? "absent" : "not a code")));
        return;
      }
      dimCodes.add(c.text());
    }
    PeriodStatusWord ps = periodKey == null ? null : periodStatus.apply(row.get(periodKey).text());
    for (Map.Entry<String, Boolean> topic : topicIsText.entrySet()) {
      Cell c = row.get(topic.getKey());
      if (topic.getValue()) {
        text(topic.getKey(), c, dimCodes);
      } else {
        figure(where, pointer, line, topic.getKey(), c, dimCodes, ps);
      }
    }
  }

  private void text(String topic, Cell c, List<String> dimCodes) {
    if (c == null || c.text() == null || c.text().isBlank()) {
      return;
    }
    sink.code(new CodeEntry(table.source(), topic, table.rowKey(dimCodes), c.text().trim(), null));
  }

  private void figure(
      String where,
      String pointer,
      long line,
      String topic,
      Cell c,
      List<String> dimCodes,
      PeriodStatusWord ps) {
    records++;
    CbsCell cell = cell(c);
    Status status = ps == null ? null : ps.status();
    String origin = where + pointer;
    CbsTable.Built built =
        table.build(dimCodes, topic, cell, status, ps == null ? null : ps.word(), origin);
    if (built.ok()) {
      sink.observation(built.observation());
    } else {
      String raw = c == null ? "" : String.valueOf(c.text());
      sink.reject(new Reject(file, line, raw, origin + ": " + built.reason()));
    }
  }

  private CbsCell cell(Cell c) {
    if (c == null) {
      return new CbsCell(null, null, null, "topic absent from the row");
    }
    return switch (c.kind()) {
      case NUMBER -> number(c.text());
      case NULL -> new CbsCell(null, Status.NOT_AVAILABLE, nullFlag, null);
      case STRING -> CbsCell.parse(c.text(), NumberStyle.POINT);
      default -> new CbsCell(null, null, null, "a " + c.kind() + " where a figure belongs");
    };
  }

  private static CbsCell number(String text) {
    double d = Double.parseDouble(text);
    if (Double.isInfinite(d)) {
      return new CbsCell(null, null, null, "number out of range: " + text);
    }
    return new CbsCell(d, null, null, null);
  }
}
