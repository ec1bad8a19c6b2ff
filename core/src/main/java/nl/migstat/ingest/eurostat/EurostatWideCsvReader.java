package nl.migstat.ingest.eurostat;

import java.util.List;
import java.util.Optional;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Period;

/**
 * A Eurostat bulk TSV that a user turned into a comma CSV (tps00176/tps00177, MANIFEST B2,
 * touched): key columns such as {@code geo} (the other dimensions dropped), then one column per
 * period ({@code 2006 ,…,2017}, the last without its trailing space) holding bulk cells ({@code
 * 72862 b}, {@code 14103 bp}, {@code : }). Recognisable but not a publisher format, so it only
 * claims a file as "could be".
 */
public final class EurostatWideCsvReader implements FormatReader {
  public static final String NAME = "eurostat-wide-csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "Eurostat bulk data saved as comma CSV: key columns (geo,...) then periods"
        + " (geo,2006 ,2007 ,...) holding cells such as '72862 b' or ': '";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    if (first.indexOf('\t') >= 0 || first.indexOf('"') >= 0) {
      return 0;
    }
    List<String> cells = List.of(first.split(",", -1));
    int firstPeriod = firstPeriod(cells);
    if (firstPeriod < 1 || cells.size() - firstPeriod < 2 || !isDimensionId(cells.get(0))) {
      return 0;
    }
    for (String c : cells.subList(firstPeriod, cells.size())) {
      if (Period.fromEurostat(c).isEmpty()) {
        return 0;
      }
    }
    boolean spacedPeriod = cells.stream().anyMatch(c -> c.endsWith(" "));
    boolean bulkCell =
        List.of(sniff.line(1).split(",", -1)).stream()
            .anyMatch(c -> c.startsWith(": ") || c.matches("-?[0-9.]+ [a-zA-Z]*"));
    return spacedPeriod || bulkCell ? 1 : 0;
  }

  private static boolean isDimensionId(String cell) {
    return cell.strip().matches("[A-Za-z][A-Za-z0-9_]*") && Period.fromEurostat(cell).isEmpty();
  }

  private static int firstPeriod(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (Period.fromEurostat(cells.get(i)).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    try (CsvReader csv = new CsvReader(input, options.charset(), ',')) {
      CsvRecord first = csv.header(file);
      BulkHeader header = header(file, first.fields());
      String source = SourceName.forEurostat(input, options, Optional.empty(), sink);
      BulkRows rows = new BulkRows(file, source, header, sink);
      long lines = first.endLine();
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        rows.wideCsvRecord(r);
        lines = r.endLine();
      }
      return new ReadResult(NAME, source, lines, rows.records());
    }
  }

  private static BulkHeader header(String file, List<String> fields) {
    int firstPeriod = firstPeriod(fields);
    if (firstPeriod < 1) {
      throw new BadInputException(
          file,
          1,
          "the header needs key columns (geo, ...) followed by"
              + " period columns (2006, 2007, ...); found "
              + Excerpt.quoted(String.join(",", fields)));
    }
    List<String> keys = fields.subList(0, firstPeriod).stream().map(String::strip).toList();
    List<String> periods =
        fields.subList(firstPeriod, fields.size()).stream().map(String::strip).toList();
    return BulkHeader.of(file, keys, "TIME_PERIOD", periods);
  }
}
