package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Reject;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted part sink holds what the second read gave, and nothing of the first. */
class PartSinkTest {
  @TempDir Path dir;

  private static Observation observation(String period) {
    return new Observation(
        "cbs:84809NED",
        "Immigratie_1",
        period,
        "A",
        null,
        new TreeMap<>(),
        12.0,
        null,
        null,
        "a.csv:2");
  }

  @Test
  void aRestartStartsThePartFileAndTheListsAfresh() throws IOException {
    Path folder = dir.resolve("observations");
    try (PartSink sink = new PartSink(folder, 3, new AtomicBoolean())) {
      sink.observation(observation("2019"));
      sink.observation(observation("2020"));
      sink.reject(new Reject("a.csv", 4, "x", "why"));
      sink.code(new CodeEntry("cbs:84809NED", "Geslacht", "3000", "Mannen", null));
      sink.restart();
      sink.observation(observation("2021"));
      assertThat(sink.rejects()).isEmpty();
      assertThat(sink.codes()).isEmpty();
    }
    try (Stream<Path> parts = Files.list(folder)) {
      assertThat(parts.map(p -> p.getFileName().toString()))
          .containsExactly(ObservationPartWriter.file(folder, 3).getFileName().toString());
    }
    org.apache.hadoop.fs.Path part =
        new org.apache.hadoop.fs.Path(ObservationPartWriter.file(folder, 3).toUri());
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(part, new Configuration()))) {
      assertThat(reader.getRecordCount()).isEqualTo(1);
    }
  }
}
