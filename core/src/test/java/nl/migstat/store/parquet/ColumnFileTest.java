package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.migstat.model.Columns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoders are bound to the columns of the schema by name, each column exactly once. */
class ColumnFileTest {
  @Test
  void aColumnWithoutAnEncoderIsRefused(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                new ColumnFile(dir.resolve("codes.parquet"), ParquetSchemas.CODES, 10, 10) {
                  {
                    strings(Columns.SOURCE);
                    strings(Columns.CODE);
                    strings(Columns.LABEL);
                    strings(Columns.PARENT);
                    allBound();
                  }
                })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no encoder for column dimension");
  }

  @Test
  void aNameTheSchemaDoesNotHaveIsRefused(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                new ColumnFile(dir.resolve("codes.parquet"), ParquetSchemas.CODES, 10, 10) {
                  {
                    strings(Columns.REGION);
                  }
                })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the schema has no column region");
  }

  @Test
  void anEncoderOfAnotherTypeIsRefused(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                new ColumnFile(dir.resolve("obs.parquet"), ParquetSchemas.OBSERVATIONS, 10, 10) {
                  {
                    doubles(Columns.ORIGIN);
                  }
                })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column origin is")
        .hasMessageEndingWith("not DOUBLE");
  }

  @Test
  void aColumnBoundTwiceIsRefused(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                new ColumnFile(dir.resolve("obs.parquet"), ParquetSchemas.OBSERVATIONS, 10, 10) {
                  {
                    strings(ParquetSchemas.mapKey(Columns.DIMS));
                    strings(Columns.DIMS, "key_value", "key");
                  }
                })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column dims.key_value.key is bound twice");
  }
}
