package nl.migstat.job;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.model.TableInfo;

/**
 * One table of a run as the workbook and the manifest record it: built, carried over from the
 * published run, or skipped with the reason (never silently left out).
 *
 * @param info title, unit, footnotes and columns
 * @param rows the rows by output column, in publication order (none when skipped)
 * @param sources the sources the rows came from (none when skipped)
 * @param skipReason null, or why the table is not in the run
 * @param carriedOverFrom null, or the run the table was copied from
 * @param seconds the time its table thread spent on it, or null when not built in this run
 */
record TableOutcome(
    TableInfo info,
    List<Map<String, Object>> rows,
    List<String> sources,
    String skipReason,
    String carriedOverFrom,
    Double seconds) {

  TableOutcome {
    Objects.requireNonNull(info, "info");
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
  }

  /** A table built and written by this run. */
  static TableOutcome built(
      TableInfo info, List<Map<String, Object>> rows, List<String> sources, double seconds) {
    return new TableOutcome(info, rows, sources, null, null, seconds);
  }

  /** A table copied from the run {@code from}. */
  static TableOutcome carried(
      TableInfo info, List<Map<String, Object>> rows, List<String> sources, String from) {
    return new TableOutcome(info, rows, sources, null, from, null);
  }

  /** A table left out, with the reason; {@code seconds} is null when it was not built here. */
  static TableOutcome skipped(TableInfo info, String reason, Double seconds) {
    return new TableOutcome(
        info, List.of(), List.of(), Objects.requireNonNull(reason, "reason"), null, seconds);
  }

  boolean isSkipped() {
    return skipReason != null;
  }

  String name() {
    return info.name();
  }
}
