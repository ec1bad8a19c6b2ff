package nl.migstat.ingest.eurostat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.Period;

/**
 * The header of a Eurostat bulk file: the row dimensions, and which dimension runs across the
 * columns with each column's code. Usually time runs across ({@code geo\TIME_PERIOD⇥2013 ⇥2014 },
 * old {@code geo\time}), but the old transposed layout puts geo there ({@code time\geo⇥BE ⇥DE },
 * lfso_08cobr, MANIFEST B2); column codes carry a trailing space.
 *
 * @param key the row dimensions
 * @param timeAcross true when the columns are periods, false when they are regions
 * @param columnIds the column dimension as written ({@code TIME_PERIOD}, {@code time}, {@code geo})
 * @param columnCodes the trimmed column codes
 * @param columnPeriods for period columns, each column's period, or null where the code is not a
 *     Eurostat period (its cells are rejected); null when geo runs across
 */
record BulkHeader(
    BulkKeyLayout key,
    boolean timeAcross,
    String columnIds,
    List<String> columnCodes,
    Period[] columnPeriods) {

  /** Reads the first line of a bulk TSV file. */
  static BulkHeader ofTsv(String file, String line) {
    int tab = line.indexOf('\t');
    String first = tab < 0 ? line : line.substring(0, tab);
    int slash = first.lastIndexOf('\\');
    if (tab < 0 || slash < 0) {
      throw new BadInputException(
          file,
          1,
          "not a Eurostat bulk TSV header: the first cell must"
              + " read <dimensions>\\TIME_PERIOD (or \\time, \\geo) followed by TAB-separated columns,"
              + " found "
              + Excerpt.quoted(line));
    }
    List<String> rowIds = BulkKeyLayout.split(first, 0, slash, ',');
    String across = first.substring(slash + 1).strip();
    List<String> codes = BulkKeyLayout.split(line, tab + 1, line.length(), '\t');
    return of(file, rowIds, across, codes);
  }

  /** Builds and checks a header from row dimension ids, the column dimension and its codes. */
  static BulkHeader of(String file, List<String> rowIds, String across, List<String> codes) {
    boolean timeAcross = EurostatKeys.isTime(across);
    if (!timeAcross && !EurostatKeys.isGeo(across)) {
      throw new BadInputException(
          file,
          1,
          "the columns run over "
              + Excerpt.quoted(across)
              + "; a Eurostat bulk file has time (\\TIME_PERIOD, \\time) or geo (\\geo) across");
    }
    Set<String> seen = new HashSet<>();
    for (String id : rowIds) {
      if (id.isEmpty() || !seen.add(EurostatKeys.normalise(id))) {
        throw new BadInputException(
            file,
            1,
            "the row dimensions "
                + Excerpt.quoted(String.join(",", rowIds))
                + " hold an empty or repeated id");
      }
    }
    if (seen.contains(EurostatKeys.normalise(across))) {
      throw new BadInputException(
          file,
          1,
          Excerpt.quoted(across) + " is both a row dimension and the" + " column dimension");
    }
    BulkKeyLayout key = new BulkKeyLayout(rowIds);
    if (!timeAcross && !key.hasTime()) {
      throw new BadInputException(
          file,
          1,
          "no time dimension: neither the columns nor the row"
              + " dimensions "
              + Excerpt.quoted(String.join(",", rowIds))
              + " name TIME_PERIOD or time");
    }
    Set<String> columns = new HashSet<>();
    for (int j = 0; j < codes.size(); j++) {
      if (codes.get(j).isEmpty()) {
        throw new BadInputException(file, 1, "column " + (j + 2) + " of the header is empty");
      }
      if (!columns.add(codes.get(j))) {
        throw new BadInputException(
            file,
            1,
            "the header names column "
                + Excerpt.quoted(codes.get(j))
                + " twice: its cells would give two values for one observation");
      }
    }
    Period[] periods = timeAcross ? periods(codes) : null;
    return new BulkHeader(key, timeAcross, across, List.copyOf(codes), periods);
  }

  private static Period[] periods(List<String> codes) {
    Period[] periods = new Period[codes.size()];
    for (int j = 0; j < periods.length; j++) {
      Optional<Period> p = Period.fromEurostat(codes.get(j));
      periods[j] = p.orElse(null);
    }
    return periods;
  }

  /** Number of value columns. */
  int columns() {
    return columnCodes.size();
  }

  /** The columns whose header is not a period (empty when geo runs across). */
  List<String> unknownPeriodColumns() {
    if (!timeAcross) {
      return List.of();
    }
    return IntStream.range(0, columns())
        .filter(j -> columnPeriods[j] == null)
        .mapToObj(columnCodes::get)
        .toList();
  }
}
