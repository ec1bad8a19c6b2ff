package nl.migstat.cli;

/** Exit codes of {@code ./migstat}, distinct so a scheduler can tell what went wrong. */
public enum ExitCode {
  OK(0),
  INTERNAL_ERROR(1),
  USAGE(2),
  BAD_INPUT(3),
  BAD_JOB_FILE(4),
  FETCH_FAILED(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
