package nl.migstat.ingest.eurostat;

import java.util.OptionalDouble;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * A Eurostat value with its flags decoded, for both flag generations: before 27 January 2025 one
 * list ({@code b c d e f n p r s u z}), after it observation status ({@code b d e f i m n p u}) and
 * confidentiality status ({@code C N P}). {@code :} is "not available". Letters combine ({@code
 * bep}): every letter's status is kept ({@link StatusSet}), the strongest is the cell's status, and
 * every letter stays in the flag.
 *
 * <p>{@code :} is the placeholder for a value that is not there; the cell is "not available" unless
 * a letter says why the value is absent ({@code : c} confidential, {@code : z} not applicable),
 * which is then the cell's state instead: one absence, one reason.
 *
 * @param value the number, or null
 * @param states every status the flags and the missing marker give, strongest first
 * @param flag the flag letters as written (with {@code :} for a missing value), or null when none
 * @param error null, or what is wrong (a value that is not a number, an unknown flag letter)
 */
public record EurostatCell(Double value, StatusSet states, String flag, String error) {

  public EurostatCell {
    states = states == null ? StatusSet.NONE : states;
  }

  /** A cell that is not a Eurostat value, for the reason given. */
  public static EurostatCell error(String error) {
    return new EurostatCell(null, StatusSet.NONE, null, error);
  }

  /** The strongest status, or null for an ordinary figure. */
  public Status status() {
    return states.strongest();
  }

  /** Decodes a bulk TSV cell such as {@code 68750 e}, {@code : }, {@code : c}, {@code 17500 }. */
  public static EurostatCell ofTsvCell(String cell, NumberStyle style) {
    String s = cell.strip();
    int space = s.indexOf(' ');
    String value = space < 0 ? s : s.substring(0, space);
    String flags = space < 0 ? "" : s.substring(space + 1).strip();
    return of(value, flags, "", style);
  }

  /**
   * Decodes a value and its flags given apart (SDMX-CSV {@code OBS_VALUE}, {@code OBS_FLAG}, {@code
   * CONF_STATUS}; Data Explorer {@code Value}, {@code Flag and Footnotes}).
   */
  public static EurostatCell of(
      String rawValue, String obsFlag, String confStatus, NumberStyle style) {
    String value = rawValue.strip();
    String flags = obsFlag == null ? "" : obsFlag.strip();
    String conf = confStatus == null ? "" : confStatus.strip();
    StatusSet states = StatusSet.NONE;
    for (int i = 0; i < flags.length(); i++) {
      Status s = letter(flags.charAt(i));
      if (s == null) {
        return error(
            "unknown Eurostat flag "
                + Excerpt.quoted(String.valueOf(flags.charAt(i)))
                + " in "
                + Excerpt.quoted(flags));
      }
      states = states.with(s);
    }
    if (!conf.isEmpty()) {
      if (!conf.equals("C") && !conf.equals("N") && !conf.equals("P") && !conf.equals("F")) {
        return error("unknown confidentiality status " + Excerpt.quoted(conf));
      }
      if (!conf.equals("F")) {
        states = states.with(Status.CONFIDENTIAL);
      }
    }
    String flag = joinFlags(value.equals(":") ? ":" : "", flags, conf.equals("F") ? "" : conf);
    if (value.equals(":") || value.isEmpty()) {
      boolean explained =
          states.contains(Status.NOT_APPLICABLE) || states.contains(Status.CONFIDENTIAL);
      return new EurostatCell(
          null,
          explained ? states : states.with(Status.NOT_AVAILABLE),
          flag.isEmpty() ? ":" : flag,
          null);
    }
    OptionalDouble d = style.parse(value);
    if (d.isEmpty()) {
      return error("not a number: " + Excerpt.quoted(value));
    }
    return new EurostatCell(d.getAsDouble(), states, flag.isEmpty() ? null : flag, null);
  }

  private static String joinFlags(String missing, String flags, String conf) {
    StringBuilder b = new StringBuilder(missing);
    if (!flags.isEmpty()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(flags);
    }
    if (!conf.isEmpty()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(conf);
    }
    return b.toString();
  }

  /** The status of one flag letter of either generation, or null for an unknown letter. */
  static Status letter(char c) {
    return switch (c) {
      case 'b' -> Status.BREAK;
      case 'c', 'C' -> Status.CONFIDENTIAL;
      case 'd' -> Status.DEFINITION_DIFFERS;
      case 'e', 'f', 'i', 's' -> Status.ESTIMATED;
      case 'm', 'z' -> Status.NOT_APPLICABLE;
      case 'n', 'u' -> Status.LOW_RELIABILITY;
      case 'p' -> Status.PROVISIONAL;
      case 'r' -> Status.REVISED;
      default -> null;
    };
  }

  public boolean isError() {
    return error != null;
  }
}
