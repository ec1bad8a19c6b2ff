package nl.migstat.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.CellStatus;
import nl.migstat.disclosure.CountCell;
import nl.migstat.disclosure.LinkedTables;
import nl.migstat.disclosure.RoundedCounts;
import nl.migstat.disclosure.SuppressionPattern;
import nl.migstat.export.DisclosureRecord;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import nl.migstat.model.TableInfo;

/**
 * What disclosure control decided, written into the tables' rows: a secret cell loses its value and
 * becomes {@code confidential} (in its status and among its states), a derived count shows its
 * rounded value, and a table whose rounded totals may differ from their rounded parts gets the
 * footnote that says so.
 */
final class PublishedCells {
  /** One decision: the cell's new value, or secret. */
  private record Decision(int row, String column, boolean secret, Double shown) {}

  private final Map<String, List<Decision>> byTable = new HashMap<>();
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final RoundedCounts rounded;

  PublishedCells(
      Map<CellId, RunCells.Location> locations,
      SuppressionPattern pattern,
      RoundedCounts rounded,
      LinkedTables tables) {
    this.rounded = rounded;
    pattern
        .statuses()
        .forEach(
            (cell, status) -> {
              RunCells.Location at = locations.get(cell);
              if (at != null) {
                decide(at, status, tables.counts().get(cell), rounded.shown().get(cell));
              }
            });
  }

  private void decide(RunCells.Location at, CellStatus status, CountCell count, Double shown) {
    int[] n = counts.computeIfAbsent(at.table(), t -> new int[5]);
    n[0]++;
    switch (status) {
      case PRIMARY -> n[1]++;
      case SECONDARY -> n[2]++;
      case SECRET_AT_SOURCE -> n[3]++;
      default -> {}
    }
    List<Decision> decisions = byTable.computeIfAbsent(at.table(), t -> new ArrayList<>());
    if (status == CellStatus.PRIMARY || status == CellStatus.SECONDARY) {
      decisions.add(new Decision(at.row(), at.column(), true, null));
    } else if (count != null && shown != null && shown.doubleValue() != count.value()) {
      decisions.add(new Decision(at.row(), at.column(), false, shown));
      n[4]++;
    }
  }

  /** The table as published: its rows with every decision applied, and the rounding footnote. */
  TableOutcome apply(TableOutcome table) {
    List<Decision> decisions = byTable.getOrDefault(table.name(), List.of());
    TableInfo info =
        rounded.needsFootnote(table.name())
            ? table.info().withFootnote(rounded.footnote())
            : table.info();
    if (decisions.isEmpty() && info == table.info()) {
      return table;
    }
    List<Map<String, Object>> rows = new ArrayList<>(table.rows());
    for (Decision d : decisions) {
      Map<String, Object> row = new LinkedHashMap<>(rows.get(d.row()));
      if (d.secret()) {
        row.put(d.column(), null);
        row.put(TableInfo.statusColumn(d.column()), Status.CONFIDENTIAL.code());
        String states = TableInfo.statesColumn(d.column());
        if (row.containsKey(states)) {
          row.put(
              states,
              StatusSet.fromCode((String) row.get(states)).with(Status.CONFIDENTIAL).code());
        }
      } else {
        row.put(d.column(), d.shown());
      }
      rows.set(d.row(), row);
    }
    return table.with(info, rows);
  }

  /** Whether {@link #apply} changes the table. */
  boolean changes(String table) {
    return byTable.containsKey(table) && !byTable.get(table).isEmpty()
        || rounded.needsFootnote(table);
  }

  /** Per table with cells under control, what was decided, for the manifest. */
  List<DisclosureRecord.Table> perTable() {
    List<DisclosureRecord.Table> tables = new ArrayList<>();
    counts.forEach(
        (table, n) ->
            tables.add(
                new DisclosureRecord.Table(
                    table, n[0], n[1], n[2], n[3], n[4], rounded.needsFootnote(table))));
    tables.sort(java.util.Comparator.comparing(DisclosureRecord.Table::name));
    return tables;
  }
}
