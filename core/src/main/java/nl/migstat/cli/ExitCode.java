package nl.migstat.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Exit codes of {@code ./migstat}, distinct so a scheduler can tell what went wrong. */
public enum ExitCode {
  OK(0, "done (or already up to date)"),
  INTERNAL_ERROR(1, "internal error: a bug; the message and stack trace say where"),
  USAGE(2, "wrong command line: unknown command or option, missing or invalid value"),
  BAD_INPUT(3, "bad input: a file unusable as a whole, or more rejects than allowed"),
  BAD_JOB_FILE(4, "bad job file: the message names the key and the line"),
  FETCH_FAILED(5, "a table could not be fetched; the raw folder keeps its previous files"),
  RUN_LOCKED(6, "another run of the same job is under way; this one changed nothing"),
  DISCLOSURE(
      7,
      "disclosure audit failed: a secret cell could be recomputed from the published ones; the"
          + " message names table, cell and interval"),
  DRIFT(8, "inputs or tables changed beyond the job's drift: limits; nothing was published");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** What the code tells the caller, in one line. */
  public String meaning() {
    return meaning;
  }

  /** The exit code with this number; a number migstat does not use is an internal error. */
  public static ExitCode of(int code) {
    return Arrays.stream(values()).filter(c -> c.code == code).findFirst().orElse(INTERNAL_ERROR);
  }

  /** Every code with its meaning, one per line, in the order of the numbers (for the usage). */
  static String table() {
    return Arrays.stream(values())
        .map(c -> String.format(Locale.ROOT, "  %d  %s", c.code, c.meaning))
        .collect(Collectors.joining("%n"));
  }
}
