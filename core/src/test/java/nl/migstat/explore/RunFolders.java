package nl.migstat.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.TestSpark;
import nl.migstat.chapters.InlineRows;
import nl.migstat.chapters.gemeenten.Concentration;
import nl.migstat.chapters.gemeenten.PopulationByBackground;
import nl.migstat.export.RunManifest;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Two small published runs written by Spark as the job runner writes them: a municipal table with a
 * confidential and a missing figure, observations with dimensions, codes and a manifest. The
 * earlier run's manifest is of the first format (no table infos), the later one's of the current.
 */
final class RunFolders {
  static final StructType MUNICIPAL =
      new StructType()
          .add("year", DataTypes.IntegerType)
          .add("municipality_code", DataTypes.StringType)
          .add("municipality_name", DataTypes.StringType)
          .add("background", DataTypes.StringType)
          .add("persons", DataTypes.LongType)
          .add("persons_status", DataTypes.StringType)
          .add("share", DataTypes.DoubleType)
          .add("share_status", DataTypes.StringType);

  private RunFolders() {}

  /** The earlier run: 2022 and 2023 for Amsterdam and Vaals; Vaals 2023 is confidential. */
  static Path earlier(Path root) {
    Path run =
        write(
            root.resolve("earlier"),
            "2022|GM0363|Amsterdam|syrie|9100||1.1|",
            "2023|GM0363|Amsterdam|syrie|9800|provisional|1.2|provisional",
            "2022|GM0981|Vaals|syrie|120||1.2|",
            "2023|GM0981|Vaals|syrie||confidential||confidential");
    writeFormat1Manifest(run);
    return run;
  }

  /**
   * The later run: Amsterdam 2023 revised and final, Vaals 2023 still confidential, Utrecht new.
   */
  static Path later(Path root) {
    Path run =
        write(
            root.resolve("later"),
            "2022|GM0363|Amsterdam|syrie|9100||1.1|",
            "2023|GM0363|Amsterdam|syrie|9900||1.2|",
            "2022|GM0981|Vaals|syrie|120||1.2|",
            "2023|GM0981|Vaals|syrie||confidential||confidential",
            "2023|GM0344|Utrecht|syrie|2500||0.7|");
    manifest(run).write(run);
    return run;
  }

  private static Path write(Path run, String... rows) {
    List<Row> data = new ArrayList<>();
    for (String line : rows) {
      String[] f = line.split("\\|", -1);
      data.add(
          RowFactory.create(
              Integer.valueOf(f[0]),
              f[1],
              f[2],
              f[3],
              f[4].isEmpty() ? null : Long.valueOf(f[4]),
              f[5].isEmpty() ? null : f[5],
              f[6].isEmpty() ? null : Double.valueOf(f[6]),
              f[7].isEmpty() ? null : f[7]));
    }
    TestSpark.session()
        .createDataFrame(data, MUNICIPAL)
        .coalesce(1)
        .write()
        .parquet(uri(run, "population_by_background_municipality"));
    InlineRows.observations(
            "cbs:85000NED|Bevolking_1|2023|GM0363|Herkomst=S01|9900|",
            "cbs:85000NED|Bevolking_1|2023|GM0981|Herkomst=S01||confidential")
        .coalesce(1)
        .write()
        .parquet(uri(run, "observations"));
    InlineRows.codes(
            "cbs:85000NED|RegioS|GM0363|Amsterdam",
            "cbs:85000NED|RegioS|GM0981|Vaals",
            "cbs:85000NED|Herkomst|S01|Syrië")
        .coalesce(1)
        .write()
        .parquet(uri(run, "codes"));
    return run;
  }

  private static String uri(Path run, String table) {
    return run.resolve(table).toUri().toString();
  }

  /** A manifest as the job runner writes it now, with each table's info. */
  private static RunManifest manifest(Path run) {
    return new RunManifest(
        RunManifest.FORMAT,
        "explore-test",
        "jobs/explore-test.yaml",
        run.getFileName().toString(),
        "f",
        "c",
        2023,
        2023,
        null,
        List.of(),
        List.of(
            new RunManifest.TableEntry(
                PopulationByBackground.INFO.name(),
                5L,
                List.of("cbs:85000NED"),
                null,
                null,
                1.0,
                PopulationByBackground.INFO),
            new RunManifest.TableEntry(
                Concentration.INFO.name(),
                null,
                List.of(),
                "input cbs:99999NED absent",
                null,
                0.1,
                Concentration.INFO)),
        2.0);
  }

  /** A manifest as runs published before table infos wrote it: no format, no infos. */
  private static void writeFormat1Manifest(Path run) {
    String json =
        "{\"tables\": ["
            + "{\"name\": \"population_by_background_municipality\", \"rows\": 4},"
            + "{\"name\": \"concentration\", \"skipped\": \"input cbs:99999NED absent\"}],"
            + " \"job\": \"explore-test\"}\n";
    try {
      Files.writeString(run.resolve(RunManifest.FILE), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
