package nl.migstat.chapters.arbeidsmarkt;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.Row;

/** Runs the chapter on files read through the real readers, as the job does. */
final class ChapterRun {
  private final Map<String, ChapterTable> tables = new HashMap<>();

  /** Reads each file (with its {@code source:} when given, else none) and builds every table. */
  ChapterRun(Map<Path, String> files) {
    Ingest ingest = new Ingest(Formats.all(), Ingest.DEFAULT_MAX_REJECT_SHARE);
    CollectingSink sink = new CollectingSink();
    Set<String> sources = new TreeSet<>();
    files.forEach(
        (path, source) -> {
          ReadOptions options =
              source == null ? ReadOptions.defaults() : ReadOptions.defaults().withSource(source);
          for (InputFile input : ingest.expand(List.of(path))) {
            sources.add(ingest.read(input, options, sink).source());
          }
        });
    ChapterInputs inputs =
        new ChapterInputs(
            SparkTables.observations(TestSpark.session(), sink.observations()),
            SparkTables.codes(TestSpark.session(), sink.codes()),
            sources,
            2024,
            2024);
    new Arbeidsmarkt()
        .prepared(inputs, info -> true)
        .forEach(t -> tables.put(t.info().name(), t.build()));
  }

  ChapterTable table(String name) {
    return tables.get(name);
  }

  List<Row> rows(String name) {
    return tables.get(name).rows().collectAsList();
  }
}
