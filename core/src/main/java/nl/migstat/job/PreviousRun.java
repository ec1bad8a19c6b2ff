package nl.migstat.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.migstat.export.PublishedRuns;
import nl.migstat.export.RunManifest;

/**
 * The run published before this one, with its manifest: what a run compares its fingerprint with,
 * and what {@code --only} carries the other tables over from.
 *
 * @param folder the published run's folder
 * @param manifest its manifest; empty when it has none or one that cannot be read, and then nothing
 *     is up to date and nothing is carried over
 */
record PreviousRun(Path folder, Optional<RunManifest> manifest) {
  /** The job's published run, if there is one. */
  static Optional<PreviousRun> of(Job job) {
    return new PublishedRuns(job.outputDir()).current().map(PreviousRun::at);
  }

  private static PreviousRun at(Path folder) {
    try {
      return new PreviousRun(folder, RunManifest.read(folder));
    } catch (UncheckedIOException e) {
      // A damaged manifest is a run to rebuild, not a reason to stop.
      return new PreviousRun(folder, Optional.empty());
    }
  }

  /** Whether this run was made from the same job file, inputs and code as {@code stamp}. */
  boolean hasFingerprint(RunStamp stamp) {
    return manifest.map(RunManifest::fingerprint).filter(stamp.fingerprint()::equals).isPresent();
  }

  /** The run's folder name, as recorded in the tables carried over from it. */
  String id() {
    return folder.getFileName().toString();
  }
}
