package nl.migstat.store.spark;

import nl.migstat.model.Schemas;
import nl.migstat.model.TableColumn;
import nl.migstat.model.TableSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of the ingest tables, derived from their one declaration in {@link Schemas}:
 * what every query of a run reads the tables with.
 */
public final class SparkSchemas {
  /** One row per observation. */
  public static final StructType OBSERVATIONS = of(Schemas.OBSERVATIONS);

  /** One row per code of a dimension of a source. */
  public static final StructType CODES = of(Schemas.CODES);

  /** One row per rejected record. */
  public static final StructType REJECTS = of(Schemas.REJECTS);

  private SparkSchemas() {}

  /** The Spark schema of a declared table. */
  public static StructType of(TableSchema table) {
    return new StructType(
        table.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), type(c), c.nullable()))
            .toArray(StructField[]::new));
  }

  private static DataType type(TableColumn c) {
    return switch (c.type()) {
      case STRING -> DataTypes.StringType;
      case DOUBLE -> DataTypes.DoubleType;
      case LONG -> DataTypes.LongType;
      case DATE -> DataTypes.DateType;
      case STRING_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
    };
  }
}
