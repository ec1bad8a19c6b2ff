package nl.migstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Reject;
import nl.migstat.store.parquet.ObservationPartWriter;
import nl.migstat.store.parquet.PartFolder;
import nl.migstat.store.parquet.PartSink;

/**
 * Ingests inputs straight into an {@code observations} Parquet folder, one part file per input,
 * several inputs at a time: observations are never collected in memory (a Eurostat bulk file runs
 * to millions), only the rejects and the code lists are, which are small.
 *
 * <p>Results are reported in input order whatever order the inputs finish in, so output and errors
 * are the same on every run: the first bad input in the given order is the one reported, and the
 * others are stopped.
 */
public final class IngestToParquet {
  /** One input and how to read it. */
  public record Input(InputFile file, ReadOptions options) {}

  /**
   * What was ingested: the reports in input order, the (deduplicated) codes and rejects, the part
   * files (in the folder as written) that each source's observations are in.
   */
  public record Result(
      List<FileReport> reports,
      List<CodeEntry> codes,
      List<Reject> rejects,
      long observations,
      Map<String, List<Path>> partsBySource) {}

  private IngestToParquet() {}

  /**
   * Threads to read with by default: one per core, as readers are single-threaded and CPU-bound.
   */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads every input into {@code dir} (the part files and {@code _SUCCESS}); {@code done} sees
   * each report in input order as soon as it and all inputs before it are read. Throws the first
   * failure in input order ({@link nl.migstat.ingest.BadInputException} for bad input); the folder
   * is then incomplete and the caller discards it.
   */
  public static Result run(
      Ingest ingest, List<Input> inputs, Path dir, int threads, Consumer<FileReport> done) {
    AtomicBoolean cancelled = new AtomicBoolean();
    ExecutorService pool = Workers.pool("migstat-ingest", Math.min(threads, inputs.size()));
    List<Future<Part>> futures = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      int part = i;
      futures.add(pool.submit(() -> readPart(ingest, inputs.get(part), dir, part, cancelled)));
    }
    List<FileReport> reports = new ArrayList<>();
    Map<String, CodeEntry> codes = new LinkedHashMap<>();
    List<Reject> rejects = new ArrayList<>();
    long observations = 0;
    try {
      for (Future<Part> f : futures) {
        Part p = Workers.result(f);
        reports.add(p.report());
        p.codes().forEach(c -> codes.putIfAbsent(c.key(), c));
        rejects.addAll(p.rejects());
        observations += p.report().observations();
        done.accept(p.report());
      }
    } finally {
      // After a failure: inputs not started are dropped, readers still running stop at their
      // next observation (and close their part files before the caller deletes the folder).
      futures.forEach(f -> f.cancel(false));
      cancelled.set(true);
      Workers.finish(pool, 1);
    }
    return finish(dir, reports, codes.values(), rejects, observations);
  }

  /**
   * Marks the observations folder {@code dir} complete and describes it: each input's part file is
   * part {@code i} of the folder, {@code i} its place in {@code reports}.
   */
  static Result finish(
      Path dir,
      List<FileReport> reports,
      Collection<CodeEntry> codes,
      List<Reject> rejects,
      long observations) {
    PartFolder.finish(dir);
    Map<String, List<Path>> parts = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      parts
          .computeIfAbsent(reports.get(i).source(), s -> new ArrayList<>())
          .add(ObservationPartWriter.file(dir, i));
    }
    parts.replaceAll((s, files) -> List.copyOf(files));
    return new Result(
        List.copyOf(reports),
        List.copyOf(codes),
        List.copyOf(rejects),
        observations,
        Collections.unmodifiableMap(parts));
  }

  private record Part(FileReport report, List<CodeEntry> codes, List<Reject> rejects) {}

  private static Part readPart(
      Ingest ingest, Input input, Path dir, int part, AtomicBoolean cancelled) {
    try (PartSink sink = new PartSink(dir, part, cancelled)) {
      FileReport report = ingest.read(input.file(), input.options(), sink);
      return new Part(report, sink.codes(), sink.rejects());
    }
  }
}
