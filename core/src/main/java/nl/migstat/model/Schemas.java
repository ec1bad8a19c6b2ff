package nl.migstat.model;

import static nl.migstat.model.ColumnType.DATE;
import static nl.migstat.model.ColumnType.DOUBLE;
import static nl.migstat.model.ColumnType.LONG;
import static nl.migstat.model.ColumnType.STRING;
import static nl.migstat.model.ColumnType.STRING_MAP;
import static nl.migstat.model.Columns.CODE;
import static nl.migstat.model.Columns.DIMENSION;
import static nl.migstat.model.Columns.DIMS;
import static nl.migstat.model.Columns.FILE;
import static nl.migstat.model.Columns.FREQUENCY;
import static nl.migstat.model.Columns.LABEL;
import static nl.migstat.model.Columns.LINE;
import static nl.migstat.model.Columns.MEASURE;
import static nl.migstat.model.Columns.ORIGIN;
import static nl.migstat.model.Columns.PARENT;
import static nl.migstat.model.Columns.PERIOD;
import static nl.migstat.model.Columns.PERIOD_END;
import static nl.migstat.model.Columns.PERIOD_START;
import static nl.migstat.model.Columns.RAW;
import static nl.migstat.model.Columns.REASON;
import static nl.migstat.model.Columns.REGION;
import static nl.migstat.model.Columns.SOURCE;
import static nl.migstat.model.Columns.SOURCE_FLAG;
import static nl.migstat.model.Columns.STATES;
import static nl.migstat.model.Columns.STATUS;
import static nl.migstat.model.Columns.VALUE;
import static nl.migstat.model.TableColumn.optional;
import static nl.migstat.model.TableColumn.required;

/**
 * The ingest tables as documented in the README, declared once: the Spark schemas ({@code
 * store.spark.SparkSchemas}) and the Parquet schemas ({@code store.parquet.ParquetSchemas}) are
 * derived from these, and the Parquet writers bind their columns to them by name.
 */
public final class Schemas {
  /**
   * One row per observation (DESIGN.md "The observation model"). {@code period_start} and {@code
   * period_end} are the first and last day of the period ({@link PeriodSpan}), derived from {@code
   * period} by the store, so that analysts can filter by date; both are null without a period.
   * {@code status} is the strongest of the cell's states and {@code states} all of them ({@link
   * StatusSet#code()}: {@code break,estimated,provisional}), both null for an ordinary figure.
   */
  public static final TableSchema OBSERVATIONS =
      TableSchema.of(
          "observations",
          required(SOURCE, STRING),
          required(MEASURE, STRING),
          optional(PERIOD, STRING),
          optional(FREQUENCY, STRING),
          optional(PERIOD_START, DATE),
          optional(PERIOD_END, DATE),
          optional(REGION, STRING),
          required(DIMS, STRING_MAP),
          optional(VALUE, DOUBLE),
          optional(STATUS, STRING),
          optional(STATES, STRING),
          optional(SOURCE_FLAG, STRING),
          required(ORIGIN, STRING));

  /** One row per code of a dimension of a source. */
  public static final TableSchema CODES =
      TableSchema.of(
          "codes",
          required(SOURCE, STRING),
          required(DIMENSION, STRING),
          required(CODE, STRING),
          optional(LABEL, STRING),
          optional(PARENT, STRING));

  /** One row per rejected record. */
  public static final TableSchema REJECTS =
      TableSchema.of(
          "rejects",
          required(FILE, STRING),
          required(LINE, LONG),
          optional(RAW, STRING),
          required(REASON, STRING));

  private Schemas() {}
}
