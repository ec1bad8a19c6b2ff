package nl.migstat.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Ingest;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Columns;
import nl.migstat.model.Observation;
import nl.migstat.model.Reject;
import nl.migstat.model.Schemas;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the ingest tables ({@code observations}, {@code codes}, {@code rejects}) as Parquet under
 * one folder, published atomically: the folder is either the complete new output or the old one.
 */
public final class IngestOutput {
  public static final String OBSERVATIONS = "observations";
  public static final String CODES = "codes";
  public static final String REJECTS = "rejects";

  private IngestOutput() {}

  /**
   * Ingests the inputs (observations streamed to Parquet, see {@link IngestToParquet}) and
   * publishes the three tables under {@code out} only when every input was read; on failure the
   * previous {@code out} stays as it was.
   */
  public static IngestToParquet.Result write(
      SparkSession spark,
      Path out,
      Ingest ingest,
      List<IngestToParquet.Input> inputs,
      Consumer<FileReport> done) {
    Path staging = AtomicDirectory.stagingFor(out);
    try {
      IngestToParquet.Result result =
          IngestToParquet.run(
              ingest,
              inputs,
              staging.resolve(OBSERVATIONS),
              IngestToParquet.defaultThreads(),
              done);
      writeCodes(staging.resolve(CODES), result.codes());
      save(rejects(spark, result.rejects()), staging.resolve(REJECTS));
      AtomicDirectory.publish(staging, out);
      return result;
    } finally {
      AtomicDirectory.deleteTree(staging);
    }
  }

  private static void save(Dataset<Row> table, Path dir) {
    table.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(dir.toUri().toString());
  }

  /** The observations as a Spark table of {@link Schemas#OBSERVATIONS}. */
  public static Dataset<Row> observations(SparkSession spark, List<Observation> observations) {
    List<Row> rows = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      rows.add(
          RowFactory.create(
              o.source(),
              o.measure(),
              o.period(),
              o.frequency(),
              o.region(),
              o.dims(),
              o.value(),
              o.statusCode(),
              o.sourceFlag(),
              o.origin()));
    }
    return spark.createDataFrame(rows, Schemas.OBSERVATIONS);
  }

  /** Code-list entries, one per source, dimension and code (the first label read wins). */
  public static Dataset<Row> codes(SparkSession spark, List<CodeEntry> codes) {
    List<Row> rows = new ArrayList<>();
    for (CodeEntry c : unique(codes)) {
      rows.add(RowFactory.create(c.source(), c.dimension(), c.code(), c.label(), c.parent()));
    }
    return spark.createDataFrame(rows, Schemas.CODES);
  }

  /**
   * {@link Schemas#CODES} as Parquet: source, dimension and code required, label and parent not.
   */
  private static final MessageType CODES_SCHEMA =
      MessageTypeParser.parseMessageType(
          "message spark_schema {\n"
              + " required binary "
              + Columns.SOURCE
              + " (STRING);\n"
              + " required binary "
              + Columns.DIMENSION
              + " (STRING);\n"
              + " required binary "
              + Columns.CODE
              + " (STRING);\n"
              + " optional binary "
              + Columns.LABEL
              + " (STRING);\n"
              + " optional binary "
              + Columns.PARENT
              + " (STRING);\n"
              + "}");

  /**
   * Writes the code lists into {@code dir} (one part file and {@code _SUCCESS}), the same rows as
   * {@link #codes} without a Spark job: at scale 10 of the benchmark that was 428,684 entries and
   * 13 s through {@code createDataFrame}.
   */
  public static void writeCodes(Path dir, List<CodeEntry> codes) {
    ObservationParquet.writeStrings(
        dir,
        CODES,
        CODES_SCHEMA,
        () ->
            unique(codes).stream()
                .map(c -> new String[] {c.source(), c.dimension(), c.code(), c.label(), c.parent()})
                .iterator());
  }

  /** One entry per source, dimension and code: the first label read wins. */
  private static java.util.Collection<CodeEntry> unique(List<CodeEntry> codes) {
    Map<String, CodeEntry> unique = new LinkedHashMap<>();
    for (CodeEntry c : codes) {
      unique.putIfAbsent(IngestToParquet.ParquetSink.key(c), c);
    }
    return unique.values();
  }

  /** Rejected records as a Spark table of {@link Schemas#REJECTS}. */
  public static Dataset<Row> rejects(SparkSession spark, List<Reject> rejects) {
    List<Row> rows = new ArrayList<>(rejects.size());
    for (Reject r : rejects) {
      rows.add(RowFactory.create(r.file(), r.line(), r.raw(), r.reason()));
    }
    return spark.createDataFrame(rows, Schemas.REJECTS);
  }
}
