package nl.migstat.job;

import java.nio.file.Path;
import nl.migstat.fetch.FetchSpec;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;

/**
 * One input of a job: a file or folder inside the job's raw folder, with what the file itself
 * cannot tell (its table, its period, its charset).
 *
 * @param path the resolved path, inside the raw folder
 * @param name the path as written in the job file, for messages and manifests
 * @param options source, period and charset for the reader
 * @param fetch how {@code migstat fetch} downloads it, or null for a file put there by hand
 */
public record JobInput(Path path, String name, ReadOptions options, FetchSpec fetch) {
  /** The file to read, shown by its name in the job. */
  public InputFile file() {
    return new InputFile(path, name);
  }

  /** The input as {@link IngestToParquet} reads it. */
  public IngestToParquet.Input ingestInput() {
    return new IngestToParquet.Input(file(), options);
  }
}
