package nl.migstat.store.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Spark schemas derived from the one declaration are those the README documents. */
class SparkSchemasTest {
  @Test
  void observationsHaveTheDocumentedColumnsTypesAndNullability() {
    StructType expected =
        new StructType()
            .add("source", DataTypes.StringType, false)
            .add("measure", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, true)
            .add("frequency", DataTypes.StringType, true)
            .add("period_start", DataTypes.DateType, true)
            .add("period_end", DataTypes.DateType, true)
            .add("region", DataTypes.StringType, true)
            .add(
                "dims",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                false)
            .add("value", DataTypes.DoubleType, true)
            .add("status", DataTypes.StringType, true)
            .add("states", DataTypes.StringType, true)
            .add("source_flag", DataTypes.StringType, true)
            .add("origin", DataTypes.StringType, false);
    assertThat(SparkSchemas.OBSERVATIONS).isEqualTo(expected);
  }

  @Test
  void codeListsAndRejectsHaveTheDocumentedColumns() {
    assertThat(SparkSchemas.CODES)
        .isEqualTo(
            new StructType()
                .add("source", DataTypes.StringType, false)
                .add("dimension", DataTypes.StringType, false)
                .add("code", DataTypes.StringType, false)
                .add("label", DataTypes.StringType, true)
                .add("parent", DataTypes.StringType, true));
    assertThat(SparkSchemas.REJECTS)
        .isEqualTo(
            new StructType()
                .add("file", DataTypes.StringType, false)
                .add("line", DataTypes.LongType, false)
                .add("raw", DataTypes.StringType, true)
                .add("reason", DataTypes.StringType, false));
  }
}
