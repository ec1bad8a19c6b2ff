package nl.migstat.job;

import java.util.stream.Collectors;
import nl.migstat.export.Drift;

/**
 * A run whose inputs or tables moved beyond the job's {@code drift:} limits since the published
 * run, with {@code action: fail}: the message lists each change beyond its limit.
 */
public final class DriftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DriftException(Drift drift) {
    super(
        drift.beyondLimits()
            + " change(s) beyond the job's drift: limits since the published run "
            + drift.previousRun()
            + ":\n"
            + drift.beyond().stream()
                .map(c -> "  " + c.describe())
                .collect(Collectors.joining("\n"))
            + "\nif the change is right, raise the limits or set drift: action: warn for this run");
  }
}
