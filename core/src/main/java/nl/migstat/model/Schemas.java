package nl.migstat.model;

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
import static nl.migstat.model.Columns.RAW;
import static nl.migstat.model.Columns.REASON;
import static nl.migstat.model.Columns.REGION;
import static nl.migstat.model.Columns.SOURCE;
import static nl.migstat.model.Columns.SOURCE_FLAG;
import static nl.migstat.model.Columns.STATUS;
import static nl.migstat.model.Columns.VALUE;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of the ingest tables, as documented in the README. */
public final class Schemas {
  /** One row per observation (DESIGN.md "The observation model"). */
  public static final StructType OBSERVATIONS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(MEASURE, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(FREQUENCY, DataTypes.StringType, true),
            DataTypes.createStructField(REGION, DataTypes.StringType, true),
            DataTypes.createStructField(
                DIMS,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                false),
            DataTypes.createStructField(VALUE, DataTypes.DoubleType, true),
            DataTypes.createStructField(STATUS, DataTypes.StringType, true),
            DataTypes.createStructField(SOURCE_FLAG, DataTypes.StringType, true),
            DataTypes.createStructField(ORIGIN, DataTypes.StringType, false)
          });

  /** One row per code of a dimension of a source. */
  public static final StructType CODES =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(DIMENSION, DataTypes.StringType, false),
            DataTypes.createStructField(CODE, DataTypes.StringType, false),
            DataTypes.createStructField(LABEL, DataTypes.StringType, true),
            DataTypes.createStructField(PARENT, DataTypes.StringType, true)
          });

  /** One row per rejected record. */
  public static final StructType REJECTS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(FILE, DataTypes.StringType, false),
            DataTypes.createStructField(LINE, DataTypes.LongType, false),
            DataTypes.createStructField(RAW, DataTypes.StringType, true),
            DataTypes.createStructField(REASON, DataTypes.StringType, false)
          });

  private Schemas() {}
}
