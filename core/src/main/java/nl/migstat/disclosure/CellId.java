package nl.migstat.disclosure;

import java.util.Comparator;
import java.util.Objects;

/**
 * One cell of one published table, such as {@code population_by_background} / {@code
 * GM0088|2019|non_western}; the order of these ids is the stable order that breaks every tie.
 *
 * @param table the table's name, as the workbook and the Parquet folder call it
 * @param key the cell within the table: its row's codes and its column, joined by {@code |}
 */
public record CellId(String table, String key) implements Comparable<CellId> {
  private static final Comparator<CellId> ORDER =
      Comparator.comparing(CellId::table).thenComparing(CellId::key);

  public CellId {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
    if (table.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException(
          "a cell needs a table and a key, not '" + table + "/" + key + "'");
    }
  }

  /** A cell whose key joins the row's codes and the column with {@code |}. */
  public static CellId of(String table, String... keyParts) {
    return new CellId(table, String.join("|", keyParts));
  }

  @Override
  public int compareTo(CellId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return table + "/" + key;
  }
}
