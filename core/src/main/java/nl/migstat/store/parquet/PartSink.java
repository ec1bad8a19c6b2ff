package nl.migstat.store.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * The store's sink for one input: its observations go to their own part file as they are read, its
 * code-list entries are kept once each (the first label read wins) and its rejects are kept.
 */
public final class PartSink implements ObservationSink, AutoCloseable {
  private final Path dir;
  private final int part;
  private final AtomicBoolean stop;
  private ObservationPartWriter writer;
  private final Map<String, CodeEntry> codes = new LinkedHashMap<>();
  private final List<Reject> rejects = new ArrayList<>();

  /**
   * Writes part {@code part} of the observations folder {@code dir}; once {@code stop} is set, the
   * next observation ends the read with a {@link CancellationException}.
   */
  public PartSink(Path dir, int part, AtomicBoolean stop) {
    this.dir = dir;
    this.part = part;
    this.writer = new ObservationPartWriter(dir, part);
    this.stop = stop;
  }

  @Override
  public void observation(Observation o) {
    if (stop.get()) {
      throw new CancellationException("ingest stopped: another input failed");
    }
    writer.write(o);
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
  }

  @Override
  public void code(CodeEntry entry) {
    codes.putIfAbsent(entry.key(), entry);
  }

  @Override
  public void warn(String message) {
    // Warnings reach the user through the input's FileReport.
  }

  /** Starts the part file afresh (ingest reads the input again to reject its duplicate keys). */
  @Override
  public void restart() {
    writer.close();
    try {
      Files.delete(ObservationPartWriter.file(dir, part));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writer = new ObservationPartWriter(dir, part);
    codes.clear();
    rejects.clear();
  }

  /** The code-list entries read, one per source, dimension and code. */
  public List<CodeEntry> codes() {
    return List.copyOf(codes.values());
  }

  public List<Reject> rejects() {
    return List.copyOf(rejects);
  }

  @Override
  public void close() {
    writer.close();
  }
}
