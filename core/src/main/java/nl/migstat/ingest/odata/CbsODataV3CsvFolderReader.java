package nl.migstat.ingest.odata;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.odata.ODataJson.Cell;
import nl.migstat.ingest.odata.ODataJson.Kind;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.model.ObservationSink;

/**
 * A whole CBS OData v3 table whose entity sets a tool saved as comma CSV files in one folder
 * (MANIFEST A5, 83781ENG): {@code TypedDataSet.csv} with {@code TableInfos.csv}, {@code
 * DataProperties.csv}, {@code CategoryGroups.csv} and one {@code <DimensionKey>.csv} per dimension
 * ({@code Periods.csv} with {@code Status} {@code Voorlopig}). RFC 4180 quoting, with LF inside
 * quoted CRLF records (TableInfos), and DataFrame re-typed numbers ({@code 1.0}).
 *
 * <p>DataProperties is required: a CSV cell carries no type, so only the metadata can say which
 * topics are figures. {@code UntypedDataSet.csv} holds the same figures padded and is not read.
 */
public final class CbsODataV3CsvFolderReader implements FormatReader {
  public static final String NAME = "cbs-odata3-csv-folder";
  private static final String DATA = "TypedDataSet.csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "a folder with a CBS OData v3 table as CSV: TypedDataSet.csv, DataProperties.csv,"
        + " TableInfos.csv and one CSV per dimension";
  }

  @Override
  public int detect(Sniff sniff) {
    return sniff.isDirectory() && sniff.entries().contains(DATA) ? 2 : 0;
  }

  @Override
  public Optional<String> misfit(Sniff sniff) {
    return MetadataSets.v3Csv(sniff);
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    if (!input.isDirectory() || !Files.isRegularFile(input.resolve(DATA).path())) {
      throw new BadInputException(input.displayName(), 0, "expected a folder holding " + DATA);
    }
    EntitySets sets = csvSets(input, options.charset());
    CbsV3Metadata meta =
        CbsV3Metadata.load(sets, sink)
            .orElseThrow(
                () ->
                    new BadInputException(
                        sets.fileOf("DataProperties"),
                        0,
                        "missing: without DataProperties the CSV cells cannot be told apart as figures or text"));
    String source =
        options.source() != null
            ? SourceName.validate(options.source())
            : meta.identifier() != null
                ? "cbs:" + meta.identifier()
                : SourceName.forCbs(input, options, sink);
    meta.emitCodes(source);
    if (Files.isRegularFile(input.resolve("UntypedDataSet.csv").path())) {
      sink.warn(
          input.displayName()
              + ": UntypedDataSet.csv holds the same figures as text;"
              + " only "
              + DATA
              + " is read");
    }
    V3Shape shape = V3Shape.of(meta);
    if (shape.renamesPeriod()) {
      sink.warn(
          input.displayName()
              + ": time dimension "
              + shape.periodKey()
              + " read as the CBS period dimension (Perioden)");
    }
    InputFile data = input.resolve(DATA);
    TypedRows rows =
        new TypedRows(
            input.displayName(),
            shape.table(source, options.fixedPeriod(input.displayName()), data.displayName()),
            shape.rowDims(),
            shape.topicIsText(),
            shape.periodKey(),
            meta::periodStatus,
            "",
            sink);
    long lines = readData(data, options.charset(), rows);
    return new ReadResult(NAME, source, lines, rows.records());
  }

  private static long readData(InputFile data, Charset charset, TypedRows rows) {
    try (CsvReader csv = new CsvReader(data, charset, ',')) {
      List<String> header = header(csv, data.displayName());
      long lines = 1;
      CsvRecord r;
      while ((r = csv.next()) != null) {
        lines = r.endLine();
        if (r.error() != null || r.size() != header.size()) {
          rows.rejectRow(
              r.line(),
              r.raw(),
              data.fileName()
                  + ": "
                  + (r.error() != null
                      ? r.error()
                      : "expected " + header.size() + " fields, found " + r.size()));
          continue;
        }
        Map<String, Cell> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String f = r.field(i);
          row.put(header.get(i), f.isEmpty() ? Cell.NULL : new Cell(Kind.STRING, f));
        }
        rows.row(data.displayName(), ":" + r.line(), r.line(), row);
      }
      return lines;
    }
  }

  private static List<String> header(CsvReader csv, String file) {
    return csv.header(file).fields().stream().map(String::trim).toList();
  }

  /** Entity sets saved as {@code <Name>.csv}; a syntax error in metadata is fatal. */
  static EntitySets csvSets(InputFile folder, Charset charset) {
    return new EntitySets() {
      @Override
      public Optional<List<Map<String, String>>> read(String name) {
        InputFile f = folder.resolve(name + ".csv");
        return Files.isRegularFile(f.path()) ? Optional.of(rows(f, charset)) : Optional.empty();
      }

      @Override
      public String fileOf(String name) {
        return folder.resolve(name + ".csv").displayName();
      }
    };
  }

  private static List<Map<String, String>> rows(InputFile f, Charset charset) {
    List<Map<String, String>> out = new ArrayList<>();
    try (CsvReader csv = new CsvReader(f, charset, ',')) {
      List<String> header = header(csv, f.displayName());
      CsvRecord r;
      while ((r = csv.next()) != null) {
        if (r.error() != null || r.size() != header.size()) {
          throw new BadInputException(
              f.displayName(),
              r.line(),
              r.error() != null
                  ? r.error()
                  : "expected " + header.size() + " fields as in the header, found " + r.size());
        }
        Map<String, String> row = new EntityRow(r.line());
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), r.field(i).isEmpty() ? null : r.field(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
