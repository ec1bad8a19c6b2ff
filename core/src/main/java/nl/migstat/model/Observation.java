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
 * @param status why the value is special, or null for an ordinary figure
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
    String sourceFlag,
    String origin) {

  public Observation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(origin, "origin");
    dims = Dims.of(dims);
    if (value != null && (value.isNaN() || value.isInfinite())) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** The status as stored in the {@code status} column. */
  public String statusCode() {
    return status == null ? null : status.code();
  }
}
