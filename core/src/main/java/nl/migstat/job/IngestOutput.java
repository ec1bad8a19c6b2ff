package nl.migstat.job;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.migstat.files.AtomicDirectory;
import nl.migstat.files.Seal;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Ingest;
import nl.migstat.model.Schemas;
import nl.migstat.store.parquet.CodeListFile;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the ingest tables ({@code observations}, {@code codes}, {@code rejects}) as Parquet under
 * one folder, sealed and published atomically: the folder is either the complete new output or the
 * old one.
 */
public final class IngestOutput {
  private IngestOutput() {}

  /**
   * Ingests the inputs (observations streamed to Parquet, see {@link IngestToParquet}) and
   * publishes the three tables under {@code out} only when every input was read; on failure the
   * previous {@code out} stays as it was. What a killed ingest left beside {@code out} is repaired
   * first ({@link AtomicDirectory#recover}), so a failure here leaves the last complete output.
   */
  public static IngestToParquet.Result write(
      SparkSession spark,
      Path out,
      Ingest ingest,
      List<IngestToParquet.Input> inputs,
      Consumer<FileReport> done) {
    AtomicDirectory.recover(out);
    Path staging = AtomicDirectory.stagingFor(out);
    try {
      IngestToParquet.Result result =
          IngestToParquet.run(
              ingest,
              inputs,
              staging.resolve(Schemas.OBSERVATIONS.name()),
              IngestToParquet.defaultThreads(),
              done);
      CodeListFile.write(staging.resolve(Schemas.CODES.name()), result.codes());
      SparkTables.writeRejects(spark, result.rejects(), staging.resolve(Schemas.REJECTS.name()));
      Seal.write(staging);
      AtomicDirectory.publish(staging, out);
      return result;
    } finally {
      AtomicDirectory.deleteTree(staging);
    }
  }
}
