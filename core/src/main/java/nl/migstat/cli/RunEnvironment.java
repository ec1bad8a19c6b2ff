package nl.migstat.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.migstat.job.Job;
import nl.migstat.job.Progress;
import nl.migstat.job.RunSettings;

/**
 * The settings of a run made from what this process was started with, the one place that reads
 * them: {@code SOURCE_DATE_EPOCH} fixes the workbook's time (else 31 December of the report year),
 * the system properties {@code migstat.tableThreads} and {@code migstat.ingestThreads} the tables
 * built and inputs read at a time (else one per core; 1 = one by one).
 */
public final class RunEnvironment {
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
  static final String TABLE_THREADS = "migstat.tableThreads";
  static final String INGEST_THREADS = "migstat.ingestThreads";

  private RunEnvironment() {}

  /** The settings of a run of {@code job} in this process, reporting to {@code progress}. */
  public static RunSettings settings(Job job, Progress progress) {
    return settings(job, progress, System.getenv(), System.getProperties());
  }

  /** The settings of a run of {@code job} under these variables and properties. */
  static RunSettings settings(
      Job job, Progress progress, Map<String, String> environment, Properties properties) {
    RunSettings defaults = RunSettings.defaults(job, progress);
    return defaults
        .withThreads(
            threads(properties.getProperty(TABLE_THREADS), defaults.tableThreads()),
            threads(properties.getProperty(INGEST_THREADS), defaults.ingestThreads()))
        .withWorkbookTime(
            epoch(environment.get(SOURCE_DATE_EPOCH)).orElse(defaults.workbookTime()));
  }

  /** A positive count as set, or the default where it is absent or not one. */
  private static int threads(String set, int otherwise) {
    return set != null && set.matches("[1-9]\\d{0,5}") ? Integer.parseInt(set) : otherwise;
  }

  /** Seconds since 1970 as the reproducible-builds convention writes them, else empty. */
  private static Optional<Instant> epoch(String set) {
    return set != null && set.matches("\\d{1,15}")
        ? Optional.of(Instant.ofEpochSecond(Long.parseLong(set)))
        : Optional.empty();
  }
}
