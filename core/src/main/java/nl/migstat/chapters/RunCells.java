package nl.migstat.chapters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.LinkedTables;
import nl.migstat.disclosure.Origin;
import nl.migstat.disclosure.TableCells;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;

/**
 * The published rows of a run's tables as disclosure control reads them ({@link CellDeclarations}):
 * each cell a chapter declares is a count or a figure derived from counts, found by its table, its
 * row's key and its column, and located so that the decision can be written back into the row.
 *
 * <p>A count whose status is {@code confidential} is secret at the source (its value is unknown
 * here); one without a value for another reason is missing. A derived figure without a value needs
 * no protection and is not declared.
 */
public final class RunCells {
  /**
   * Where a declared cell is shown.
   *
   * @param table the table
   * @param row the row's index in the table's rows
   * @param column the figure column
   */
  public record Location(String table, int row, String column) {}

  private final Map<String, List<Map<String, Object>>> tables;
  private final LinkedTables.Builder run = LinkedTables.builder();
  private final Map<CellId, Location> locations = new HashMap<>();
  private final Map<CellId, Double> known = new HashMap<>();
  private final Map<CellId, Origin> origins = new HashMap<>();
  private final List<String> unbalanced = new ArrayList<>();

  /**
   * @param tables the rows of every table of the run that has rows (built or carried over), by name
   */
  public RunCells(Map<String, List<Map<String, Object>>> tables) {
    this.tables = Map.copyOf(tables);
  }

  /** Whether the run has rows of this table. */
  public boolean has(String table) {
    return tables.containsKey(table);
  }

  /** The rows of a table of the run, in publication order. */
  public List<Map<String, Object>> rows(String table) {
    List<Map<String, Object>> rows = tables.get(table);
    if (rows == null) {
      throw new IllegalArgumentException("the run has no table " + table);
    }
    return rows;
  }

  /** The id of the cell of a table's row ({@code rowKey}) and figure column. */
  public static CellId id(String table, String rowKey, String column) {
    return new CellId(table, rowKey + "|" + column);
  }

  /** The cell, if it was declared. */
  public Optional<CellId> declared(String table, String rowKey, String column) {
    CellId id = id(table, rowKey, column);
    return locations.containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  /**
   * Declares the count of a row's figure column: with its value, secret at the source when its
   * status is confidential, missing when it has no value for another reason.
   */
  public CellId count(String table, int row, String column, String rowKey, Origin origin) {
    Map<String, Object> values = rows(table).get(row);
    TableCells cells = run.table(table);
    String key = unique(table, rowKey + "|" + column, row);
    Object value = values.get(column);
    CellId id;
    if (value instanceof Number n) {
      id = cells.count(key, n.doubleValue(), origin);
      known.put(id, n.doubleValue());
    } else if (Status.CONFIDENTIAL.code().equals(values.get(TableInfo.statusColumn(column)))) {
      id = cells.secretAtSource(key, origin);
    } else {
      id = cells.missing(key, origin);
    }
    locations.put(id, new Location(table, row, column));
    origins.put(id, origin);
    return id;
  }

  /** The origin a count was declared with. */
  public Origin origin(CellId count) {
    Origin origin = origins.get(count);
    if (origin == null) {
      throw new IllegalArgumentException(count + " is no declared count");
    }
    return origin;
  }

  /**
   * Declares a figure computed from counts (a share, an index, a change) over those of {@code base}
   * that are declared; nothing when it has no value or none of its base is declared.
   */
  public void derived(
      String table, int row, String column, String rowKey, Collection<Optional<CellId>> base) {
    if (!(rows(table).get(row).get(column) instanceof Number)) {
      return;
    }
    TreeSet<CellId> cells = new TreeSet<>();
    base.forEach(cell -> cell.ifPresent(cells::add));
    if (cells.isEmpty()) {
      return;
    }
    CellId id =
        run.table(table)
            .derived(unique(table, rowKey + "|" + column, row), cells.toArray(CellId[]::new));
    locations.put(id, new Location(table, row, column));
  }

  /**
   * Declares that {@code total} is the sum of {@code parts}, if all are declared and their known
   * values add up (an equation that does not hold is no identity a reader can use; it is counted in
   * {@link #unbalanced()}); whether it was declared.
   */
  public boolean sum(Optional<CellId> total, List<Optional<CellId>> parts) {
    if (total.isEmpty() || parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
      return false;
    }
    List<CellId> ids = parts.stream().map(Optional::get).toList();
    if (!balanced(total.get(), ids)) {
      unbalanced.add(total.get() + " = " + ids);
      return false;
    }
    run.sum(total.get(), ids);
    return true;
  }

  /**
   * Declares that {@code total} is the sum of {@code parts} where their known values show it (a
   * breakdown that is not a partition of its total, such as continents beside a total that also
   * counts the unknown, is no equation); whether it was declared.
   */
  public boolean partition(Optional<CellId> total, List<Optional<CellId>> parts) {
    if (total.isEmpty() || parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
      return false;
    }
    List<CellId> ids = parts.stream().map(Optional::get).toList();
    if (!balanced(total.get(), ids)) {
      return false;
    }
    run.sum(total.get(), ids);
    return true;
  }

  /** Declares that two declared cells hold the same count (a link between tables). */
  public boolean equal(Optional<CellId> cell, Optional<CellId> sameCount) {
    return sum(cell, sameCount.isEmpty() ? List.of() : List.of(sameCount));
  }

  /** The declared cells and equations, checked. */
  public LinkedTables build() {
    return run.build();
  }

  /** Where each declared cell is shown. */
  public Map<CellId, Location> locations() {
    return Collections.unmodifiableMap(locations);
  }

  /** The equations left out because their known values do not add up. */
  public List<String> unbalanced() {
    return List.copyOf(unbalanced);
  }

  /** Two rows with one key are two figures: the second is found by its row only. */
  private String unique(String table, String key, int row) {
    return locations.containsKey(new CellId(table, key)) ? key + "#" + row : key;
  }

  private boolean balanced(CellId total, List<CellId> parts) {
    double sum = 0;
    for (CellId part : parts) {
      Double value = known.get(part);
      if (value == null) {
        return true;
      }
      sum += value;
    }
    Double value = known.get(total);
    return value == null || Math.abs(value - sum) <= 1e-6 * Math.max(1, Math.abs(value));
  }
}
