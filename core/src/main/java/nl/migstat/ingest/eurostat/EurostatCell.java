package nl.migstat.ingest.eurostat;

import java.util.OptionalDouble;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Status;

/**
 * A Eurostat value with its flags decoded, for both flag generations: before 27 January 2025 one
 * list ({@code b c d e f n p r s u z}), after it observation status ({@code b d e f i m n p u}) and
 * confidentiality status ({@code C N P}). {@code :} is "not available". Letters combine ({@code
 * bep}); the strongest status wins (see {@link Status}) and every letter stays in the flag.
 *
 * @param value the number, or null
 * @param status the strongest status the flags and the missing marker give, or null
 * @param flag the flag letters as written (with {@code :} for a missing value), or null when none
 * @param error null, or what is wrong (a value that is not a number, an unknown flag letter)
 */
public record EurostatCell(Double value, Status status, String flag, String error) {

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
    Status status = null;
    for (int i = 0; i < flags.length(); i++) {
      Status s = letter(flags.charAt(i));
      if (s == null) {
        return new EurostatCell(
            null,
            null,
            null,
            "unknown Eurostat flag "
                + Excerpt.quoted(String.valueOf(flags.charAt(i)))
                + " in "
                + Excerpt.quoted(flags));
      }
      status = Status.strongest(status, s);
    }
    if (!conf.isEmpty()) {
      if (!conf.equals("C") && !conf.equals("N") && !conf.equals("P") && !conf.equals("F")) {
        return new EurostatCell(
            null, null, null, "unknown confidentiality status " + Excerpt.quoted(conf));
      }
      if (!conf.equals("F")) {
        status = Status.strongest(status, Status.CONFIDENTIAL);
      }
    }
    String flag = joinFlags(value.equals(":") ? ":" : "", flags, conf.equals("F") ? "" : conf);
    if (value.equals(":") || value.isEmpty()) {
      Status missing =
          status == Status.NOT_APPLICABLE || status == Status.CONFIDENTIAL
              ? status
              : Status.NOT_AVAILABLE;
      return new EurostatCell(
          null, Status.strongest(missing, status), flag.isEmpty() ? ":" : flag, null);
    }
    OptionalDouble d = style.parse(value);
    if (d.isEmpty()) {
      return new EurostatCell(null, null, null, "not a number: " + Excerpt.quoted(value));
    }
    return new EurostatCell(d.getAsDouble(), status, flag.isEmpty() ? null : flag, null);
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
