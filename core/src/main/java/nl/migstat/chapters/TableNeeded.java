package nl.migstat.chapters;

/**
 * A job that builds a table without the table its figures are computed from, so that disclosure
 * control cannot tell which of its figures would give a secret count back: a mistake in the job
 * file's {@code tables:}, named with both tables.
 */
public final class TableNeeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TableNeeded(String table, String needed) {
    super(
        "disclosure control of "
            + table
            + " needs "
            + needed
            + " in the run (its figures are computed from that table's counts): add it to the"
            + " job's tables");
  }
}
