package nl.migstat.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;

/**
 * One report table as plain Java data, collected from its (small) Spark aggregate so the workbook
 * writer needs no Spark: the rows by output column, the source lines, how its sheets are laid out,
 * or why it was skipped.
 *
 * @param info title, unit, footnotes and columns
 * @param rows one map per row, keyed by every name of {@link TableInfo#outputColumns()}: figures as
 *     a {@link Number} or null, statuses as a status code or null, states as their stored code
 *     ({@code break,provisional}) or null, integers, strings, booleans; a row without a states
 *     entry (a table carried over from an older run) shows its status alone
 * @param sourceLines the sources as printed ({@code CBS, tabel 84809NED (gewijzigd op 2024-03-01)})
 * @param skipReason null, or why the table is not in the report
 * @param layout the table's sheets as declared beside it
 */
public record WorkbookTable(
    TableInfo info,
    List<Map<String, Object>> rows,
    List<String> sourceLines,
    String skipReason,
    SheetLayout layout) {

  public WorkbookTable {
    Objects.requireNonNull(info, "info");
    rows = rows == null ? List.of() : List.copyOf(rows);
    sourceLines = List.copyOf(sourceLines);
    layout = layout == null ? SheetLayout.listing(info.title()) : layout;
  }

  /** A table with rows in publication order, shown as its long form. */
  public static WorkbookTable built(
      TableInfo info, List<Map<String, Object>> rows, List<String> sourceLines) {
    return built(info, rows, sourceLines, null);
  }

  /** A table with rows in publication order, laid out as declared (null: its long form). */
  public static WorkbookTable built(
      TableInfo info,
      List<Map<String, Object>> rows,
      List<String> sourceLines,
      SheetLayout layout) {
    return new WorkbookTable(info, Objects.requireNonNull(rows, "rows"), sourceLines, null, layout);
  }

  /** A table left out of the report, listed with its reason. */
  public static WorkbookTable skipped(TableInfo info, String reason) {
    return skipped(info, reason, null);
  }

  /** A table left out of the report, listed with its reason under its declared name. */
  public static WorkbookTable skipped(TableInfo info, String reason, SheetLayout layout) {
    return new WorkbookTable(
        info, List.of(), List.of(), Objects.requireNonNull(reason, "reason"), layout);
  }

  public boolean isSkipped() {
    return skipReason != null;
  }
}
