package nl.migstat.job;

import java.time.Instant;
import java.util.Objects;

/**
 * How this machine runs a job, as the command line decided it from its options, the environment and
 * system properties: nothing below the command line reads those itself.
 *
 * @param tableThreads tables built at a time (Spark plans each query on one driver thread)
 * @param ingestThreads inputs read at a time (never more than there are inputs)
 * @param workbookTime the creation and modification time recorded in the workbook, fixed so that
 *     the same inputs give the same bytes
 * @param progress where the run's steps and warnings go, and the log it keeps of them
 */
public record RunSettings(
    int tableThreads, int ingestThreads, Instant workbookTime, Progress progress) {
  public RunSettings {
    if (tableThreads < 1 || ingestThreads < 1) {
      throw new IllegalArgumentException(
          "threads must be at least 1: tables " + tableThreads + ", inputs " + ingestThreads);
    }
    Objects.requireNonNull(workbookTime, "workbookTime");
    Objects.requireNonNull(progress, "progress");
  }

  /**
   * One table and one input per core, and the workbook dated 31 December of the report year: a run
   * as the command line makes it when nothing is set.
   */
  public static RunSettings defaults(Job job, Progress progress) {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    return new RunSettings(cores, cores, endOfReportYear(job.reportYear()), progress);
  }

  /** 31 December of the report year, 00:00 UTC: the workbook's time when none is set. */
  public static Instant endOfReportYear(int reportYear) {
    return Instant.parse(reportYear + "-12-31T00:00:00Z");
  }

  /** These settings with another workbook time. */
  public RunSettings withWorkbookTime(Instant time) {
    return new RunSettings(tableThreads, ingestThreads, time, progress);
  }

  /** These settings with other thread counts. */
  public RunSettings withThreads(int tables, int inputs) {
    return new RunSettings(tables, inputs, workbookTime, progress);
  }
}
