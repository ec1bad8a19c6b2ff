package nl.migstat.model;

import java.util.Objects;
import java.util.SortedMap;

/**
 * One published figure in the long observation model of DESIGN.md: every reader emits these.
 *
 * @param source publisher and table, e.g. {@code cbs:84910NED}, {@code eurostat:tps00191}
 * @param measure topic key or indicator (CBS {@code BevolkingOp1Januari_1}, Eurostat unit)
 * @param period normalised period ({@code 2019}, {@code 2019-Q2}, {@code 2019-03}, {@code
 *     2018/2019}); null for a table without a period and no period given by the caller
 * @param frequency {@code A}, {@code H}, {@code Q}, {@code M}, {@code SY}, or null with the period
 * @param region trimmed region code ({@code GM0363}, {@code NL}, {@code EU27_2020}) or null
 * @param dims every other dimension: name to trimmed code, sorted by name
 * @param value the number, or null when the source has none
 * @param status why the value is special: the strongest of {@code states}, or null for an ordinary
 *     figure
 * @param states every state of the value (Eurostat {@code bep}: break, provisional, estimated),
 *     strongest first; {@link StatusSet#NONE} for an ordinary figure, never null
 * @param sourceFlag the publisher's flag or symbol as written, or null
 * @param origin file and line (or JSON pointer) the value came from
 */
public record Observation(
    String source,
    String measure,
    String period,
    String frequency,
    String region,
    SortedMap<String, String> dims,
    Double value,
    Status status,
    StatusSet states,
    String sourceFlag,
    String origin) {

  public Observation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(states, "states");
    if (states.strongest() != status) {
      throw new IllegalArgumentException(
          "status " + status + " is not the strongest of the states " + states);
    }
    dims = Dims.of(dims);
    if (value != null && (value.isNaN() || value.isInfinite())) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** An observation with one status at most: its states are that status alone. */
  public Observation(
      String source,
      String measure,
      String period,
      String frequency,
      String region,
      SortedMap<String, String> dims,
      Double value,
      Status status,
      String sourceFlag,
      String origin) {
    this(
        source,
        measure,
        period,
        frequency,
        region,
        dims,
        value,
        status,
        StatusSet.of(status),
        sourceFlag,
        origin);
  }

  /** An observation whose status is the strongest of {@code states}. */
  public static Observation withStates(
      String source,
      String measure,
      String period,
      String frequency,
      String region,
      SortedMap<String, String> dims,
      Double value,
      StatusSet states,
      String sourceFlag,
      String origin) {
    return new Observation(
        source,
        measure,
        period,
        frequency,
        region,
        dims,
        value,
        states.strongest(),
        states,
        sourceFlag,
        origin);
  }

  /** The states as stored in the {@code states} column (one string per combination). */
  public String statesCode() {
    return states.code();
  }

  /** The status as stored in the {@code status} column. */
  public String statusCode() {
    return status == null ? null : status.code();
  }
}
