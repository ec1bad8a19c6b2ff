package nl.migstat.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised period and its frequency, parsed from the spellings CBS and Eurostat use.
 *
 * @param code normalised code: {@code 2019}, {@code 2019-H1}, {@code 2019-Q2}, {@code 2019-03},
 *     {@code 2018/2019}, {@code 2019-W05} (ISO week), {@code 2019-01-15} (day), or for a CBS week
 *     cut by the turn of the year the ISO 8601 interval of its days ({@code
 *     2020-01-01/2020-01-05}); {@link PeriodSpan#of} gives the days of each
 * @param frequency {@code A}, {@code H}, {@code Q}, {@code M}, {@code SY}, {@code W} or {@code D}
 * @param status status carried by the spelling itself ({@code 2023*} is provisional, {@code 2023**}
 *     revised-provisional), or null
 */
public record Period(String code, String frequency, Status status) {
  // Every year is written with four digits and starts with 1-9: "0005" is no period (a fuzzed
  // StatLine label made one whose code had one digit, issue 21), and codes keep their width.

  private static final Pattern CBS_CODE =
      Pattern.compile("([1-9]\\d{3})(JJ|HJ|KW|MM|SJ|X0|W1|\\d{2})(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("([1-9]\\d{3})");
  private static final Pattern QUARTER = Pattern.compile("([1-9]\\d{3})-?Q([1-4])");
  private static final Pattern HALF = Pattern.compile("([1-9]\\d{3})-?[HS]([12])");
  private static final Pattern MONTH = Pattern.compile("([1-9]\\d{3})-?M?(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("([1-9]\\d{3})-?W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");
  private static final Pattern DUTCH_WEEK =
      Pattern.compile("([1-9]\\d{3}) week (\\d{1,2})(?: \\(\\d+ dag(?:en)?\\))?");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("([1-9]\\d{3})/([1-9]\\d{3})");
  private static final Pattern LABEL_FLAGS = Pattern.compile("(.*?)(\\*{1,2})");
  private static final Pattern DUTCH_QUARTER =
      Pattern.compile("(?:het )?(eerste|tweede|derde|vierde) kwartaal(?: van)? ([1-9]\\d{3})");
  private static final Pattern DUTCH_QUARTER_SHORT =
      Pattern.compile("([1-9]\\d{3}) ([1-4])e kwartaal");
  private static final Pattern DUTCH_MONTH =
      Pattern.compile("([1-9]\\d{3}) ([a-z]+)|([a-z]+) ([1-9]\\d{3})");
  private static final Map<String, Integer> ORDINALS =
      Map.of("eerste", 1, "tweede", 2, "derde", 3, "vierde", 4);
  private static final Map<String, Integer> DUTCH_MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1),
          Map.entry("februari", 2),
          Map.entry("maart", 3),
          Map.entry("april", 4),
          Map.entry("mei", 5),
          Map.entry("juni", 6),
          Map.entry("juli", 7),
          Map.entry("augustus", 8),
          Map.entry("september", 9),
          Map.entry("oktober", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  /** An annual period. */
  public static Period year(int year) {
    return new Period(Integer.toString(year), "A", null);
  }

  /**
   * Parses a CBS period key such as {@code 2019JJ00}, {@code 2019KW02}, {@code 2019MM03}, {@code
   * 2019HJ01}, {@code 2018SJ00}, a week {@code 2020W101} or a day {@code 20200115}.
   *
   * <p>CBS writes {@code yyyyXXnn}: year, type and number (cbsodata4, CBS's own R package, {@code
   * cbs4_add_date_column}: {@code W1} is a week, {@code X0} the part of a week before week 1, and a
   * type of two digits a month, so {@code 20200115} is a day). The weekly tables (70895ned,
   * "Overledenen; geslacht en leeftijd, per week") count Monday-to-Sunday ISO 8601 weeks but cut
   * them at the turn of the year: {@code 2020W101} is labelled "2020 week 1 (5 dagen)", 1 to 5
   * January, while ISO week 2020-W01 starts on 30 December 2019; {@code 2019W153} holds 30 and 31
   * December 2019, and {@code 1995X000} ("1995 week 0 (1 dag)") the days of 1995 that belong to the
   * last week of 1994. A CBS week that is a whole ISO week becomes {@code 2020-W02}; a cut one the
   * ISO 8601 interval of its days ({@code 2020-01-01/2020-01-05}), so that the code alone says
   * which days it covers.
   */
  public static Optional<Period> fromCbsCode(String raw) {
    Matcher m = CBS_CODE.matcher(raw.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(3));
    return switch (m.group(2)) {
      case "JJ" -> n == 0 ? Optional.of(year(year)) : Optional.empty();
      case "HJ" -> n >= 1 && n <= 2 ? Optional.of(half(year, n)) : Optional.empty();
      case "KW" -> n >= 1 && n <= 4 ? Optional.of(quarter(year, n)) : Optional.empty();
      case "MM" -> n >= 1 && n <= 12 ? Optional.of(month(year, n)) : Optional.empty();
      case "SJ" -> n == 0 ? Optional.of(schoolYear(year)) : Optional.empty();
      case "W1" -> n >= 1 ? cbsWeek(year, n) : Optional.empty();
      case "X0" -> n == 0 ? cbsWeek(year, 0) : Optional.empty();
      default -> day(year + "-" + m.group(2) + "-" + m.group(3));
    };
  }

  /**
   * Week {@code week} of calendar year {@code year} as CBS counts it: ISO 8601 week {@code week}
   * (week 0: the week before week 1) cut to the days that fall in {@code year}; empty for a week
   * with no day in that year.
   */
  public static Optional<Period> cbsWeek(int year, int week) {
    LocalDate monday = PeriodSpan.mondayOfWeekOne(year).plusWeeks(week - 1L);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate start = monday.isBefore(first) ? first : monday;
    LocalDate end = monday.plusDays(6).isAfter(last) ? last : monday.plusDays(6);
    if (week < 0 || week > 53 || end.isBefore(start)) {
      return Optional.empty();
    }
    String code =
        start.equals(monday) && end.equals(monday.plusDays(6))
            ? String.format(Locale.ROOT, "%d-W%02d", year, week)
            : start + "/" + end;
    return Optional.of(new Period(code, "W", null));
  }

  /**
   * Parses a Eurostat period: {@code 2019}, {@code 2019Q2}, {@code 2019-Q2}, {@code 2019-S1},
   * {@code 2019M03}, {@code 2019-03}, the ISO week {@code 2019-W05} or {@code 2019W05}, the day
   * {@code 2019-01-15} (the Statistics API's JSON-stat time codes and the bulk files' headers).
   */
  public static Optional<Period> fromEurostat(String raw) {
    String s = raw.trim();
    Matcher m;
    if ((m = YEAR.matcher(s)).matches()) {
      return Optional.of(year(Integer.parseInt(m.group(1))));
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    if ((m = HALF.matcher(s)).matches()) {
      return Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12
          ? Optional.of(month(Integer.parseInt(m.group(1)), month))
          : Optional.empty();
    }
    if ((m = WEEK.matcher(s)).matches()) {
      return isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if (DAY.matcher(s).matches()) {
      return day(s);
    }
    return Optional.empty();
  }

  /**
   * Parses a StatLine period label: {@code 2023}, {@code 2023*} (provisional), {@code 2023**}
   * (revised provisional), {@code 2015 1e kwartaal}, {@code het eerste kwartaal van 2015}, {@code
   * 2015 januari}, {@code 2018/'19}, and the codes that {@link #fromCbsCode} and {@link
   * #fromEurostat} accept.
   */
  public static Optional<Period> fromLabel(String raw) {
    String s = raw.trim();
    Status status = null;
    Matcher flags = LABEL_FLAGS.matcher(s);
    if (flags.matches()) {
      // CBS "verklaring van tekens": * voorlopig, ** nader voorlopig (revised provisional).
      status = flags.group(2).length() == 1 ? Status.PROVISIONAL : Status.REVISED_PROVISIONAL;
      s = flags.group(1).trim();
    }
    Optional<Period> p = parseLabelBody(s.toLowerCase(Locale.ROOT));
    Status carried = status;
    return p.map(q -> new Period(q.code(), q.frequency(), carried));
  }

  private static Optional<Period> parseLabelBody(String s) {
    Optional<Period> p = fromCbsCode(s.toUpperCase(Locale.ROOT));
    if (p.isPresent()) {
      return p;
    }
    p = fromEurostat(s.toUpperCase(Locale.ROOT));
    if (p.isPresent()) {
      return p;
    }
    Matcher m;
    if ((m = SCHOOL_YEAR.matcher(s)).matches()) {
      int first = Integer.parseInt(m.group(1));
      return Integer.parseInt(m.group(2)) == first + 1
          ? Optional.of(schoolYear(first))
          : Optional.empty();
    }
    if ((m = DUTCH_WEEK.matcher(s)).matches()) {
      return cbsWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = DUTCH_QUARTER.matcher(s)).matches()) {
      return Optional.of(quarter(Integer.parseInt(m.group(2)), ORDINALS.get(m.group(1))));
    }
    if ((m = DUTCH_QUARTER_SHORT.matcher(s)).matches()) {
      return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    if ((m = DUTCH_MONTH.matcher(s)).matches()) {
      String year = m.group(1) != null ? m.group(1) : m.group(4);
      String name = m.group(1) != null ? m.group(2) : m.group(3);
      Integer month = DUTCH_MONTHS.get(name);
      return month == null ? Optional.empty() : Optional.of(month(Integer.parseInt(year), month));
    }
    return Optional.empty();
  }

  /** The month number of a Dutch month name ({@code januari} = 1), if it is one. */
  public static Optional<Integer> dutchMonth(String name) {
    return Optional.ofNullable(DUTCH_MONTHS.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** A calendar quarter. */
  public static Period quarter(int year, int quarter) {
    return new Period(year + "-Q" + quarter, "Q", null);
  }

  /** A half year. */
  public static Period half(int year, int half) {
    return new Period(year + "-H" + half, "H", null);
  }

  /** A calendar month. */
  public static Period month(int year, int month) {
    return new Period(String.format(Locale.ROOT, "%d-%02d", year, month), "M", null);
  }

  /** A school year starting in {@code firstYear} ({@code 2018SJ00} is {@code 2018/2019}). */
  public static Period schoolYear(int firstYear) {
    return new Period(firstYear + "/" + (firstYear + 1), "SY", null);
  }

  /** ISO 8601 week {@code week} of ISO week-based year {@code year}, if the year has it. */
  public static Optional<Period> isoWeek(int year, int week) {
    return Optional.ofNullable(PeriodSpan.isoWeek(year, week))
        .map(w -> new Period(String.format(Locale.ROOT, "%d-W%02d", year, week), "W", null));
  }

  /** A day written {@code yyyy-MM-dd}, if the date exists. */
  private static Optional<Period> day(String iso) {
    try {
      return Optional.of(new Period(LocalDate.parse(iso).toString(), "D", null));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The days this period covers. */
  public PeriodSpan span() {
    return PeriodSpan.of(code)
        .orElseThrow(() -> new IllegalStateException("no days for period code " + code));
  }
}
