package nl.migstat.model;

/** The value type of a column of a stored table, independent of the engine that stores it. */
public enum ColumnType {
  /** Text (UTF-8 in Parquet). */
  STRING,
  /** A 64-bit floating-point number. */
  DOUBLE,
  /** A 64-bit integer. */
  LONG,
  /** A calendar day without time or zone (days since 1970-01-01 in Parquet). */
  DATE,
  /** A map from text to text whose keys and values are never null (an observation's dims). */
  STRING_MAP
}
