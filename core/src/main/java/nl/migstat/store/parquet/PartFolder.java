package nl.migstat.store.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A table's folder of Parquet part files as Spark writes and reads one: {@code
 * part-NNNNN-<table>.snappy.parquet} files, then {@code _SUCCESS} once every part is closed.
 */
public final class PartFolder {
  private PartFolder() {}

  /** The file of part {@code part} of table {@code table} in {@code dir}. */
  public static Path partFile(Path dir, int part, String table) {
    return dir.resolve(String.format(Locale.ROOT, "part-%05d-%s.snappy.parquet", part, table));
  }

  /** Marks a folder of part files complete for Spark ({@code _SUCCESS}). */
  public static void finish(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.createFile(dir.resolve("_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
