package nl.migstat.ingest.cbs;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Period;
import nl.migstat.model.Reject;

/**
 * CBS "onbewerkte dataset" CSV (MANIFEST A1, A3): {@code ;} or {@code ,}, every field quoted, keys
 * as header ({@code "ID";"Geslacht";…;"BevolkingOp1Januari_1"}), padded codes, right-aligned
 * values, {@code .} and empty as distinct states.
 *
 * <p>A topic that holds text (84583NED {@code Gemeentenaam_1}) is not a figure. Without metadata it
 * is recognised the way CBS writes it: no cell is a number and the text is left-aligned (padded on
 * the right, {@code "Gemeente "}), while figures are right-aligned ({@code " 244357"}); such a
 * topic goes to the code list, keyed by the row's region. A right-aligned cell that is not a number
 * is a reject, never text.
 */
public final class CbsOdataCsvReader implements FormatReader {
  public static final String NAME = "cbs-odata-csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "CBS OData CSV: a header of keys starting with \"ID\" (\"ID\";\"Perioden\";…;\"Topic_1\")";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    if (first.startsWith("\"ID\";\"") || first.startsWith("\"ID\",\"")) {
      return 2;
    }
    return 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    char delimiter = Sniff.of(input).firstLine().startsWith("\"ID\";") ? ';' : ',';
    List<CsvRecord> rows;
    CsvRecord header;
    try (CsvReader csv = new CsvReader(input, options.charset(), delimiter)) {
      header = csv.header(file);
      rows = csv.readAll();
    }
    List<String> keys = header.fields().stream().map(String::trim).toList();
    Period fixed = options.fixedPeriod(file);
    CbsTable table = new CbsTable(SourceName.forCbs(input, options, sink), keys, fixed);
    if (table.topics().isEmpty()) {
      throw new BadInputException(
          file,
          1,
          "no topic columns: a CBS OData CSV header has keys ending in _<n> (e.g. Bevolking_1)");
    }
    if (table.periodKey().isEmpty() && fixed == null) {
      sink.warn(
          file
              + ": no period column (Perioden); name the period with --period (observations get none)");
    }
    int[] dimIdx = table.dimensions().stream().mapToInt(keys::indexOf).toArray();
    List<Integer> topicIdx = table.topics().stream().map(keys::indexOf).toList();
    boolean[] textual = textualTopics(rows, keys.size(), topicIdx);
    long records = 0;
    for (CsvRecord row : rows) {
      if (row.error() != null || row.size() != keys.size()) {
        records++;
        sink.reject(
            new Reject(
                file,
                row.line(),
                row.raw(),
                row.error() != null
                    ? row.error()
                    : "expected " + keys.size() + " fields as in the header, found " + row.size()));
        continue;
      }
      List<String> dimCodes = new ArrayList<>(dimIdx.length);
      for (int i : dimIdx) {
        dimCodes.add(row.field(i));
      }
      String origin = file + ":" + row.line();
      for (int t = 0; t < topicIdx.size(); t++) {
        String topic = table.topics().get(t);
        String cell = row.field(topicIdx.get(t));
        if (textual[t]) {
          if (!cell.isBlank() && !cell.trim().equals(".")) {
            sink.code(
                new CodeEntry(table.source(), topic, table.rowKey(dimCodes), cell.trim(), null));
          }
          continue;
        }
        records++;
        CbsTable.Built built =
            table.build(
                dimCodes, topic, CbsCell.parse(cell, NumberStyle.POINT), null, null, origin);
        if (built.ok()) {
          sink.observation(built.observation());
        } else {
          sink.reject(new Reject(file, row.line(), row.raw(), built.reason()));
        }
      }
    }
    for (int t = 0; t < topicIdx.size(); t++) {
      if (textual[t]) {
        sink.warn(file + ": topic " + table.topics().get(t) + " holds text; kept in the code list");
      }
    }
    return new ReadResult(NAME, table.source(), rows.size() + 1L, records);
  }

  private static boolean[] textualTopics(List<CsvRecord> rows, int width, List<Integer> topicIdx) {
    boolean[] textual = new boolean[topicIdx.size()];
    for (int t = 0; t < topicIdx.size(); t++) {
      boolean anyText = false;
      boolean textLike = true;
      for (CsvRecord row : rows) {
        if (row.error() != null || row.size() != width) {
          continue;
        }
        String raw = row.field(topicIdx.get(t));
        CbsCell cell = CbsCell.parse(raw, NumberStyle.POINT);
        if (cell.value() != null || (cell.isError() && Character.isWhitespace(raw.charAt(0)))) {
          textLike = false;
          break;
        }
        anyText |= cell.isError();
      }
      textual[t] = anyText && textLike;
    }
    return textual;
  }
}
