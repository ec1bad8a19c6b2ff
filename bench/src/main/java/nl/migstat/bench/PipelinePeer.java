package nl.migstat.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import java.util.List;
import nl.migstat.files.AtomicDirectory;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.job.IngestToParquet;
import nl.migstat.model.Columns;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The same peer task along the path a job takes: the file ingested into Parquet ({@link
 * IngestToParquet}, as a run writes its observations), then the sum per (geo, year) in Spark SQL
 * over that Parquet. Slower than {@link ReaderPeer}, which never persists anything; this is the
 * figure to hold against DuckDB's read-and-aggregate.
 */
final class PipelinePeer {
  private PipelinePeer() {}

  static PeerTotals aggregate(SparkSession spark, InputFile file, ReadOptions options, Path work) {
    return aggregate(spark, List.of(new IngestToParquet.Input(file, options)), 1, work);
  }

  /**
   * All files the way a run reads them: {@code threads} at a time into one observations folder (one
   * part each), then one query over it, grouped per file as well.
   */
  static PeerTotals aggregate(
      SparkSession spark, List<IngestToParquet.Input> inputs, int threads, Path work) {
    Path dir = work.resolve("observations");
    AtomicDirectory.deleteTree(dir);
    try {
      IngestToParquet.run(new Ingest(Formats.all(), 1.0), inputs, dir, threads, r -> {});
      Dataset<Row> obs =
          spark.read().schema(SparkSchemas.OBSERVATIONS).parquet(dir.toUri().toString());
      Row totals =
          obs.groupBy(col(Columns.SOURCE), col(Columns.REGION), col(Columns.PERIOD))
              .agg(
                  count(lit(1)).as("n"),
                  count(col(Columns.VALUE)).as("nv"),
                  sum(col(Columns.VALUE)).as("s"))
              .agg(count(lit(1)), sum(col("n")), sum(col("nv")), sum(col("s")))
              .first();
      return new PeerTotals(
          totals.getLong(1),
          totals.getLong(2),
          totals.isNullAt(3) ? 0 : totals.getDouble(3),
          totals.getLong(0));
    } finally {
      AtomicDirectory.deleteTree(dir);
    }
  }
}
