package nl.migstat.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * The first and last day a normalised period covers, both inclusive: what the {@code period_start}
 * and {@code period_end} columns hold, so that analysts can filter observations by date.
 *
 * <p>A school year {@code 2018/2019} runs from 1 August 2018 to 31 July 2019, CBS's definition of
 * "schooljaar" ("het tijdvak van 1 augustus tot en met 31 juli van het daaropvolgend jaar", CBS
 * begrippen, vocabs.cbs.nl/def/begrippen/340): CBS's {@code SJ} periods (71450NED) count pupils of
 * that school year. A week {@code 2019-W05} is the ISO 8601 week (Monday to Sunday, week 1 holds
 * the year's first Thursday), as Eurostat's weekly series use it; a CBS week cut by the turn of the
 * year is written as the ISO 8601 interval of its days ({@code 2020-01-01/2020-01-05}, see {@link
 * Period#fromCbsCode}).
 *
 * @param start the first day of the period
 * @param end the last day of the period
 */
public record PeriodSpan(LocalDate start, LocalDate end) {
  public PeriodSpan {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period cannot end (" + end + ") before " + start);
    }
  }

  /**
   * The days of a normalised period code ({@code 2019}, {@code 2019-H1}, {@code 2019-Q2}, {@code
   * 2019-03}, {@code 2018/2019}, {@code 2019-W05}, {@code 2019-01-15}, {@code
   * 2019-12-30/2019-12-31}), or empty for any other text.
   */
  public static Optional<PeriodSpan> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(code));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty(); // a date that does not exist (2019-02-30) is no period
    }
  }

  private static PeriodSpan parse(String c) {
    int n = c.length();
    if (n < 4 || !digits(c, 0, 4)) {
      return null;
    }
    int year = Integer.parseInt(c, 0, 4, 10);
    if (n == 4) {
      return new PeriodSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if (n == 9 && c.charAt(4) == '/' && digits(c, 5, 9)) {
      return Integer.parseInt(c, 5, 9, 10) == year + 1
          ? new PeriodSpan(LocalDate.of(year, 8, 1), LocalDate.of(year + 1, 7, 31))
          : null;
    }
    if (c.charAt(4) != '-') {
      return null;
    }
    if (n == 7) {
      return part(year, c.charAt(5), c.charAt(6));
    }
    if (n == 8 && c.charAt(5) == 'W' && digits(c, 6, 8)) {
      return isoWeek(year, Integer.parseInt(c, 6, 8, 10));
    }
    if (n == 10) {
      LocalDate day = LocalDate.parse(c);
      return new PeriodSpan(day, day);
    }
    if (n == 21 && c.charAt(10) == '/') {
      LocalDate start = LocalDate.parse(c.substring(0, 10));
      LocalDate end = LocalDate.parse(c.substring(11));
      return end.isBefore(start) ? null : new PeriodSpan(start, end);
    }
    return null;
  }

  /** {@code 2019-H1}, {@code 2019-Q2} or the month {@code 2019-03}. */
  private static PeriodSpan part(int year, char kind, char digit) {
    if (digit < '0' || digit > '9') {
      return null;
    }
    int d = digit - '0';
    if (kind == 'H' && d >= 1 && d <= 2) {
      return months(year, 6 * (d - 1) + 1, 6);
    }
    if (kind == 'Q' && d >= 1 && d <= 4) {
      return months(year, 3 * (d - 1) + 1, 3);
    }
    if (kind >= '0' && kind <= '1') {
      int month = (kind - '0') * 10 + d;
      return month >= 1 && month <= 12 ? months(year, month, 1) : null;
    }
    return null;
  }

  private static PeriodSpan months(int year, int first, int count) {
    LocalDate start = LocalDate.of(year, first, 1);
    return new PeriodSpan(start, start.plusMonths(count).minusDays(1));
  }

  /** ISO 8601 week {@code week} of ISO week-based year {@code year}, or null past its last. */
  static PeriodSpan isoWeek(int year, int week) {
    LocalDate monday = mondayOfWeekOne(year).plusWeeks(week - 1L);
    if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
      return null;
    }
    return new PeriodSpan(monday, monday.plusDays(6));
  }

  /** The Monday of ISO week 1 of {@code year}: the week holding 4 January. */
  static LocalDate mondayOfWeekOne(int year) {
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    return jan4.minusDays(jan4.getDayOfWeek().getValue() - (long) DayOfWeek.MONDAY.getValue());
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }
}
