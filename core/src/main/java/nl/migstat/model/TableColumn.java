package nl.migstat.model;

import java.util.Objects;

/**
 * One column of a stored table: its name, its type and whether a row may leave it empty.
 *
 * @param name the column name, one of {@link Columns}
 * @param type the value type
 * @param nullable true when a row may hold no value (a map column is never null, only empty)
 */
public record TableColumn(String name, ColumnType type, boolean nullable) {
  public TableColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A column every row has a value in. */
  public static TableColumn required(String name, ColumnType type) {
    return new TableColumn(name, type, false);
  }

  /** A column a row may leave empty. */
  public static TableColumn optional(String name, ColumnType type) {
    return new TableColumn(name, type, true);
  }
}
