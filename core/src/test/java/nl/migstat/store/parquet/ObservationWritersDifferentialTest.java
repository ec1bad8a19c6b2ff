package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.migstat.SharedData;
import nl.migstat.chapters.Chapters;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;
import nl.migstat.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of {@code data-samples/} (all formats; the options of those {@code jobs/samples.yaml}
 * lists, the defaults for the others) is read through the ingest and written by the store's writer
 * (with its page and row-group sizes, and with small ones that make many of each) and by
 * parquet-java's own {@link org.apache.parquet.hadoop.ParquetWriter} ({@link
 * ReferenceObservationWriter}). Spark, parquet-java and DuckDB then read every file back: each
 * gives the rows that were written, sorted, nulls, maps and doubles included.
 */
class ObservationWritersDifferentialTest {
  private static final Ingest INGEST = new Ingest(Formats.all(), 1.0);

  /** One sample and how to read it. */
  private record Sample(InputFile file, ReadOptions options) {}

  /** The writers, each into its own folder of part files (part i is sample i). */
  private enum Writer {
    STORE,
    STORE_SMALL_PAGES,
    PARQUET_JAVA;

    void write(Path dir, int part, List<Observation> rows) throws IOException {
      Path file = ObservationPartWriter.file(dir, part);
      switch (this) {
        case STORE -> {
          try (ObservationPartWriter w = new ObservationPartWriter(dir, part)) {
            rows.forEach(w::write);
          }
        }
        case STORE_SMALL_PAGES -> {
          try (ObservationPartWriter w = new ObservationPartWriter(dir, part, 50, 200)) {
            rows.forEach(w::write);
          }
        }
        case PARQUET_JAVA -> {
          Files.createDirectories(dir);
          ReferenceObservationWriter.write(file, rows);
        }
      }
    }
  }

  @Test
  void everySampleReadsBackAsWrittenThroughBothWritersInSparkParquetJavaAndDuckDb(@TempDir Path dir)
      throws IOException, SQLException {
    List<Sample> samples = samples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(31);
    List<List<List<Object>>> expected = new ArrayList<>();
    for (int part = 0; part < samples.size(); part++) {
      Sample s = samples.get(part);
      CollectingSink sink = new CollectingSink();
      INGEST.read(s.file(), s.options(), sink);
      assertThat(sink.observations()).as(s.file().displayName()).isNotEmpty();
      for (Writer w : Writer.values()) {
        w.write(dir.resolve(w.name()), part, sink.observations());
      }
      expected.add(ReadBack.expected(sink.observations()));
    }
    assertThat(expected.stream().mapToInt(List::size).sum()).isGreaterThan(4_000);

    for (Writer w : Writer.values()) {
      Path folder = dir.resolve(w.name());
      Map<String, List<List<Object>>> spark = ReadBack.spark(folder);
      Map<String, List<List<Object>>> duckDb = ReadBack.duckDb(folder);
      for (int part = 0; part < samples.size(); part++) {
        Path file = ObservationPartWriter.file(folder, part);
        String name = file.getFileName().toString();
        String what = w + " " + samples.get(part).file().displayName() + ", read by ";
        sameRows(what + "Spark", expected.get(part), spark.get(name));
        sameRows(what + "parquet-java", expected.get(part), ReadBack.parquetJava(file));
        sameRows(what + "DuckDB", expected.get(part), duckDb.get(name));
      }
    }
  }

  /** The same rows in the same (sorted) order; on a difference, the first row that differs. */
  private static void sameRows(String what, List<List<Object>> expected, List<List<Object>> read) {
    assertThat(read).as(what).isNotNull().hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(read.get(i))
          .as("%s: row %d of %d", what, i, expected.size())
          .isEqualTo(expected.get(i));
    }
  }

  /**
   * Every file and folder one level down in {@code data-samples/} but the READMEs: with the options
   * {@code jobs/samples.yaml} gives it, or the defaults when the job does not list it.
   */
  private static List<Sample> samples() throws IOException {
    Map<Path, JobInput> listed = new HashMap<>();
    new JobFileParser(Chapters.all().names(), Chapters.all().tableNames())
        .parse(Path.of("jobs/samples.yaml"))
        .inputs()
        .forEach(in -> listed.put(in.path().toAbsolutePath().normalize(), in));
    List<Sample> samples = new ArrayList<>();
    try (Stream<Path> folders = Files.list(SharedData.samples())) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> entries = Files.list(folder)) {
          for (Path p : entries.sorted().toList()) {
            if (p.getFileName().toString().equals("README.md")) {
              continue;
            }
            JobInput in = listed.remove(p.toAbsolutePath().normalize());
            samples.add(
                in != null
                    ? new Sample(in.file(), in.options())
                    : new Sample(new InputFile(p, p.toString()), ReadOptions.defaults()));
          }
        }
      }
    }
    assertThat(listed).as("inputs of jobs/samples.yaml outside data-samples/").isEmpty();
    return samples;
  }
}
