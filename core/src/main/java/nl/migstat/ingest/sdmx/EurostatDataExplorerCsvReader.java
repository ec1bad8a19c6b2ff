package nl.migstat.ingest.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.eurostat.EurostatCell;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * The old Eurostat Data Explorer (appsso) download {@code <dataset>_1_Data.csv} (MANIFEST B5):
 * {@code "TIME","GEO",<DIMS>,"Value"[,"Flag and Footnotes"]}, every field quoted, labels instead of
 * codes ({@code Germany (until 1990 former territory of the FRG)}, the pseudo-country {@code
 * Total}), values with a {@code ,} thousands separator ({@code "1,235,785"}), {@code ":"} for
 * missing, flags in their own column, {@code TIME} {@code 2008} or {@code 2001Q1}.
 *
 * <p>The file does not name its dataset: it comes from the caller or, with a warning, from the file
 * name ({@code migr_asydcfsta_2017-04-26.csv}). Some downloads are Windows-1252, not UTF-8 ({@code
 * migr_asyappctza_allcitizenships.csv}): read with the default UTF-8, each line with a non-ASCII
 * byte is rejected with the decoding problem; name the charset to read them.
 */
public final class EurostatDataExplorerCsvReader implements FormatReader {
  public static final String NAME = "eurostat-data-explorer-csv";

  private static final String TIME = "TIME";
  private static final String VALUE = "VALUE";
  private static final String FLAG = "FLAG AND FOOTNOTES";
  private static final String LABEL_SUFFIX = "_LABEL";

  private final EurostatCodeList codeList;

  public EurostatDataExplorerCsvReader() {
    this(EurostatCodeList.bundled());
  }

  public EurostatDataExplorerCsvReader(EurostatCodeList codeList) {
    this.codeList = codeList;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "Eurostat Data Explorer CSV (<dataset>_1_Data.csv): \"TIME\",\"GEO\",…,\"Value\","
        + "\"Flag and Footnotes\" with labels";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    if (first.startsWith("\"TIME\",\"GEO\",") || first.startsWith("TIME,\"GEO\",")) {
      return 2;
    }
    return first.startsWith("TIME,GEO,") ? 1 : 0;
  }

  /** Where the columns of one file are, found by name. */
  private record Columns(int width, int time, int value, int flag, List<DimensionColumn> dims) {}

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    CsvRecord header;
    List<CsvRecord> rows;
    try (CsvReader csv = new CsvReader(input, options.charset(), ',')) {
      header = csv.header(file);
      rows = csv.readAll();
    }
    Columns columns = columns(header.fields(), rows, file);
    String source = SourceName.forEurostat(input, options, Optional.empty(), sink);
    EurostatRow builder =
        new EurostatRow(source, columns.dims().stream().map(DimensionColumn::id).toList());
    CodeEntries entries = new CodeEntries(source, sink);
    for (CsvRecord row : rows) {
      String reason = problem(row, columns);
      if (reason == null) {
        reason = readRow(row, columns, builder, entries, file, sink);
      }
      if (reason != null) {
        sink.reject(new Reject(file, row.line(), row.raw(), reason));
      }
    }
    long lines = rows.isEmpty() ? header.endLine() : rows.get(rows.size() - 1).endLine();
    return new ReadResult(NAME, source, lines, rows.size());
  }

  /** Hands the row's observation to the sink, or returns why it has none. */
  private String readRow(
      CsvRecord row,
      Columns columns,
      EurostatRow builder,
      CodeEntries entries,
      String file,
      ObservationSink sink) {
    EurostatRow.Decoded decoded = EurostatRow.decode(columns.dims(), row, codeList, entries);
    if (decoded.error() != null) {
      return decoded.error();
    }
    EurostatRow.Built built =
        builder.build(
            decoded.codes(),
            row.field(columns.time()),
            cell(row, columns),
            file + ":" + row.line());
    if (!built.ok()) {
      return built.reason();
    }
    sink.observation(built.observation());
    return null;
  }

  private static String problem(CsvRecord row, Columns columns) {
    if (row.error() != null) {
      return row.error();
    }
    if (row.isBlank()) {
      return "empty line";
    }
    if (row.size() != columns.width()) {
      return "expected " + columns.width() + " fields as in the header, found " + row.size();
    }
    return null;
  }

  private static EurostatCell cell(CsvRecord row, Columns columns) {
    String flag = columns.flag() < 0 ? "" : row.field(columns.flag());
    return EurostatCell.of(
        row.field(columns.value()), flag, "", NumberStyle.POINT_WITH_COMMA_GROUPS);
  }

  /**
   * Finds TIME, Value, the flag column and the dimensions by name; a {@code GEO_LABEL} column after
   * {@code GEO} (the "codes and labels" download) holds the labels of those codes.
   */
  private static Columns columns(List<String> fields, List<CsvRecord> rows, String file) {
    List<String> names = fields.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).toList();
    int time = names.indexOf(TIME);
    int value = names.indexOf(VALUE);
    if (time < 0 || value < 0) {
      throw new BadInputException(
          file,
          1,
          "no " + (time < 0 ? "\"TIME\"" : "\"Value\"") + " column in the Data Explorer header");
    }
    List<CsvRecord> whole =
        rows.stream().filter(r -> r.error() == null && r.size() == fields.size()).toList();
    List<DimensionColumn> dims = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (i == time || i == value || name.equals(FLAG) || isLabelOf(names, i)) {
        continue;
      }
      if (name.isEmpty() || names.indexOf(name) != i) {
        throw new BadInputException(
            file,
            1,
            "header cell "
                + (i + 1)
                + " "
                + Excerpt.quoted(fields.get(i))
                + " is empty or repeated");
      }
      int label = i + 1 < names.size() && isLabelOf(names, i + 1) ? i + 1 : -1;
      dims.add(
          DimensionColumn.dimension(
              fields.get(i).strip(), i, label, DimensionColumn.valuesIn(whole, i)));
    }
    return new Columns(fields.size(), time, value, names.indexOf(FLAG), dims);
  }

  private static boolean isLabelOf(List<String> names, int i) {
    return i > 0 && names.get(i).equals(names.get(i - 1) + LABEL_SUFFIX);
  }
}
