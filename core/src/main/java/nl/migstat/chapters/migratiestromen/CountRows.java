package nl.migstat.chapters.migratiestromen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Origin;

/**
 * One table of counts under disclosure control: each row's key (its key columns' values joined by
 * {@code |}), its count declared, and the totals and shares over one key column at a time.
 */
final class CountRows {
  private final RunCells cells;
  private final String table;
  private final String count;
  private final List<String> keyColumns;
  private final List<List<String>> keys = new ArrayList<>();
  private final Map<String, Map<List<String>, List<String>>> totalKeys = new HashMap<>();

  /**
   * Declares the {@code count} column of every row of {@code table}; a row that {@code derived}
   * accepts is a count this pipeline computes, the others are the source's.
   */
  CountRows(
      RunCells cells,
      String table,
      String count,
      List<String> keyColumns,
      Predicate<Map<String, Object>> derived) {
    this.cells = cells;
    this.table = table;
    this.count = count;
    this.keyColumns = keyColumns;
    List<Map<String, Object>> rows = cells.rows(table);
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> key = new ArrayList<>();
      for (String column : keyColumns) {
        Object value = rows.get(i).get(column);
        key.add(value == null ? "" : value.toString());
      }
      // A key that repeats (a source with the same cell twice, as the benchmark's generated
      // migr_resfirst has) marks its n-th copy, which then adds up within its own copies only.
      int copy = seen.merge(List.copyOf(key), 1, Integer::sum);
      if (copy > 1) {
        key.add("#" + copy);
      }
      keys.add(key);
      Origin origin = derived.test(rows.get(i)) ? Origin.DERIVED : Origin.SOURCE;
      cells.count(table, i, count, String.join("|", key), origin);
    }
  }

  /** Every row's key, in row order. */
  List<List<String>> keys() {
    return keys;
  }

  /** The count of the row with this key, if there is one. */
  Optional<CellId> at(List<String> key) {
    return cells.declared(table, String.join("|", key), count);
  }

  /** The count of row {@code i}. */
  Optional<CellId> at(int i) {
    return at(keys.get(i));
  }

  /**
   * For each combination of the other key columns, the row whose {@code column} is one of {@code
   * totals} is the sum of the others, where their values show it (a breakdown with a part left out
   * is no equation).
   */
  CountRows totalOver(String column, Collection<String> totals) {
    int d = keyColumns.indexOf(column);
    Map<List<String>, List<String>> totalOf = new HashMap<>();
    Map<List<String>, List<Optional<CellId>>> parts = new LinkedHashMap<>();
    for (List<String> key : keys) {
      List<String> group = with(key, d, "*");
      if (totals.contains(key.get(d))) {
        totalOf.putIfAbsent(group, key);
      } else {
        parts.computeIfAbsent(group, k -> new ArrayList<>()).add(at(key));
      }
    }
    totalKeys.put(column, totalOf);
    parts.forEach(
        (group, of) -> {
          List<String> total = totalOf.get(group);
          if (total != null) {
            cells.partition(at(total), of);
          }
        });
    return this;
  }

  /**
   * The key of the total row of {@code key}'s group over {@code column} ({@link #totalOver} first),
   * or null when the group has none.
   */
  List<String> totalKey(List<String> key, String column) {
    if (key == null) {
      return null;
    }
    Map<List<String>, List<String>> totalOf = totalKeys.getOrDefault(column, Map.of());
    return totalOf.get(with(key, keyColumns.indexOf(column), "*"));
  }

  /**
   * Declares {@code figure} of every row as computed from its count and the count of the row whose
   * key {@code base} gives (a share of that total; null: of the count alone).
   */
  CountRows figure(String figure, UnaryOperator<List<String>> base) {
    for (int i = 0; i < keys.size(); i++) {
      List<Optional<CellId>> of = new ArrayList<>(List.of(at(i)));
      List<String> baseKey = base.apply(keys.get(i));
      if (baseKey != null) {
        of.add(at(baseKey));
      }
      cells.derived(table, i, figure, String.join("|", keys.get(i)), of);
    }
    return this;
  }

  private static List<String> with(List<String> key, int d, String value) {
    List<String> changed = new ArrayList<>(key);
    changed.set(d, value);
    return changed;
  }
}
