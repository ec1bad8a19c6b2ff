package nl.migstat.ingest.statline;

import java.util.ArrayList;
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
 * CBS chart-data downloads (MANIFEST A2 {@code Werkloosheidpercentage.csv}, A5 Conjunctuurklok):
 * {@code ;}, decimal comma, periods down the rows, either as one Dutch label under an empty header
 * cell ({@code het eerste kwartaal van 2015}) or as {@code Jaar;Maand} ({@code 2001;januari}).
 *
 * <p>The remaining columns are series. When a series header is {@code Nederland} or a province name
 * (the chart shows provinces without a level suffix, {@code Friesland}) the series are regions, a
 * header among them that is none is rejected cell by cell, and the file names no measure: the
 * measure is taken from the file name, with a warning. Otherwise each series header is a measure
 * ({@code Cyclus}) and the figures have no region. An empty cell is no figure ({@code
 * not_available}, flag {@code ""}), as in the label download.
 */
public final class StatLineChartCsvReader implements FormatReader {
  public static final String NAME = "statline-chart-csv";

  private final RegionLabels regions = RegionLabels.bundled();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "CBS chart data: ';', periods down ('het eerste kwartaal van 2015' under an empty"
        + " header cell, or 'Jaar;Maand' with a Dutch month), series across, decimal comma";
  }

  @Override
  public int detect(Sniff sniff) {
    String[] header = sniff.firstLine().split(";", -1);
    String[] first = sniff.line(1).split(";", -1);
    if (header.length < 2 || first.length != header.length || sniff.firstLine().contains("\"")) {
      return 0;
    }
    if (header[0].isEmpty()
        && PeriodLabel.parse(first[0]).isPresent()
        && first[0].chars().anyMatch(Character::isLetter)) {
      return 2;
    }
    boolean yearMonth = header.length >= 3 && header[0].equals("Jaar") && header[1].equals("Maand");
    return yearMonth && Period.dutchMonth(first[1]).isPresent() ? 2 : 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    List<CsvRecord> all;
    try (CsvReader csv = new CsvReader(input, options.charset(), ';')) {
      all = csv.readAll();
    }
    if (all.isEmpty()) {
      throw new BadInputException(file, 0, "the file is empty");
    }
    CsvRecord header = all.get(0);
    if (header.error() != null) {
      throw new BadInputException(file, 1, "unreadable header: " + header.error());
    }
    List<String> names = header.fields().stream().map(String::trim).toList();
    int periodColumns = periodColumns(names, file);
    String source = SourceName.forCbs(input, options, sink);
    List<Series> series = series(names.subList(periodColumns, names.size()), input, sink);
    series.stream()
        .map(Series::measure)
        .distinct()
        .forEach(m -> sink.code(new CodeEntry(source, "measure", m, m, null)));
    for (CsvRecord row : all.subList(1, all.size())) {
      String reason =
          row.error() != null
              ? row.error()
              : row.size() != names.size()
                  ? "expected " + names.size() + " fields as in the header, found " + row.size()
                  : null;
      Optional<PeriodLabel> period = reason == null ? period(row, periodColumns) : Optional.empty();
      if (reason == null && period.isEmpty()) {
        reason =
            Excerpt.quoted(String.join(";", row.fields().subList(0, periodColumns)))
                + " is not a period";
      }
      for (int s = 0; s < series.size(); s++) {
        Series one = series.get(s);
        CbsCell cell =
            reason != null
                ? null
                : StatLineFigure.withoutSymbols(row.field(periodColumns + s), NumberStyle.COMMA);
        String why =
            reason != null
                ? reason
                : one.error() != null
                    ? one.error()
                    : cell.isError() ? one.header() + ": " + cell.error() : null;
        if (why != null) {
          sink.reject(new Reject(file, row.line(), row.raw(), why));
        } else {
          sink.observation(
              StatLineFigure.build(
                  source,
                  one.measure(),
                  period.get(),
                  one.region(),
                  Map.of(),
                  cell,
                  file + ":" + row.line()));
        }
      }
    }
    return new ReadResult(
        NAME, source, all.get(all.size() - 1).endLine(), (long) series.size() * (all.size() - 1));
  }

  /**
   * One series column: its header, measure and region, or why its cells cannot be read.
   *
   * @param error null, or the reason every cell of the column is rejected
   */
  private record Series(String header, String measure, String region, String error) {}

  /**
   * The series of the header. When a header is {@code Nederland} or a province the series are
   * regions of one measure named after the file; a header among them that is no region keeps its
   * reason. Otherwise each header is a measure without region.
   */
  private List<Series> series(List<String> headers, InputFile input, ObservationSink sink) {
    List<RegionLabels.Resolution> resolved = new ArrayList<>();
    for (String name : headers) {
      resolved.add(
          name.equals("Nederland")
              ? regions.resolve(name, "NL", null)
              : regions.resolve(name, "PV", null));
    }
    List<Series> series = new ArrayList<>();
    if (resolved.stream().noneMatch(RegionLabels.Resolution::ok)) {
      headers.forEach(h -> series.add(new Series(h, h, null, null)));
      return series;
    }
    String measure = measureFromFileName(input, sink);
    for (int i = 0; i < headers.size(); i++) {
      RegionLabels.Resolution r = resolved.get(i);
      series.add(new Series(headers.get(i), measure, r.code(), r.error()));
    }
    return series;
  }

  private static int periodColumns(List<String> names, String file) {
    if (names.size() >= 2 && names.get(0).isEmpty()) {
      return 1;
    }
    if (names.size() >= 3 && names.get(0).equals("Jaar") && names.get(1).equals("Maand")) {
      return 2;
    }
    throw new BadInputException(
        file, 1, "expected an empty first header cell or 'Jaar;Maand' before the series");
  }

  private static Optional<PeriodLabel> period(CsvRecord row, int periodColumns) {
    if (periodColumns == 1) {
      return PeriodLabel.parse(row.field(0));
    }
    String year = row.field(0).trim();
    Optional<Integer> month = Period.dutchMonth(row.field(1));
    if (!year.matches("[1-9]\\d{3}") || month.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PeriodLabel(Period.month(Integer.parseInt(year), month.get()), null));
  }

  private static String measureFromFileName(InputFile input, ObservationSink sink) {
    String name = input.fileName();
    int dot = name.lastIndexOf('.');
    String measure = (dot > 0 ? name.substring(0, dot) : name).trim();
    sink.warn(
        input.displayName()
            + ": the chart data name no measure (the series are regions);"
            + " taking "
            + Excerpt.quoted(measure)
            + " from the file name");
    return measure.isEmpty() ? "unknown" : measure;
  }
}
