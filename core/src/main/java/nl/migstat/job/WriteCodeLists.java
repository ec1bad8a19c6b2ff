package nl.migstat.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.model.Schemas;
import nl.migstat.store.parquet.CodeListFile;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.spark.sql.SparkSession;

/**
 * The second step of a run: writes the code lists into the run and reads the run's observations and
 * codes back as the chapters' inputs, so the chapters' queries scan files instead of carrying the
 * data in every task; a source's rows are read from its own part files.
 */
final class WriteCodeLists {
  private final Progress progress;

  WriteCodeLists(Progress progress) {
    this.progress = progress;
  }

  /** Writes {@code codes} and returns what the chapters build from (the codes cached). */
  ChapterInputs write(SparkSession spark, Job job, IngestToParquet.Result ingested, Path runDir) {
    Path codes = runDir.resolve(Schemas.CODES.name());
    CodeListFile.write(codes, ingested.codes());
    progress.step("code lists: %d entries written", ingested.codes().size());
    Set<String> sources = new LinkedHashSet<>();
    ingested.reports().forEach(r -> sources.add(r.source()));
    Map<String, List<String>> parts = new LinkedHashMap<>();
    ingested
        .partsBySource()
        .forEach(
            (source, files) ->
                parts.put(source, files.stream().map(f -> f.toUri().toString()).toList()));
    String observations = runDir.resolve(Schemas.OBSERVATIONS.name()).toUri().toString();
    return new ChapterInputs(
        spark.read().schema(SparkSchemas.OBSERVATIONS).parquet(observations),
        spark.read().schema(SparkSchemas.CODES).parquet(codes.toUri().toString()).cache(),
        sources,
        job.reportYear(),
        job.referenceYear(),
        parts);
  }
}
