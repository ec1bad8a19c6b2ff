package nl.migstat.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A stored table as the project declares it once ({@link Schemas}): its folder name and its columns
 * in order. The engines' own schemas (Spark's, Parquet's) are derived from it, and writers find
 * their columns in it by name.
 *
 * @param name the table's folder name in a run ({@code observations})
 * @param columns the columns in the order they are stored
 */
public record TableSchema(String name, List<TableColumn> columns) {
  public TableSchema {
    columns = List.copyOf(columns);
    Map<String, TableColumn> seen = new HashMap<>();
    for (TableColumn c : columns) {
      if (seen.put(c.name(), c) != null) {
        throw new IllegalArgumentException(name + " declares column " + c.name() + " twice");
      }
    }
  }

  /** The table of these columns, in this order. */
  public static TableSchema of(String name, TableColumn... columns) {
    return new TableSchema(name, List.of(columns));
  }

  /** The column called {@code column}. */
  public TableColumn column(String column) {
    return columns.get(indexOf(column));
  }

  /** The position of the column called {@code column}. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new NoSuchElementException(name + " has no column " + column);
  }

  /** The column names in order. */
  public List<String> names() {
    return columns.stream().map(TableColumn::name).toList();
  }
}
