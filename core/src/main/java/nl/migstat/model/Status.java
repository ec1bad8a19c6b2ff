package nl.migstat.model;

import java.util.Locale;

/**
 * Why an observation is special: the harmonised meaning of a publisher's flag or symbol.
 *
 * <p>The declaration order is the priority when one cell carries several flags (Eurostat {@code
 * bep}): the first status in this order wins; the original letters stay in {@code source_flag}.
 */
public enum Status {
  /** CBS {@code x}, Eurostat {@code c}/{@code C}: suppressed for disclosure control. */
  CONFIDENTIAL,
  /** CBS {@code .}, Eurostat {@code :}/{@code m}: no figure available. */
  NOT_AVAILABLE,
  /** CBS empty cell, Eurostat {@code z}: the category does not apply. */
  NOT_APPLICABLE,
  /** CBS {@code *} on a period, {@code Voorlopig}; Eurostat {@code p}. */
  PROVISIONAL,
  /** Eurostat {@code e}, {@code s}, {@code f}: an estimate or forecast. */
  ESTIMATED,
  /** CBS {@code **} (nader voorlopig), Eurostat {@code r}. */
  REVISED,
  /** Eurostat {@code b}: break in the time series. */
  BREAK,
  /** Eurostat {@code u}, {@code n}: low reliability or not significant. */
  LOW_RELIABILITY,
  /** Eurostat {@code d}: definition differs. */
  DEFINITION_DIFFERS;

  private final String code = name().toLowerCase(Locale.ROOT);

  /**
   * The lower-case name stored in the {@code status} column (one string per status, not per call).
   */
  public String code() {
    return code;
  }

  /** The more important of two statuses (either may be null). */
  public static Status strongest(Status a, Status b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** Reads a stored status code back; null stays null. */
  public static Status fromCode(String code) {
    return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
  }
}
