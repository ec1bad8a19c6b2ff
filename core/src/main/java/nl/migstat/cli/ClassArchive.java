package nl.migstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the launcher that this JVM loaded what a job loads (Spark's queries, Parquet, the
 * workbook), so that the class-data-sharing archive the JVM writes as it exits is worth keeping.
 * The launcher names a marker file in {@code migstat.classArchiveMarker} on the run that writes an
 * archive; a run that was up to date, or only compared peers, loads too little of it.
 */
public final class ClassArchive {
  /** The system property the launcher sets. */
  static final String MARKER = "migstat.classArchiveMarker";

  private ClassArchive() {}

  /** Called once a job's tables were built in this JVM. */
  public static void jobBuilt() {
    String marker = System.getProperty(MARKER);
    if (marker == null || marker.isEmpty()) {
      return;
    }
    try {
      Files.writeString(Path.of(marker), "tables built\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Only a speed-up is lost: without the marker the launcher drops this archive, and the
      // next run writes one.
    }
  }
}
