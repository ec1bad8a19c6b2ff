package nl.migstat.chapters.gemeenten;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.store.spark.SparkTables;

/** Reads job-file-like inputs through the real readers into {@link ChapterInputs}. */
final class ChapterRun {
  private final CollectingSink sink = new CollectingSink();
  private final Set<String> sources = new LinkedHashSet<>();
  private final Ingest ingest = new Ingest(Formats.all(), Ingest.DEFAULT_MAX_REJECT_SHARE);

  /** One input entry: path, {@code source:} and {@code period:} (null when the file has one). */
  ChapterRun read(Path path, String source, String period) {
    ingest.read(
        new InputFile(path), ReadOptions.defaults().withSource(source).withPeriod(period), sink);
    sources.add(source);
    return this;
  }

  CollectingSink sink() {
    return sink;
  }

  ChapterInputs inputs(int reportYear, int referenceYear) {
    return new ChapterInputs(
        SparkTables.observations(TestSpark.session(), sink.observations()),
        SparkTables.codes(TestSpark.session(), sink.codes()),
        sources,
        reportYear,
        referenceYear);
  }
}
