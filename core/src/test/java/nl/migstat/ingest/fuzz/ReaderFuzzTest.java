package nl.migstat.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.InputLimits;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.cbs.CbsOdataCsvReader;
import nl.migstat.ingest.eurostat.EurostatTsvReader;
import nl.migstat.ingest.eurostat.EurostatWideCsvReader;
import nl.migstat.ingest.jsonstat.EurostatJsonStatReader;
import nl.migstat.ingest.odata.CbsODataV3CsvFolderReader;
import nl.migstat.ingest.odata.CbsODataV3JsonReader;
import nl.migstat.ingest.odata.CbsODataV4Reader;
import nl.migstat.ingest.sdmx.EurostatDataExplorerCsvReader;
import nl.migstat.ingest.sdmx.EurostatSdmxCsvReader;
import nl.migstat.ingest.statline.StatLineChartCsvReader;
import nl.migstat.ingest.statline.StatLineLabelCsvReader;
import nl.migstat.ingest.statline.StatLineTableLayoutReader;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fuzz test per reader (README "Fuzzing the readers"): Jazzer mutates the reader's inputs and
 * each mutant goes the way a user's file goes, through {@link Ingest} (detection, the limits, the
 * records check, duplicate keys), with the reader as the only format. The allowed outcomes are
 * observations, rejects or a {@link BadInputException}; any other exception, an {@code
 * OutOfMemoryError} or a hang (over the time a CI run gives one input) is a finding.
 *
 * <p>The seeds are the project's own samples ({@code data-samples/}), copied into {@code
 * ReaderFuzzTestInputs/<test>/} beside this class. A reader of a folder (an OData table) gets the
 * sample's folder with one file replaced: the seed's first byte picks the file, in the folder's
 * name order, and the rest is its content ({@code 07-TypedDataSet.json} is byte 7 and that file);
 * the CSV entity sets are the v3 sample's JSON sets written as CBS writes CSV. Jazzer keeps a
 * crashing input in the same folder, and a regression test in {@code FuzzFindingsTest} says what
 * each one now gives.
 *
 * <p>Without {@code JAZZER_FUZZ} each test runs its seeds once; {@code .ci/fuzz} fuzzes each one
 * for {@link #BUDGET}. The tests carry Jazzer's {@code jazzer} tag, which {@code mvn -B test}
 * leaves out.
 */
class ReaderFuzzTest {
  /** The time each reader is fuzzed for in CI. */
  static final String BUDGET = "20s";

  /**
   * Small limits, so that mutants of a few KB reach them: a line of 2 KiB, a JSON document of 32
   * KiB; the gzip ratio as in production.
   */
  static final InputLimits LIMITS =
      InputLimits.defaults().withMaxLineBytes(2048).withMaxJsonBytes(32 << 10);

  private static final Path V3_FOLDER = Path.of("data-samples/cbs-odata/v3-84910NED");
  private static final Path V4_FOLDER = Path.of("data-samples/cbs-odata/v4-85458NED");

  @TempDir static Path tmp;

  @FuzzTest(maxDuration = BUDGET)
  void cbsOdataCsv(byte[] data) {
    file(new CbsOdataCsvReader(), "table.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void statLineLabelCsv(byte[] data) {
    file(new StatLineLabelCsvReader(), "labels.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void statLineChartCsv(byte[] data) {
    file(new StatLineChartCsvReader(), "chart.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void statLineTableLayout(byte[] data) {
    file(new StatLineTableLayoutReader(), "layout.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void odataV3Single(byte[] data) {
    file(new CbsODataV3JsonReader(), "TypedDataSet.json", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void odataV3Folder(byte[] data) {
    folder(new CbsODataV3JsonReader(), V3_FOLDER, data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void odataV3CsvFolder(byte[] data) {
    folder(new CbsODataV3CsvFolderReader(), csvSample(), data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void odataV4Single(byte[] data) {
    file(new CbsODataV4Reader(), "Observations.json", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void odataV4Folder(byte[] data) {
    folder(new CbsODataV4Reader(), V4_FOLDER, data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void eurostatTsv(byte[] data) {
    file(new EurostatTsvReader(), "dataset.tsv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void eurostatWideCsv(byte[] data) {
    file(new EurostatWideCsvReader(), "dataset.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void sdmxCsv(byte[] data) {
    file(new EurostatSdmxCsvReader(), "sdmx.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void dataExplorerCsv(byte[] data) {
    file(new EurostatDataExplorerCsvReader(), "explorer_1_Data.csv", data);
  }

  @FuzzTest(maxDuration = BUDGET)
  void jsonStat(byte[] data) {
    file(new EurostatJsonStatReader(), "dataset.json", data);
  }

  /** Reads {@code data} as one file named {@code name}. */
  static void file(FormatReader reader, String name, byte[] data) {
    Path dir = fresh("file");
    write(dir.resolve(name), data);
    read(reader, new InputFile(dir.resolve(name), name));
  }

  /**
   * Reads a copy of {@code sample} in which the file the first byte picks (in name order) holds the
   * rest of {@code data}.
   */
  static void folder(FormatReader reader, Path sample, byte[] data) {
    if (data.length == 0) {
      return;
    }
    Path dir = fresh("table");
    List<Path> files = list(sample);
    for (Path f : files) {
      copy(f, dir.resolve(f.getFileName().toString()));
    }
    Path replaced =
        dir.resolve(files.get((data[0] & 0xff) % files.size()).getFileName().toString());
    write(replaced, Arrays.copyOfRange(data, 1, data.length));
    read(reader, new InputFile(dir, "table"));
  }

  /**
   * The v3 sample as CSV entity sets, made once from this test's own seeds ({@code
   * 07-TypedDataSet.csv} is byte 7, then {@code TypedDataSet.csv}).
   */
  static Path csvSample() {
    Path dir = tmp.resolve("v3-csv-sample");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    try {
      Path seeds =
          Path.of(
              ReaderFuzzTest.class.getResource("ReaderFuzzTestInputs/odataV3CsvFolder").toURI());
      Files.createDirectories(dir);
      for (Path seed : list(seeds)) {
        if (!seed.getFileName().toString().matches("\\d\\d-.+")) {
          continue; // a finding Jazzer kept, not a file of the sample
        }
        byte[] bytes = Files.readAllBytes(seed);
        String name = seed.getFileName().toString().substring(3);
        Files.write(dir.resolve(name), Arrays.copyOfRange(bytes, 1, bytes.length));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one way a mutant may fail: as bad input. Anything else thrown is a finding. */
  static void read(FormatReader reader, InputFile input) {
    Ingest ingest = new Ingest(new Formats(List.of(reader)), 1.0, Duplicates.REJECT, LIMITS);
    try {
      ingest.read(input, ReadOptions.defaults(), new CollectingSink());
    } catch (BadInputException expected) {
      // the input as a whole is unusable, and the exception says why
    }
  }

  private static Path fresh(String name) {
    Path dir = tmp.resolve(name);
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> old = Files.list(dir)) {
          for (Path p : (Iterable<Path>) old::iterator) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
