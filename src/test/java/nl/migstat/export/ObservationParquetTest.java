package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.Observation;
import nl.migstat.model.Schemas;
import nl.migstat.model.Status;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationParquetTest {
  private static final List<Observation> OBSERVATIONS = List.of(
      new Observation("eurostat:migr_asyappctza", "PER", "2023", "A", "NL",
          new TreeMap<>(Map.of("citizen", "SY", "sex", "T", "age", "TOTAL")), 11905.0,
          Status.PROVISIONAL, "p", "migr_asyappctza.tsv.gz:12"),
      new Observation("eurostat:migr_asyappctza", "PER", "2022", "A", "NL",
          new TreeMap<>(Map.of("citizen", "SY")), null, Status.NOT_AVAILABLE, ":",
          "migr_asyappctza.tsv.gz:13"),
      new Observation("cbs:84583NED", "AantalInwoners_5", null, null, null, null, 12.5, null,
          null, "84583NED.csv:2"));

  @Test
  void sparkReadsTheSameRowsAsFromItsOwnWriter(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    try (ObservationParquet.PartWriter w = new ObservationParquet.PartWriter(dir.resolve("direct"), 0)) {
      OBSERVATIONS.forEach(w::write);
      assertThat(w.rows()).isEqualTo(3);
    }
    ObservationParquet.finish(dir.resolve("direct"));
    IngestOutput.observations(spark, OBSERVATIONS).coalesce(1).write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct = spark.read().schema(Schemas.OBSERVATIONS)
        .parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark = spark.read().schema(Schemas.OBSERVATIONS)
        .parquet(dir.resolve("spark").toUri().toString());

    assertThat(direct.count()).isEqualTo(3);
    assertThat(direct.orderBy("origin").collectAsList())
        .isEqualTo(viaSpark.orderBy("origin").collectAsList());
    Row first = direct.where("origin = 'migr_asyappctza.tsv.gz:12'").first();
    assertThat(first.<String, String>getJavaMap(first.fieldIndex("dims")))
        .containsEntry("citizen", "SY").hasSize(3);
    assertThat(first.getDouble(first.fieldIndex("value"))).isEqualTo(11905.0);
    assertThat(first.getString(first.fieldIndex("status"))).isEqualTo("provisional");
    assertThat(spark.read().parquet(dir.resolve("direct").toUri().toString()).schema().fieldNames())
        .containsExactly(Schemas.OBSERVATIONS.fieldNames());
  }
}
