package nl.migstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.DutchNumbers;
import nl.migstat.export.ReportFigures;
import nl.migstat.export.WorkbookTable;
import nl.migstat.report.TableRows.Figure;

/**
 * The report's headline figures, each with its change on the year before, as generated Dutch
 * sentences: immigration and net migration (table migration_balance), first asylum applications in
 * the Netherlands (asylum_eu_comparison, Eurostat's headline series) and the unemployment gap
 * (unemployment_by_background). A figure the run lacks gives no sentence; a year before without a
 * published figure gives the level alone.
 */
final class Headlines {
  static final String MIGRATION = "Migratiestromen";
  static final String LABOUR = "Arbeidsmarkt";

  /** CBS 85456NED / 82809NED: "met migratieachtergrond" (until 2022), "buiten Nederland" after. */
  static final String ABROAD = "2012605";

  private final List<ChapterSection> chapters;
  private final int reportYear;

  private Headlines(List<ChapterSection> chapters, int reportYear) {
    this.chapters = chapters;
    this.reportYear = reportYear;
  }

  /** The headlines the run's tables give, in report order. */
  static List<Headline> of(List<ChapterSection> chapters, int reportYear) {
    Headlines h = new Headlines(chapters, reportYear);
    List<Headline> out = new ArrayList<>();
    h.count("migration_balance", "immigration", r -> true, "De immigratie", "personen")
        .ifPresent(out::add);
    h.count("migration_balance", "net_migration", r -> true, "Het migratiesaldo", "personen")
        .ifPresent(out::add);
    h.asylum().ifPresent(out::add);
    h.unemploymentGap().ifPresent(out::add);
    return out;
  }

  private Optional<Headline> count(
      String tableName,
      String column,
      Predicate<Map<String, Object>> filter,
      String subject,
      String unit) {
    Optional<WorkbookTable> table = TableRows.table(chapters, tableName);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    return TableRows.latest(table.get(), reportYear, column, filter)
        .map(
            row -> {
              int year = TableRows.year(row);
              Figure now = TableRows.figure(row, column);
              Figure before =
                  TableRows.of(table.get(), year - 1, filter)
                      .map(r -> TableRows.figure(r, column))
                      .orElse(new Figure(null, now.states()));
              return new Headline(
                  MIGRATION,
                  countSentence(subject, year, now, before, unit),
                  now.provisional() || before.provisional());
            });
  }

  /**
   * {@code <subject> steeg in <year> met 17 % tot 335 668 personen.}; where a figure is zero or
   * negative, or changes sign (a migration balance), the change in persons instead of a %.
   */
  static String countSentence(String subject, int year, Figure now, Figure before, String unit) {
    String level = ReportFigures.figureText(now.value(), now.states(), 0) + " " + unit;
    if (!before.published()) {
      return subject + " was in " + year + " " + level + ".";
    }
    double a = before.value();
    double b = now.value();
    String earlier = ReportFigures.figureText(a, before.states(), 0);
    if (a > 0 && b > 0) {
      long pct = Math.round(Math.abs(b - a) / a * 100);
      if (pct == 0) {
        return subject
            + " bleef in "
            + year
            + " nagenoeg gelijk: "
            + level
            + " ("
            + (year - 1)
            + ": "
            + earlier
            + ").";
      }
      String verb = b > a ? "steeg" : "daalde";
      return subject
          + " "
          + verb
          + " in "
          + year
          + " met "
          + DutchNumbers.percent(pct)
          + " tot "
          + level
          + ".";
    }
    String diff = DutchNumbers.format(Math.abs(b - a), 0);
    String direction = b >= a ? "meer" : "minder";
    return subject
        + " was in "
        + year
        + " "
        + level
        + ", "
        + diff
        + " "
        + direction
        + " dan in "
        + (year - 1)
        + " ("
        + earlier
        + ").";
  }

  /** First asylum applications in the Netherlands, Eurostat's headline series. */
  private Optional<Headline> asylum() {
    Predicate<Map<String, Object>> nl = TableRows.is("is_netherlands", Boolean.TRUE);
    Optional<WorkbookTable> table = TableRows.table(chapters, "asylum_eu_comparison");
    Optional<Map<String, Object>> latest =
        table.flatMap(t -> TableRows.latest(t, reportYear, "applicants", nl));
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    // asylum_eu_comparison counts all applicants only where no source has first-time ones.
    boolean first = !"alle aanvragers".equals(latest.get().get("applicant_type"));
    String subject =
        first
            ? "Het aantal eerste asielaanvragen in Nederland"
            : "Het aantal asielaanvragen in Nederland (eerste en volgende)";
    return count("asylum_eu_comparison", "applicants", nl, subject, "aanvragen");
  }

  /**
   * The unemployment gap between people of foreign and of Dutch origin (CBS: with and without a
   * migration background until 2022), in percentage points, annual figures of all ages and both
   * sexes; the year before is taken in the same classification where the table has it.
   */
  private Optional<Headline> unemploymentGap() {
    Optional<WorkbookTable> table = TableRows.table(chapters, "unemployment_by_background");
    Predicate<Map<String, Object>> abroad =
        TableRows.is("quarter", null)
            .and(TableRows.is("sex", "Totaal"))
            .and(TableRows.is("birthplace", "Totaal"))
            .and(TableRows.is("background_code", ABROAD));
    Optional<Map<String, Object>> latest =
        table.flatMap(t -> TableRows.latest(t, reportYear, "gap_pp", abroad));
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> row = latest.get();
    int year = TableRows.year(row);
    Object classification = row.get("classification");
    Optional<Map<String, Object>> earlier =
        TableRows.of(
                table.get(), year - 1, abroad.and(TableRows.is("classification", classification)))
            .or(() -> TableRows.of(table.get(), year - 1, abroad));
    Figure now = TableRows.figure(row, "gap_pp");
    Figure before =
        earlier.map(r -> TableRows.figure(r, "gap_pp")).orElse(new Figure(null, now.states()));
    boolean sameClassification =
        earlier.map(r -> Objects.equals(r.get("classification"), classification)).orElse(true);
    return Optional.of(
        new Headline(
            LABOUR,
            gapSentence(
                String.valueOf(row.get("background_code_label")),
                year,
                now,
                before,
                sameClassification),
            now.provisional() || before.provisional()));
  }

  /** {@code Het verschil in werkloosheid … was in 2023 3,7 procentpunt, 0,2 meer dan in 2022.} */
  static String gapSentence(
      String group, int year, Figure now, Figure before, boolean sameClassification) {
    // The old classification's label is "Met migratieachtergrond", the new one's "Buiten
    // Nederland".
    String subject =
        group.toLowerCase(Locale.ROOT).contains("migratieachtergrond")
            ? "Het verschil in werkloosheid tussen mensen met en zonder migratieachtergrond"
            : "Het verschil in werkloosheid tussen mensen met herkomst "
                + group.substring(0, 1).toLowerCase(Locale.ROOT)
                + group.substring(1)
                + " en met herkomst Nederland";
    String level = ReportFigures.figureText(now.value(), now.states(), 1) + " procentpunt";
    if (!before.published()) {
      return subject + " was in " + year + " " + level + ".";
    }
    double diff = now.value() - before.value();
    String change =
        Math.abs(diff) < 0.05
            ? "even groot als in " + (year - 1)
            : DutchNumbers.format(Math.abs(diff), 1)
                + (diff > 0 ? " groter" : " kleiner")
                + " dan in "
                + (year - 1);
    String note = sameClassification ? "" : " (" + (year - 1) + " in de oude indeling)";
    return subject + " was in " + year + " " + level + ", " + change + note + ".";
  }
}
