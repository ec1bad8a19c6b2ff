package nl.migstat.job;

import java.nio.file.Path;
import nl.migstat.export.PublishedRuns;

/**
 * The last step of a run: makes the complete run folder the job's published output with one atomic
 * swap, then deletes unfinished runs and all but the newest few older ones.
 */
final class PublishRun {
  /** Complete runs kept besides the published one, to compare with or go back to. */
  static final int KEPT_RUNS = 3;

  private final Progress progress;

  PublishRun(Progress progress) {
    this.progress = progress;
  }

  /** Publishes {@code runDir} and returns its final folder. */
  Path publish(Job job, Path runDir) {
    PublishedRuns published = new PublishedRuns(job.outputDir());
    Path done = published.publish(runDir);
    published.clean(KEPT_RUNS);
    progress.step("published %s -> %s", job.outputDir(), done.getFileName());
    return done;
  }
}
