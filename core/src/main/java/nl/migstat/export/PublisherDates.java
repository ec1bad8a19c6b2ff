package nl.migstat.export;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day of a publisher's date as the inputs write it: OData {@code Modified} ({@code
 * 2024-06-28T02:00:00}), Eurostat's HTTP {@code Last-Modified} ({@code Mon, 07 Apr 2025 11:00:00
 * GMT}) and SDMX-CSV's {@code LAST UPDATE} ({@code 07/04/25 11:00:00}, day first).
 */
final class PublisherDates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{2,4})\\b");

  private PublisherDates() {}

  /** The day, or empty for a text that is none of these. */
  static Optional<LocalDate> day(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.find()) {
        return Optional.of(LocalDate.parse(iso.group()));
      }
      Matcher dayFirst = DAY_FIRST.matcher(t);
      if (dayFirst.find()) {
        int year = Integer.parseInt(dayFirst.group(3));
        return Optional.of(
            LocalDate.of(
                year < 100 ? 2000 + year : year,
                Integer.parseInt(dayFirst.group(2)),
                Integer.parseInt(dayFirst.group(1))));
      }
      return Optional.of(
          ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code 28 juni 2024}: how the workbook writes a day. */
  static String dutch(LocalDate day) {
    return day.format(
        DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL")));
  }
}
