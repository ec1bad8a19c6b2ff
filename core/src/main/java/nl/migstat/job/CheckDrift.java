package nl.migstat.job;

import java.util.List;
import java.util.Optional;
import nl.migstat.export.Drift;

/**
 * The step after building the tables: compares the run's inputs and tables with the published run
 * ({@link DriftCheck}), warns about each change beyond the job's limits, or fails the run before
 * anything is published when the job says {@code action: fail}.
 */
final class CheckDrift {
  private final Progress progress;

  CheckDrift(Progress progress) {
    this.progress = progress;
  }

  /**
   * The comparison to record in the manifest.
   *
   * @throws DriftException when changes are beyond the limits and the job fails on them
   */
  Drift check(
      RunStamp stamp,
      Optional<PreviousRun> previous,
      IngestToParquet.Result ingested,
      List<ChapterOutcome> tables) {
    long start = System.nanoTime();
    Drift.Limits limits = stamp.job().drift();
    Drift drift =
        DriftCheck.compare(
            limits, previous, WriteManifest.manifest(stamp, ingested, tables, null, 0));
    // Its own time in the line: the check must stay negligible beside the run (BENCHMARKS.md).
    double ms = (System.nanoTime() - start) / 1e6;
    if (drift.previousRun() == null || drift.changes().isEmpty()) {
      progress.step("drift: %s, %.1f ms", drift.note(), ms);
      return drift;
    }
    progress.step(
        "drift since %s: %d of %d measures beyond the limits (action: %s), %.1f ms",
        drift.previousRun(),
        drift.beyondLimits(),
        drift.changes().size(),
        limits.action().word(),
        ms);
    if (drift.beyondLimits() > 0 && limits.action() == Drift.Action.FAIL) {
      throw new DriftException(drift);
    }
    drift.beyond().forEach(c -> progress.warning("drift: %s", c.describe()));
    return drift;
  }
}
