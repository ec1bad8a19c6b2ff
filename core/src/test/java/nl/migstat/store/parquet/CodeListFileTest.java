package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.TestSpark;
import nl.migstat.model.CodeEntry;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code-list file against Spark's own writer. */
class CodeListFileTest {
  /**
   * Code lists written directly: Spark's rows and schema, duplicates dropped (the first label
   * wins).
   */
  @Test
  void codeListsReadBackAsSparkWritesThem(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    List<CodeEntry> codes = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      codes.add(
          new CodeEntry(
              i % 2 == 0 ? "cbs:84583NED" : "eurostat:migr_imm1ctz",
              i % 3 == 0 ? "WijkenEnBuurten" : "citizen",
              "C" + (i % 20_000),
              i % 7 == 0 ? null : "Buurt 's-Hertogenbosch " + i,
              i % 5 == 0 ? "GM0796" : null));
    }
    CodeListFile.write(dir.resolve("direct"), codes);
    SparkTables.codes(spark, codes)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct = spark.read().parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark = spark.read().parquet(dir.resolve("spark").toUri().toString());
    assertThat(direct.schema()).isEqualTo(viaSpark.schema());
    assertThat(direct.count()).isEqualTo(viaSpark.count()).isLessThan(codes.size());
    assertThat(direct.exceptAll(viaSpark).count()).isZero();
    assertThat(viaSpark.exceptAll(direct).count()).isZero();
    assertThat(dir.resolve("direct/_SUCCESS")).exists();
  }
}
