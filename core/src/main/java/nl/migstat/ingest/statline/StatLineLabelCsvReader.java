package nl.migstat.ingest.statline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.migstat.model.Period;
import nl.migstat.model.Reject;

/**
 * StatLine "CSV" download with labels, long layout (MANIFEST A2: 71488NED, onderwijsniveau): a
 * {@code ;} header of labels, topics with their unit ({@code Bevolking (aantal)}), dimension and
 * period columns holding labels ({@code Mannen}, {@code 2023*}), regions as labels with a level
 * suffix ({@code 's-Gravenhage (gemeente)}) or, in a municipal table over many years (Regionale
 * kerncijfers), a municipality's bare name ({@code Appingedam}), mapped by the row's period.
 *
 * <p>The file has no codes: dimension labels stay the codes in {@code dims}, the region label is
 * mapped to its CBS code through {@link RegionLabels}, and a topic's path (without the unit) is the
 * measure. StatLine writes this download in the Dutch dialect, so the decimal mark is decided by
 * the dialect: a comma ({@code 10,2}); a number with a point is rejected, since it could be a
 * thousands separator. The download is made without statistical symbols, so an empty cell is a
 * figure StatLine does not show: {@code not_available} with the flag {@code ""}.
 */
public final class StatLineLabelCsvReader implements FormatReader {
  public static final String NAME = "statline-label-csv";

  /** Header labels of the period column. */
  static final String PERIOD = "Perioden";

  /** Header labels of region columns (the label download spells them as StatLine shows them). */
  static final Set<String> REGION_LABELS =
      Set.of("Regio's", "Regios", "Regio", "Gemeenten", "Gemeente", "Provincies", "Landsdelen");

  private final RegionLabels regions = RegionLabels.bundled();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "StatLine CSV with labels: a ';' header with \"Perioden\" and topics with a unit,"
        + " e.g. \"Geslacht\";\"Perioden\";\"Regio's\";\"Bevolking (aantal)\"";
  }

  @Override
  public int detect(Sniff sniff) {
    List<String> header = LabelHeader.cells(sniff.firstLine());
    if (header.isEmpty() || header.get(0).equals("ID")) {
      return 0;
    }
    boolean period = header.contains(PERIOD);
    boolean unit = header.stream().anyMatch(TopicLabel::hasUnit);
    return period && unit ? 2 : 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    CsvRecord headerRecord;
    List<CsvRecord> rows;
    try (CsvReader csv = new CsvReader(input, options.charset(), ';')) {
      headerRecord = csv.header(file);
      rows = csv.readAll();
    }
    String source = SourceName.forCbs(input, options, sink);
    LabelHeader header = LabelHeader.of(headerRecord.fields(), file);
    header.topics().forEach(t -> emitTopic(t, source, sink));
    Period fixed = options.fixedPeriod(file);
    if (header.periodColumn() < 0 && fixed == null) {
      sink.warn(
          file + ": no Perioden column; name the period with --period (observations get none)");
    }
    long records = 0;
    for (CsvRecord row : rows) {
      if (row.error() != null || row.size() != header.width()) {
        records++;
        sink.reject(
            new Reject(
                file,
                row.line(),
                row.raw(),
                row.error() != null
                    ? row.error()
                    : "expected "
                        + header.width()
                        + " fields as in the header, found "
                        + row.size()));
        continue;
      }
      records += readRow(row, header, source, fixed, file, sink);
    }
    return new ReadResult(NAME, source, rows.size() + 1L, records);
  }

  private static void emitTopic(TopicLabel topic, String source, ObservationSink sink) {
    sink.code(topic.measureEntry(source));
    CodeEntry unit = topic.unitEntry(source);
    if (unit != null) {
      sink.code(unit);
    }
  }

  private int readRow(
      CsvRecord row,
      LabelHeader header,
      String source,
      Period fixed,
      String file,
      ObservationSink sink) {
    String reason = null;
    PeriodLabel period = fixed == null ? null : new PeriodLabel(fixed, null);
    if (header.periodColumn() >= 0) {
      String label = row.field(header.periodColumn()).trim();
      Optional<PeriodLabel> p = PeriodLabel.parse(label);
      period = p.orElse(null);
      reason =
          p.isEmpty()
              ? "Perioden: " + Excerpt.quoted(label) + " is not a StatLine period label"
              : null;
    }
    String region = null;
    if (reason == null && header.regionColumn() >= 0) {
      RegionLabels.Resolution r =
          regions.resolve(row.field(header.regionColumn()), period == null ? null : period.year());
      region = r.code();
      reason = r.error();
    }
    Map<String, String> dims = new LinkedHashMap<>();
    for (int i : header.dimensionColumns()) {
      String label = row.field(i).trim();
      dims.put(header.names().get(i), label);
      if (reason == null && label.isEmpty()) {
        reason = header.names().get(i) + ": empty label";
      }
    }
    String origin = file + ":" + row.line();
    for (int t = 0; t < header.topics().size(); t++) {
      TopicLabel topic = header.topics().get(t);
      CbsCell cell =
          StatLineFigure.withoutSymbols(row.field(header.topicColumns().get(t)), NumberStyle.COMMA);
      String why =
          reason != null ? reason : cell.isError() ? topic.measure() + ": " + cell.error() : null;
      if (why != null) {
        sink.reject(new Reject(file, row.line(), row.raw(), why));
      } else {
        sink.observation(
            StatLineFigure.build(source, topic.measure(), period, region, dims, cell, origin));
      }
    }
    return header.topics().size();
  }

  /** The columns of a label header: which hold the period, the region, dimensions and topics. */
  record LabelHeader(
      List<String> names,
      int periodColumn,
      int regionColumn,
      List<Integer> dimensionColumns,
      List<Integer> topicColumns,
      List<TopicLabel> topics) {

    int width() {
      return names.size();
    }

    static LabelHeader of(List<String> raw, String file) {
      List<String> names = raw.stream().map(String::trim).toList();
      int period = -1;
      int region = -1;
      List<Integer> dims = new ArrayList<>();
      List<Integer> topicColumns = new ArrayList<>();
      List<TopicLabel> topics = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        if (n.isEmpty() || !seen.add(n)) {
          throw new BadInputException(
              file,
              1,
              "header cell "
                  + (i + 1)
                  + (n.isEmpty() ? " is empty" : " repeats " + Excerpt.quoted(n)));
        }
        if (n.equals(PERIOD)) {
          period = i;
        } else if (REGION_LABELS.contains(n) && region < 0) {
          region = i;
        } else if (TopicLabel.hasUnit(n)) {
          topicColumns.add(i);
          topics.add(TopicLabel.parse(n));
        } else {
          dims.add(i);
        }
      }
      if (topics.isEmpty()) {
        throw new BadInputException(
            file,
            1,
            "no topic columns: a StatLine label header names topics with a unit, e.g. 'Bevolking"
                + " (aantal)'");
      }
      return new LabelHeader(names, period, region, dims, topicColumns, topics);
    }

    /** The header cells of a sniffed first line ({@code ;}, quotes removed). */
    static List<String> cells(String line) {
      List<String> cells = new ArrayList<>();
      for (String c : line.split(";", -1)) {
        String t = c.trim();
        cells.add(
            t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1)
                : t);
      }
      return line.isEmpty() ? List.of() : cells;
    }
  }
}
