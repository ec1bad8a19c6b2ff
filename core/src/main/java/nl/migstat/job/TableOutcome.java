package nl.migstat.job;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.types.StructType;

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
 * @param schema the rows' Parquet schema, or null when skipped
 */
record TableOutcome(
    TableInfo info,
    List<Map<String, Object>> rows,
    List<String> sources,
    String skipReason,
    String carriedOverFrom,
    Double seconds,
    StructType schema) {

  TableOutcome {
    Objects.requireNonNull(info, "info");
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
  }

  /** A table built by this run, not yet written. */
  static TableOutcome built(
      TableInfo info,
      List<Map<String, Object>> rows,
      List<String> sources,
      double seconds,
      StructType schema) {
    return new TableOutcome(info, rows, sources, null, null, seconds, schema);
  }

  /** A table built by this run, its rows read but never written (no schema: for the tests). */
  static TableOutcome built(
      TableInfo info, List<Map<String, Object>> rows, List<String> sources, double seconds) {
    return built(info, rows, sources, seconds, null);
  }

  /** A table copied from the run {@code from}. */
  static TableOutcome carried(
      TableInfo info,
      List<Map<String, Object>> rows,
      List<String> sources,
      String from,
      StructType schema) {
    return new TableOutcome(info, rows, sources, null, from, null, schema);
  }

  /** A table left out, with the reason; {@code seconds} is null when it was not built here. */
  static TableOutcome skipped(TableInfo info, String reason, Double seconds) {
    return new TableOutcome(
        info, List.of(), List.of(), Objects.requireNonNull(reason, "reason"), null, seconds, null);
  }

  /** The same table with other rows and info (after disclosure control). */
  TableOutcome with(TableInfo newInfo, List<Map<String, Object>> newRows) {
    return new TableOutcome(
        newInfo, newRows, sources, skipReason, carriedOverFrom, seconds, schema);
  }

  /** The same table with {@code more} seconds spent on it (its Parquet write). */
  TableOutcome plusSeconds(double more) {
    return new TableOutcome(
        info,
        rows,
        sources,
        skipReason,
        carriedOverFrom,
        seconds == null ? null : seconds + more,
        schema);
  }

  boolean isSkipped() {
    return skipReason != null;
  }

  boolean isCarriedOver() {
    return carriedOverFrom != null;
  }

  String name() {
    return info.name();
  }
}
