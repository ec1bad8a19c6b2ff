package nl.migstat.disclosure;

import java.util.Objects;

/**
 * A count of persons in a table: additive, so it may stand in equations, and secret when small.
 *
 * @param id the cell
 * @param value the number of persons; NaN unless {@code state} is {@link InputState#VALUE}
 * @param origin whether the source publishes it or this pipeline derives it
 * @param state whether the value is known, secret at the source, or missing
 */
public record CountCell(CellId id, double value, Origin origin, InputState state) {
  public CountCell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(state, "state");
    if (state == InputState.VALUE && !(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(
          "count " + id + " must be a finite number of persons, at least 0, not " + value);
    }
    if (state != InputState.VALUE) {
      value = Double.NaN;
    }
  }

  /** A count with a value. */
  public static CountCell of(CellId id, double value, Origin origin) {
    return new CountCell(id, value, origin, InputState.VALUE);
  }

  /** Whether the value is known. */
  public boolean known() {
    return state == InputState.VALUE;
  }
}
