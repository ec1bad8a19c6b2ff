package nl.migstat.ingest.statline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.model.Period;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * A StatLine period label, including the series-break labels of MANIFEST A7 ({@code 2001 voor
 * revisie}, {@code 2001 na revisie}): both stay period 2001, told apart by the {@link #REVISION}
 * dimension, and the figures after the revision carry the status {@code break}.
 *
 * @param period the normalised period (its status carries {@code 2023*} = provisional, {@code
 *     2023**} = revised provisional)
 * @param revision {@code voor revisie} or {@code na revisie}, or null for an ordinary label
 */
public record PeriodLabel(Period period, String revision) {
  /** The dimension that tells the two figures of a revised year apart. */
  public static final String REVISION = "Revisie";

  private static final String AFTER = "na revisie";
  private static final Pattern REVISED = Pattern.compile("(.+?)\\s+((?:voor|na) revisie)");

  /** Parses a label, or returns empty when it is no period StatLine writes. */
  public static Optional<PeriodLabel> parse(String label) {
    String s = label.trim();
    Matcher m = REVISED.matcher(s);
    if (m.matches()) {
      return Period.fromLabel(m.group(1)).map(p -> new PeriodLabel(p, m.group(2)));
    }
    return Period.fromLabel(s).map(p -> new PeriodLabel(p, null));
  }

  /**
   * The states the label itself gives: provisional ({@code *}) or revised provisional ({@code **}),
   * and a series break ({@code na revisie}); {@code 2001* na revisie} is both.
   */
  public StatusSet states() {
    return StatusSet.of(period.status(), AFTER.equals(revision) ? Status.BREAK : null);
  }

  /** The strongest of {@link #states()}, or null. */
  public Status status() {
    return states().strongest();
  }

  /** The flag as written for the label: {@code *}, {@code **} or {@code na revisie}. */
  public String flag() {
    if (period.status() == Status.PROVISIONAL) {
      return "*";
    }
    if (period.status() == Status.REVISED_PROVISIONAL) {
      return "**";
    }
    return AFTER.equals(revision) ? AFTER : null;
  }

  /** The calendar year of the period (the first year of a school year). */
  public int year() {
    return Integer.parseInt(period.code().substring(0, 4));
  }
}
