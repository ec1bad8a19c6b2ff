package nl.migstat.model;

import java.util.Locale;

/**
 * Why an observation is special: the harmonised meaning of a publisher's flag or symbol.
 *
 * <p>A cell can carry several at once (Eurostat {@code bep}; a CBS {@code x} in a {@code 2023*}
 * period): {@link StatusSet} keeps them all. The declaration order is their strength, and the
 * strongest is the cell's one {@code status}. The order has three tiers:
 *
 * <ol>
 *   <li>there is no figure (confidential, not available, not applicable): whatever else the cell
 *       says, a reader must first learn that there is no number;
 *   <li>the figure does not compare as the table suggests (a break in the series, a different
 *       definition): this stays true for good, so it is never hidden under a status that passes
 *       with the next release (issue 16, rule 4: "a break is never hidden under provisional");
 *   <li>the figure will change or is approximate: provisional, revised provisional (CBS {@code **}:
 *       revised once, still not final, so weaker than a first provisional figure and stronger than
 *       anything final), estimated, revised, low reliability.
 * </ol>
 */
public enum Status {
  /** CBS {@code x}, Eurostat {@code c}/{@code C}: suppressed for disclosure control. */
  CONFIDENTIAL,
  /** CBS {@code .}, Eurostat {@code :}/{@code m}: no figure available. */
  NOT_AVAILABLE,
  /** CBS empty cell, Eurostat {@code z}: the category does not apply. */
  NOT_APPLICABLE,
  /** Eurostat {@code b}, CBS {@code na revisie}: break in the time series. */
  BREAK,
  /** Eurostat {@code d}: definition differs. */
  DEFINITION_DIFFERS,
  /** CBS {@code *} on a period, {@code Voorlopig}; Eurostat {@code p}. */
  PROVISIONAL,
  /**
   * CBS {@code **} on a period, {@code Nader voorlopig}: a provisional figure revised once, not yet
   * final (CBS "verklaring van tekens": {@code **} = nader voorlopige cijfers). Not Eurostat's
   * {@code r}, which marks a revision of any figure, final ones included.
   */
  REVISED_PROVISIONAL,
  /** Eurostat {@code e}, {@code s}, {@code f}, {@code i}: an estimate or forecast. */
  ESTIMATED,
  /** Eurostat {@code r}: revised. */
  REVISED,
  /** CBS {@code ?}, Eurostat {@code u}, {@code n}: low reliability or not significant. */
  LOW_RELIABILITY;

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

  /** Whether a cell with this status has no figure to show. */
  public boolean meansNoFigure() {
    return this == CONFIDENTIAL || this == NOT_AVAILABLE || this == NOT_APPLICABLE;
  }

  /** Reads a stored status code back; null stays null. */
  public static Status fromCode(String code) {
    return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
  }
}
