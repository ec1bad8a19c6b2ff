package nl.migstat.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.ObservationSink;

/**
 * Names the table an input came from ({@code cbs:84583NED}, {@code eurostat:tps00191}) when the
 * content does not: the caller's option first, then a table id in the file name as a hint (with a
 * warning), otherwise {@code cbs:unknown} or {@code eurostat:unknown} (also with a warning).
 */
public final class SourceName {
  /** CBS table ids: five digits and NED/ENG (any case), or old ids such as {@code 37789ksz}. */
  private static final Pattern CBS_ID =
      Pattern.compile(
          "(?<![0-9A-Za-z])(\\d{5}(?:NED|ENG|ned|eng)|\\d{5}[a-z]{3}|\\d{5})(?![0-9A-Za-z])");

  /**
   * Eurostat dataset codes such as {@code tps00191}, {@code migr_asyappctza}, {@code une_rt_a}: a
   * short frequency-like suffix belongs to the code, a longer word ({@code _allcitizenships}) or a
   * number ({@code _1_Data}) does not.
   */
  private static final Pattern EUROSTAT_ID =
      Pattern.compile(
          "(?i)(?<![a-z0-9])((?:tps|tec|tin|sdg_)\\d{2,5}(?:_\\d{2})?|(?:migr|demo|lfsa|lfso|lfsq|une|prc|ilc)_[a-z0-9]+(?:_[a-z][a-z0-9]{0,2}(?![a-z0-9]))*)");

  private static final Pattern VALID = Pattern.compile("(cbs|eurostat|migstat):[A-Za-z0-9_]+");

  private SourceName() {}

  /** Checks the spelling of a caller-given source. */
  public static String validate(String source) {
    if (!VALID.matcher(source).matches()) {
      throw new IllegalArgumentException(
          "source "
              + Excerpt.quoted(source)
              + " is not of the form cbs:<table> or eurostat:<dataset>");
    }
    return source;
  }

  /** The CBS table for an input whose content carries no table id. */
  public static String forCbs(InputFile input, ReadOptions options, ObservationSink sink) {
    if (options.source() != null) {
      return options.source();
    }
    Matcher m = CBS_ID.matcher(input.fileName());
    if (m.find()) {
      String id = m.group(1);
      sink.warn(
          input.displayName()
              + ": the file carries no table id; taking cbs:"
              + id
              + " from the file name (name it with --source to be sure)");
      return "cbs:" + id;
    }
    sink.warn(
        input.displayName()
            + ": the file carries no table id and its name has none;"
            + " recorded as cbs:unknown (name it with --source cbs:<table>)");
    return "cbs:unknown";
  }

  /** The Eurostat dataset, from the content when it names one, else as {@link #forCbs}. */
  public static String forEurostat(
      InputFile input, ReadOptions options, Optional<String> fromContent, ObservationSink sink) {
    if (options.source() != null) {
      return options.source();
    }
    if (fromContent.isPresent()) {
      return "eurostat:" + fromContent.get().toLowerCase(Locale.ROOT);
    }
    Matcher m = EUROSTAT_ID.matcher(input.fileName());
    if (m.find()) {
      String id = m.group(1).toLowerCase(Locale.ROOT);
      sink.warn(
          input.displayName()
              + ": the file does not name its dataset; taking eurostat:"
              + id
              + " from the file name (name it with --source to be sure)");
      return "eurostat:" + id;
    }
    sink.warn(
        input.displayName()
            + ": the file does not name its dataset and its name has none;"
            + " recorded as eurostat:unknown (name it with --source eurostat:<dataset>)");
    return "eurostat:unknown";
  }
}
