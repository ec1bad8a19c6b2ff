package nl.migstat.ingest.statline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.cbs.CbsCell;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * A StatLine table downloaded as displayed (MANIFEST A6 Statweb "CSV volgens tabelindeling", A7 new
 * StatLine CSV with title, filter line and unit column, A8 the same with title and footer trimmed
 * and the topic path joined by {@code |}): every value cell becomes one observation or one reject.
 *
 * <p>Title, filter and footer lines are reported as warnings, never read as figures; a filter
 * ({@code Persoonskenmerken: Totaal}) is also kept as a dimension. Row and column labels stay
 * labels: {@code Onderwerp(en)} levels make the measure (joined by {@code /}), {@code Perioden} the
 * period ({@code 2001 na revisie} is 2001 with status {@code break}, see {@link PeriodLabel}), a
 * region column is mapped by {@link RegionLabels}, every other dimension keeps its label. Values
 * stay as published ({@code x 1 000}); the unit row or column goes to the code list. The decimal
 * mark follows the dialect: a comma in a {@code ;} file (Dutch StatLine), a point in a {@code ,}
 * file (a spreadsheet re-save, A6 touched).
 */
public final class StatLineTableLayoutReader implements FormatReader {
  public static final String NAME = "statline-table-layout";

  private final RegionLabels regions = RegionLabels.bundled();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "StatLine table as displayed: a title line, then a header block naming Onderwerp(en)"
        + " or Perioden, label columns, values across (or a header 'Onderwerp;2011;2012;...')";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    if (first.startsWith("\"ID\"") || delimiter(sniff).isEmpty()) {
      return 0;
    }
    if (first.startsWith("Onderwerp;") || first.startsWith("\"Onderwerp\";")) {
      // A quote left open after "Onderwerp"; makes the line one cell: then it is no header.
      List<String> header = cellsOf(first);
      return header.size() > 1 && PeriodLabel.parse(header.get(1)).isPresent() ? 2 : 0;
    }
    if (cellsOf(first).stream().filter(c -> !c.isBlank()).count() != 1) {
      return 0;
    }
    for (int i = 1; i < 10; i++) {
      List<String> cells = cellsOf(sniff.line(i));
      if (cells.stream()
          .anyMatch(c -> TableLayout.TOPIC_NAMES.contains(c) || c.equals(TableLayout.PERIODS))) {
        return 2;
      }
    }
    return 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    char delimiter =
        delimiter(Sniff.of(input))
            .orElseThrow(
                () ->
                    new BadInputException(
                        file, 1, "cannot tell the delimiter (';' or ',') from the first lines"));
    NumberStyle style = delimiter == ';' ? NumberStyle.COMMA : NumberStyle.POINT;
    List<CsvRecord> records;
    try (CsvReader csv = new CsvReader(input, options.charset(), delimiter)) {
      records = csv.readAll();
    }
    TableLayout layout = TableLayout.parse(records, file);
    String source = SourceName.forCbs(input, options, sink);
    report(layout, file, sink);
    LayoutKeys keys = new LayoutKeys(layout, options.fixedPeriod(file));
    if (!keys.hasTopic() && layout.title() == null) {
      throw new BadInputException(file, 1, "no Onderwerp(en) dimension and no title: no measure");
    }
    if (!keys.hasPeriod()) {
      sink.warn(file + ": no Perioden dimension; name the period with --period");
    }
    TableRead read = new TableRead(layout, keys, style, source, file, sink);
    long count = 0;
    for (CsvRecord row : records.subList(layout.firstData(), layout.endData())) {
      count += read.row(row);
    }
    read.codes.forEach(sink::code);
    return new ReadResult(
        NAME, source, records.isEmpty() ? 0 : records.get(records.size() - 1).endLine(), count);
  }

  /** One read of one file: the layout, its keys and where the results go. */
  private final class TableRead {
    private final TableLayout layout;
    private final LayoutKeys keys;
    private final NumberStyle style;
    private final String source;
    private final String file;
    private final ObservationSink sink;
    private final Set<CodeEntry> codes = new LinkedHashSet<>();

    TableRead(
        TableLayout layout,
        LayoutKeys keys,
        NumberStyle style,
        String source,
        String file,
        ObservationSink sink) {
      this.layout = layout;
      this.keys = keys;
      this.style = style;
      this.source = source;
      this.file = file;
      this.sink = sink;
    }

    /** Reads every value cell of a data row; returns the number of records (cells) read. */
    int row(CsvRecord row) {
      int k = layout.labelColumns();
      LayoutKeys.Keys rowKeys =
          row.error() != null
              ? LayoutKeys.Keys.failed(row.error())
              : keys.row(row.fields().subList(0, Math.min(k, row.size())));
      for (int c = 0; c < layout.valueColumns(); c++) {
        cell(row, c, keys.column(c).with(rowKeys));
      }
      int records = layout.valueColumns();
      for (int c = k + layout.valueColumns(); c < row.size(); c++) {
        if (!row.field(c).isBlank()) {
          records++;
          reject(
              row,
              "value "
                  + Excerpt.quoted(row.field(c).trim())
                  + " in column "
                  + (c + 1)
                  + ", which has no header");
        }
      }
      return records;
    }

    private void cell(CsvRecord row, int c, LayoutKeys.Keys cellKeys) {
      int column = layout.labelColumns() + c;
      if (cellKeys.error() != null || column >= row.size()) {
        reject(
            row,
            cellKeys.error() != null
                ? cellKeys.error()
                : "the row ends before value column " + (c + 1) + " (" + row.size() + " fields)");
        return;
      }
      CbsCell cell = CbsCell.parse(row.field(column), style);
      if (cell.isError()) {
        reject(row, "column " + (column + 1) + ": " + cell.error());
        return;
      }
      String region = null;
      if (cellKeys.regionLabel() != null) {
        PeriodLabel period = cellKeys.period();
        RegionLabels.Resolution r =
            regions.resolve(cellKeys.regionLabel(), period == null ? null : period.year());
        if (!r.ok()) {
          reject(row, r.error());
          return;
        }
        region = r.code();
      }
      TopicLabel topic = keys.topic(cellKeys, layout.title());
      codes.add(topic.measureEntry(source));
      Optional.ofNullable(topic.unitEntry(source)).ifPresent(codes::add);
      sink.observation(
          StatLineFigure.build(
              source,
              topic.measure(),
              cellKeys.period(),
              region,
              cellKeys.dims(),
              cell,
              file + ":" + row.line()));
    }

    private void reject(CsvRecord row, String reason) {
      sink.reject(new Reject(file, row.line(), row.raw(), reason));
    }
  }

  private static void report(TableLayout layout, String file, ObservationSink sink) {
    if (layout.title() != null) {
      sink.warn(file + ": table title " + Excerpt.quoted(layout.title()));
    }
    layout
        .filters()
        .forEach(
            (k, v) -> sink.warn(file + ": filter " + k + " = " + v + " (kept as a dimension)"));
    for (String line : layout.footer()) {
      sink.warn(
          file
              + ": footer "
              + Excerpt.quoted(line)
              + ""
              + (line.indexOf('\uFFFD') >= 0
                  ? " holds U+FFFD: the file was re-encoded and a character (the ©) was lost"
                  : ""));
    }
  }

  /** {@code ;} or {@code ,}: whichever occurs more often outside quotes in the first lines. */
  static Optional<Character> delimiter(Sniff sniff) {
    int semicolons = 0;
    int commas = 0;
    for (int i = 0; i < 10; i++) {
      boolean quoted = false;
      for (char ch : sniff.line(i).toCharArray()) {
        if (ch == '"') {
          quoted = !quoted;
        } else if (!quoted && ch == ';') {
          semicolons++;
        } else if (!quoted && ch == ',') {
          commas++;
        }
      }
    }
    return semicolons == commas ? Optional.empty() : Optional.of(semicolons > commas ? ';' : ',');
  }

  private static List<String> cellsOf(String line) {
    List<String> cells = new ArrayList<>();
    char d =
        line.chars().filter(c -> c == ';').count() >= line.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : (line + d).toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == d && !quoted) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    return cells;
  }
}
