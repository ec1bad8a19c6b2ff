package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import nl.migstat.store.spark.SparkSchemas;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.api.Test;

/** The Parquet schemas derived from the one declaration are those Spark writes for its schemas. */
class ParquetSchemasTest {
  private static final SparkToParquetSchemaConverter SPARK =
      new SparkToParquetSchemaConverter(new SQLConf());

  @Test
  void observationsAreStoredAsSparkStoresThem() {
    assertThat(ParquetSchemas.OBSERVATIONS).isEqualTo(SPARK.convert(SparkSchemas.OBSERVATIONS));
    assertThat(ParquetSchemas.OBSERVATIONS)
        .isEqualTo(
            MessageTypeParser.parseMessageType(
                """
                message spark_schema {
                  required binary source (STRING);
                  required binary measure (STRING);
                  optional binary period (STRING);
                  optional binary frequency (STRING);
                  optional int32 period_start (DATE);
                  optional int32 period_end (DATE);
                  optional binary region (STRING);
                  required group dims (MAP) {
                    repeated group key_value {
                      required binary key (STRING);
                      required binary value (STRING);
                    }
                  }
                  optional double value;
                  optional binary status (STRING);
                  optional binary states (STRING);
                  optional binary source_flag (STRING);
                  required binary origin (STRING);
                }
                """));
  }

  @Test
  void codeListsAndRejectsAreStoredAsSparkStoresThem() {
    assertThat(ParquetSchemas.CODES).isEqualTo(SPARK.convert(SparkSchemas.CODES));
    assertThat(ParquetSchemas.of(nl.migstat.model.Schemas.REJECTS))
        .isEqualTo(SPARK.convert(SparkSchemas.REJECTS));
  }
}
