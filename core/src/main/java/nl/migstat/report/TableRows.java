package nl.migstat.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.WorkbookTable;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import nl.migstat.model.TableInfo;

/**
 * Reading a built table's rows for the report: a table by name, the rows of a year, a figure with
 * its states. A figure whose status says there is none (secret, not available) has no number here,
 * whatever the row holds, so the report never writes one.
 */
final class TableRows {
  private TableRows() {}

  /** A published figure: its value, or null when it has none, and all its states. */
  record Figure(Double value, StatusSet states) {
    boolean published() {
      return value != null;
    }

    boolean provisional() {
      return states.contains(Status.PROVISIONAL) || states.contains(Status.REVISED_PROVISIONAL);
    }
  }

  /** The built (not skipped) table called {@code name}, if the run has it. */
  static Optional<WorkbookTable> table(List<ChapterSection> chapters, String name) {
    return chapters.stream()
        .flatMap(c -> c.tables().stream())
        .filter(t -> !t.isSkipped() && t.info().name().equals(name))
        .findFirst();
  }

  /** The figure in column {@code column} of {@code row}. */
  static Figure figure(Map<String, Object> row, String column) {
    Object states = row.get(TableInfo.statesColumn(column));
    Object status = row.get(TableInfo.statusColumn(column));
    StatusSet set =
        states != null
            ? StatusSet.fromCode(states.toString())
            : StatusSet.of(status == null ? null : Status.fromCode(status.toString()));
    Object value = row.get(column);
    Status strongest = set.strongest();
    boolean none = value == null || (strongest != null && strongest.meansNoFigure());
    return new Figure(none ? null : ((Number) value).doubleValue(), set);
  }

  /** The year of a row, or null. */
  static Integer year(Map<String, Object> row) {
    Object y = row.get("year");
    return y instanceof Number n ? n.intValue() : null;
  }

  /** Whether the row's {@code column} holds {@code value} (null: the cell is empty). */
  static Predicate<Map<String, Object>> is(String column, Object value) {
    return r -> Objects.equals(r.get(column), value);
  }

  /**
   * The row of the newest year up to {@code reportYear} that passes {@code filter} and has a
   * published figure in {@code column}.
   */
  static Optional<Map<String, Object>> latest(
      WorkbookTable table, int reportYear, String column, Predicate<Map<String, Object>> filter) {
    return table.rows().stream()
        .filter(filter)
        .filter(r -> year(r) != null && year(r) <= reportYear)
        .filter(r -> figure(r, column).published())
        .max(Comparator.comparing(TableRows::year));
  }

  /** The row of {@code year} that passes {@code filter}, if any. */
  static Optional<Map<String, Object>> of(
      WorkbookTable table, int year, Predicate<Map<String, Object>> filter) {
    return table.rows().stream()
        .filter(filter)
        .filter(r -> Objects.equals(year(r), year))
        .findFirst();
  }
}
