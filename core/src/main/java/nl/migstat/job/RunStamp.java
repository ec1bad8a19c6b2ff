package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.migstat.files.Checksums;

/**
 * What a run's result depends on, read once at its start: the job file, each input's checksum (by
 * its options too), the code version and the one table of {@code --only}, digested into the
 * fingerprint that decides whether a rerun is needed.
 *
 * @param job the job
 * @param only the one table rebuilt, or null
 * @param checksums each input's SHA-256, in job order
 * @param codeVersion the code's digest
 * @param fingerprint the digest of all of the above
 * @param runId the run's folder name: its start time and the fingerprint's first digits
 */
record RunStamp(
    Job job,
    String only,
    List<String> checksums,
    String codeVersion,
    String fingerprint,
    String runId) {
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  RunStamp {
    checksums = List.copyOf(checksums);
  }

  /** The day the run started (UTC, {@code 2025-01-31}), read from its id, or null if not one. */
  String startDay() {
    try {
      return RUN_TIME
          .parse(runId.substring(0, Math.min(16, runId.length())), Instant::from)
          .atOffset(ZoneOffset.UTC)
          .toLocalDate()
          .toString();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Reads the job file and every input (each once) and digests them with the code version, for a
   * run that starts at {@code start}.
   */
  static RunStamp of(Job job, String only, Instant start) {
    List<String> checksums = job.inputs().stream().map(in -> Checksums.of(in.path())).toList();
    String code = CodeVersion.current();
    StringBuilder b = new StringBuilder();
    try {
      b.append(Files.readString(job.file(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < checksums.size(); i++) {
      JobInput in = job.inputs().get(i);
      b.append('\n')
          .append(in.name())
          .append(' ')
          .append(in.options())
          .append(' ')
          .append(checksums.get(i));
    }
    b.append("\ncode ").append(code).append("\nonly ").append(only);
    String fingerprint = Checksums.of(b.toString());
    String runId = RUN_TIME.format(start) + "-" + fingerprint.substring(0, 8);
    return new RunStamp(job, only, checksums, code, fingerprint, runId);
  }
}
