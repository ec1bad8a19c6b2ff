package nl.migstat.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.migstat.export.ChartFiles;
import nl.migstat.files.Seal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a published run holds, as one digest per part: every Parquet table (schema and sorted rows),
 * the workbook bytes, and the manifest without the fields that differ per run (run id and date, the
 * drift since the run before, and the timings: the run's, each input's and each table's {@code
 * seconds}, disclosure control's {@code *_seconds}), so two complete runs of the same inputs have
 * equal digests and a torn run does not.
 */
final class RunDigest {
  static final String MANIFEST = "manifest.json";

  private RunDigest() {}

  /** Table name → digest of schema and sorted rows; a table without {@code _SUCCESS} says so. */
  static SortedMap<String, String> tables(SparkSession spark, Path runDir) {
    SortedMap<String, String> parts = new TreeMap<>();
    for (Path dir : list(runDir)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      String name = dir.getFileName().toString();
      if (name.equals(ChartFiles.FOLDER)) {
        // The workbook's charts as PNG and SVG: by bytes, like the workbook.
        parts.put(name, files(dir));
        continue;
      }
      if (!Files.exists(dir.resolve("_SUCCESS"))) {
        parts.put(name, "INCOMPLETE (no _SUCCESS)");
        continue;
      }
      Dataset<Row> rows = spark.read().parquet(dir.toUri().toString());
      List<String> lines = rows.collectAsList().stream().map(Row::toString).sorted().toList();
      parts.put(name, sha256(rows.schema().json() + "\n" + String.join("\n", lines)));
    }
    return parts;
  }

  /**
   * {@link #tables} plus the other files: the manifest normalised, others by bytes, no log and no
   * seal.
   */
  static SortedMap<String, String> of(SparkSession spark, Path runDir) {
    SortedMap<String, String> parts = tables(spark, runDir);
    for (Path file : list(runDir)) {
      String name = file.getFileName().toString();
      // The seal lists Parquet bytes, which differ between JVMs: the tables are compared above.
      if (Files.isDirectory(file) || name.equals("run.log") || name.equals(Seal.FILE)) {
        continue;
      }
      parts.put(name, name.equals(MANIFEST) ? manifestDigest(file) : sha256(read(file)));
    }
    return parts;
  }

  /** Every file below {@code runDir} by relative path and bytes: equal only if nothing changed. */
  static String files(Path runDir) {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> walk = Files.walk(runDir)) {
      for (Path p : walk.sorted().toList()) {
        b.append(runDir.relativize(p)).append(' ');
        b.append(Files.isRegularFile(p) ? sha256(read(p)) : "dir").append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The manifest's digest without run id, run date, timings and the top-level {@code alsoLeftOut}
   * fields (a run elsewhere has another fingerprint and job file path).
   */
  static String manifestDigest(Path file, String... alsoLeftOut) {
    try {
      ObjectNode root = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(file));
      root.remove("run_id");
      root.remove("run_date");
      root.remove(List.of(alsoLeftOut));
      // The comparison with the run before names that run: equal runs differ in it by design.
      root.remove("drift");
      withoutTimings(root);
      return sha256(root.toString());
    } catch (IOException | ClassCastException e) {
      return "UNREADABLE (" + e.getMessage() + ")";
    }
  }

  private static void withoutTimings(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("seconds");
      // disclosure control's suppression_seconds and audit_seconds
      List<String> timed = new java.util.ArrayList<>();
      object
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (f.endsWith("_seconds")) {
                  timed.add(f);
                }
              });
      object.remove(timed);
    }
    node.forEach(RunDigest::withoutTimings);
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
