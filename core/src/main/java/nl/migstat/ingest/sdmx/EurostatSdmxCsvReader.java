package nl.migstat.ingest.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Eurostat SDMX-CSV 1.0 and 2.0 (MANIFEST B3, B4), one observation per row, with codes, codes plus
 * label columns (TPS00203), {@code CODE: Label} cells, or labels instead of codes (the data
 * browser's TPS00191, TPS00001, PRC_HPI_Q downloads), mapped back with {@link EurostatCodeList}.
 *
 * <p>The dataset comes from the content ({@code ESTAT:TPS00191(1.0)} is {@code eurostat:tps00191}).
 * A 2.0 row with {@code ACTION} {@code D} asks to delete an observation, which a file read on its
 * own cannot do: it is rejected with that reason, never read as a value. An empty {@code OBS_VALUE}
 * is a missing value.
 */
public final class EurostatSdmxCsvReader implements FormatReader {
  public static final String NAME = "eurostat-sdmx-csv";

  /** {@code ESTAT:TPS00191(1.0)}, {@code TPS00191}: agency, id, version. */
  private static final Pattern DATAFLOW =
      Pattern.compile("(?:([A-Za-z0-9_.\\-]+):)?([A-Za-z0-9_\\-]+)(?:\\(([^)]*)\\))?");

  private final EurostatCodeList codeList;

  public EurostatSdmxCsvReader() {
    this(EurostatCodeList.bundled());
  }

  public EurostatSdmxCsvReader(EurostatCodeList codeList) {
    this.codeList = codeList;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "Eurostat SDMX-CSV: a header starting DATAFLOW, (1.0) or STRUCTURE, (2.0) with"
        + " TIME_PERIOD and OBS_VALUE columns";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    return first.startsWith("DATAFLOW,") || first.startsWith("STRUCTURE,") ? 2 : 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    CsvRecord headerRecord;
    List<CsvRecord> rows;
    try (CsvReader csv = new CsvReader(input, options.charset(), ',')) {
      headerRecord = csv.header(file);
      rows = csv.readAll();
    }
    SdmxCsvHeader header = SdmxCsvHeader.parse(headerRecord.fields(), file);
    Layout layout = layout(header, rows);
    warnIgnoredAttributes(header, rows, file, sink);
    Optional<String> dataflow = firstDataflow(rows, header);
    String source = SourceName.forEurostat(input, options, dataflow, sink);
    RowReader reader = new RowReader(file, header, layout, dataflow.orElse(null), source, sink);
    for (CsvRecord row : rows) {
      reader.read(row);
    }
    lastUpdate(header, rows)
        .ifPresent(
            d ->
                sink.code(
                    new CodeEntry(
                        source, CodeEntry.TABLE_MODIFIED, dataflow.orElse(source), d, null)));
    long lines = rows.isEmpty() ? headerRecord.endLine() : rows.get(rows.size() - 1).endLine();
    return new ReadResult(NAME, source, lines, rows.size());
  }

  /** How each column of this file is spelled, decided from all its rows. */
  private record Layout(
      List<DimensionColumn> dimensions,
      DimensionColumn time,
      DimensionColumn flag,
      DimensionColumn conf) {}

  private static Layout layout(SdmxCsvHeader header, List<CsvRecord> rows) {
    List<CsvRecord> whole =
        rows.stream().filter(r -> r.error() == null && r.size() == header.width).toList();
    List<DimensionColumn> dims = new ArrayList<>();
    for (SdmxCsvHeader.Column c : header.dimensions) {
      dims.add(
          DimensionColumn.dimension(
              c.id(), c.index(), c.labelIndex(), DimensionColumn.valuesIn(whole, c.index())));
    }
    return new Layout(
        dims,
        coded(header.column(SdmxCsvHeader.TIME_PERIOD), whole),
        coded(header.column(SdmxCsvHeader.OBS_FLAG), whole),
        coded(header.column(SdmxCsvHeader.CONF_STATUS), whole));
  }

  private static DimensionColumn coded(SdmxCsvHeader.Column c, List<CsvRecord> rows) {
    return c == null
        ? null
        : DimensionColumn.coded(
            c.id().toLowerCase(Locale.ROOT),
            c.index(),
            c.labelIndex(),
            DimensionColumn.valuesIn(rows, c.index()));
  }

  private static void warnIgnoredAttributes(
      SdmxCsvHeader header, List<CsvRecord> rows, String file, ObservationSink sink) {
    for (SdmxCsvHeader.Column c : header.attributes) {
      if (DimensionColumn.valuesIn(rows, c.index()).stream().anyMatch(v -> !v.isEmpty())) {
        sink.warn(
            file
                + ": attribute column "
                + c.id()
                + " is not part of the observation model; its values are not carried");
      }
    }
  }

  /**
   * The newest {@code LAST UPDATE} of a 1.0 file ({@code 07/04/25 11:00:00}, day first) as an ISO
   * date-time, recorded as the table's modification date like OData's TableInfos Modified.
   */
  static Optional<String> lastUpdate(SdmxCsvHeader header, List<CsvRecord> rows) {
    SdmxCsvHeader.Column c = header.column(LAST_UPDATE);
    if (c == null) {
      return Optional.empty();
    }
    return rows.stream()
        .filter(r -> r.error() == null && r.size() > c.index())
        .map(r -> r.field(c.index()).strip())
        .map(EurostatSdmxCsvReader::dayFirst)
        .flatMap(Optional::stream)
        .max(java.util.Comparator.naturalOrder())
        .map(java.time.LocalDateTime::toString);
  }

  private static final String LAST_UPDATE = "LAST UPDATE";
  private static final java.time.format.DateTimeFormatter DAY_FIRST =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy HH:mm[:ss]", Locale.ROOT);

  private static Optional<java.time.LocalDateTime> dayFirst(String text) {
    try {
      return Optional.of(java.time.LocalDateTime.parse(text, DAY_FIRST));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The dataset id of the first row that names one ({@code TPS00191}), if any. */
  private static Optional<String> firstDataflow(List<CsvRecord> rows, SdmxCsvHeader header) {
    int index = header.dataflow().index();
    for (CsvRecord row : rows) {
      if (row.error() == null && index < row.size()) {
        Optional<String> id = dataflowId(row.field(index));
        if (id.isPresent()) {
          return id;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> dataflowId(String cell) {
    Matcher m = DATAFLOW.matcher(cell.strip());
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** Turns the rows of one file into observations or rejects, one each. */
  private final class RowReader {
    private final String file;
    private final SdmxCsvHeader header;
    private final Layout layout;
    private final String dataflow;
    private final ObservationSink sink;
    private final EurostatRow rows;
    private final CodeEntries entries;

    RowReader(
        String file,
        SdmxCsvHeader header,
        Layout layout,
        String dataflow,
        String source,
        ObservationSink sink) {
      this.file = file;
      this.header = header;
      this.layout = layout;
      this.dataflow = dataflow;
      this.sink = sink;
      this.rows =
          new EurostatRow(source, layout.dimensions().stream().map(DimensionColumn::id).toList());
      this.entries = new CodeEntries(source, sink);
    }

    void read(CsvRecord row) {
      String reason = problem(row);
      if (reason == null) {
        EurostatRow.Decoded decoded =
            EurostatRow.decode(layout.dimensions(), row, codeList, entries);
        if (decoded.error() != null) {
          reason = decoded.error();
        } else {
          EurostatRow.Built built =
              rows.build(
                  decoded.codes(), code(layout.time(), row), cell(row), file + ":" + row.line());
          if (built.ok()) {
            sink.observation(built.observation());
            return;
          }
          reason = built.reason();
        }
      }
      sink.reject(new Reject(file, row.line(), row.raw(), reason));
    }

    /** Why a row cannot be read at all (syntax, width, another dataset, a deletion), or null. */
    private String problem(CsvRecord row) {
      if (row.error() != null) {
        return row.error();
      }
      if (row.isBlank()) {
        return "empty line";
      }
      if (row.size() != header.width) {
        return "expected " + header.width + " fields as in the header, found " + row.size();
      }
      String flow = row.field(header.dataflow().index()).strip();
      Optional<String> id = dataflowId(flow);
      if (id.isEmpty() || !id.get().equals(dataflow)) {
        return "the row belongs to dataflow "
            + Excerpt.quoted(flow)
            + ", not to "
            + dataflow
            + " like the rest of the file";
      }
      SdmxCsvHeader.Column action = header.column(SdmxCsvHeader.ACTION);
      String act = action == null ? "" : row.field(action.index()).strip();
      if (act.equals("D")) {
        return "ACTION D: the row asks to delete this observation from a stored dataset;"
            + " a delete is not a value and is not applied";
      }
      if (!act.isEmpty()
          && !act.equals("I")
          && !act.equals("A")
          && !act.equals("R")
          && !act.equals("M")) {
        return "unknown ACTION " + Excerpt.quoted(act) + " (SDMX-CSV knows I, A, R, M, D)";
      }
      return null;
    }

    private EurostatCell cell(CsvRecord row) {
      String value = row.field(header.column(SdmxCsvHeader.OBS_VALUE).index());
      return EurostatCell.of(
          value, code(layout.flag(), row), code(layout.conf(), row), NumberStyle.POINT);
    }

    /** The code of a time, flag or confidentiality cell; its label goes to the code list. */
    private String code(DimensionColumn column, CsvRecord row) {
      if (column == null) {
        return "";
      }
      DimensionColumn.Coded coded = column.decode(row, codeList);
      if (!coded.ok()) {
        return column.cell(row);
      }
      if (column != layout.time()) {
        entries.add(column.name(), coded.code(), coded.label());
      }
      return coded.code();
    }
  }
}
