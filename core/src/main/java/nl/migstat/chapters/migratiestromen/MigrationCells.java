package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.CellDeclarations;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Origin;

/**
 * The cells of chapter Migratiestromen under disclosure control: national counts of persons by
 * country of birth, nationality, motive or reason, the totals they add up to, and the shares and
 * rates computed from them. All are the source's own counts but the "overig" row of immigration by
 * origin (the total minus the countries shown), which this pipeline derives.
 */
final class MigrationCells implements CellDeclarations {
  /** The codes of a total row: migstat's own ids, CBS's word, Eurostat's code. */
  private static final List<String> TOTALS = List.of("total", "totaal", "TOTAL");

  @Override
  public void declare(RunCells cells) {
    if (cells.has(ImmigrationByOrigin.INFO.name())) {
      CountRows origin =
          new CountRows(
              cells,
              ImmigrationByOrigin.INFO.name(),
              COUNT,
              List.of(YEAR, LEVEL, COUNTRY_CODE),
              row -> OriginRows.OTHER.equals(row.get(LEVEL)));
      // The total is the countries shown plus "overig"; the continents, where they add up to it
      // too, are a second breakdown of the same total.
      Map<String, List<String>> totals = new LinkedHashMap<>();
      origin.keys().stream()
          .filter(key -> key.get(1).equals(OriginRows.TOTAL))
          .forEach(key -> totals.putIfAbsent(key.get(0), key));
      totalOfLevels(cells, origin, totals, List.of("country", OriginRows.OTHER));
      totalOfLevels(cells, origin, totals, List.of("continent"));
      origin.figure(SHARE, key -> totals.get(key.get(0)));
    }
    if (cells.has(AsylumRequests.INFO.name())) {
      new CountRows(
              cells,
              AsylumRequests.INFO.name(),
              COUNT,
              List.of(YEAR, AsylumRequests.REQUEST_KIND, AsylumRequests.NATIONALITY_CODE),
              row -> false)
          .totalOver(AsylumRequests.REQUEST_KIND, TOTALS)
          .figure(SHARE, key -> null);
    }
    if (cells.has(FirstPermitsByReason.INFO.name())) {
      CountRows permits =
          new CountRows(
                  cells,
                  FirstPermitsByReason.INFO.name(),
                  COUNT,
                  List.of(YEAR, COUNTRY_CODE, FirstPermitsByReason.REASON),
                  row -> false)
              .totalOver(FirstPermitsByReason.REASON, TOTALS);
      permits.figure(SHARE, key -> permits.totalKey(key, FirstPermitsByReason.REASON));
    }
    if (cells.has(ImmigrationByMotive.INFO.name())) {
      motives(cells);
    }
    if (cells.has(AsylumRecognition.INFO.name())) {
      recognition(cells);
    }
    if (cells.has(AsylumEuComparison.INFO.name())) {
      euComparison(cells);
    }
    if (cells.has(MigrationBalance.INFO.name())) {
      balance(cells);
    }
    FlowCells.declare(cells);
    if (cells.has(ImmigrationEuComparison.INFO.name())) {
      perInhabitant(
          cells,
          ImmigrationEuComparison.INFO.name(),
          ImmigrationEuComparison.IMMIGRANTS,
          ImmigrationEuComparison.IMMIGRANTS_PER_1000,
          List.of(YEAR, COUNTRY_CODE));
    }
    if (cells.has(FirstPermitsEuComparison.INFO.name())) {
      permitsPerInhabitant(cells);
    }
    if (cells.has(TemporaryProtection.INFO.name())) {
      temporaryProtection(cells);
    }
  }

  /**
   * Beneficiaries and population per month and country, the rate of both; the Ukrainians among
   * them; and CBS's yearly immigrants with the motive, the same count as that cell of {@code
   * immigration_by_motive} where both show it.
   */
  private static void temporaryProtection(RunCells cells) {
    String t = TemporaryProtection.INFO.name();
    List<String> keyColumns = List.of(YEAR, TemporaryProtection.MONTH, COUNTRY_CODE);
    perInhabitant(
        cells,
        t,
        TemporaryProtection.BENEFICIARIES,
        TemporaryProtection.BENEFICIARIES_PER_1000,
        keyColumns);
    String byMotive = ImmigrationByMotive.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      List<String> parts = new ArrayList<>();
      keyColumns.forEach(c -> parts.add(String.valueOf(row.get(c))));
      String key = String.join("|", parts);
      cells.count(t, i, TemporaryProtection.UKRAINIANS, key, source());
      Object inflow = row.get(TemporaryProtection.CBS_IMMIGRANTS);
      if (!(inflow instanceof Number)) {
        continue;
      }
      Optional<CellId> cbs =
          Optional.of(cells.count(t, i, TemporaryProtection.CBS_IMMIGRANTS, key, source()));
      String motiveKey = row.get(YEAR) + "|temporary_protection|non_eu_efta";
      if (cells.has(byMotive)
          && cells.rows(byMotive).stream()
              .anyMatch(
                  r ->
                      motiveKey.equals(
                              r.get(YEAR)
                                  + "|"
                                  + r.get(ImmigrationByMotive.MOTIVE)
                                  + "|"
                                  + r.get(ImmigrationByMotive.ORIGIN_GROUP))
                          && inflow.equals(r.get(COUNT)))) {
        cells.equal(cbs, cells.declared(byMotive, motiveKey, COUNT));
      }
    }
  }

  /**
   * Permits by reason per country with their total, each equal to the same cell of {@code
   * first_permits_by_reason} where that table shows the same count (so a count kept secret in one
   * stays secret in the other); the rate per 1 000 is computed from the count and the population.
   */
  private static void permitsPerInhabitant(RunCells cells) {
    String t = FirstPermitsEuComparison.INFO.name();
    String reason = FirstPermitsByReason.REASON;
    CountRows permits =
        new CountRows(
                cells,
                t,
                FirstPermitsEuComparison.PERMITS,
                List.of(YEAR, COUNTRY_CODE, reason),
                row -> false)
            .totalOver(reason, TOTALS);
    Map<String, Object> shownByReason = new LinkedHashMap<>();
    String byReason = FirstPermitsByReason.INFO.name();
    if (cells.has(byReason)) {
      for (Map<String, Object> r : cells.rows(byReason)) {
        shownByReason.put(
            r.get(YEAR) + "|" + r.get(COUNTRY_CODE) + "|" + r.get(reason), r.get(COUNT));
      }
    }
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      String key = String.join("|", permits.keys().get(i));
      Object count = rows.get(i).get(FirstPermitsEuComparison.PERMITS);
      if (count != null && count.equals(shownByReason.get(key))) {
        cells.equal(permits.at(i), cells.declared(byReason, key, COUNT));
      }
      Optional<CellId> population = Optional.of(cells.count(t, i, POPULATION, key, source()));
      cells.derived(
          t, i, FirstPermitsEuComparison.PERMITS_PER_1000, key, List.of(permits.at(i), population));
    }
  }

  /**
   * An EU comparison per inhabitant ({@link EuPerCapita}): a count and the population per row, the
   * rate computed from both; {@code keyColumns} tell the rows apart.
   */
  private static void perInhabitant(
      RunCells cells, String table, String count, String rate, List<String> keyColumns) {
    List<Map<String, Object>> rows = cells.rows(table);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      List<String> parts = new ArrayList<>();
      keyColumns.forEach(c -> parts.add(String.valueOf(row.get(c))));
      String key = String.join("|", parts);
      Optional<CellId> figure = Optional.of(cells.count(table, i, count, key, source()));
      Optional<CellId> population = Optional.of(cells.count(table, i, POPULATION, key, source()));
      cells.derived(table, i, rate, key, List.of(figure, population));
    }
  }

  /** Per year, the total row is the sum of the rows of these levels, where they add up to it. */
  private static void totalOfLevels(
      RunCells cells, CountRows rows, Map<String, List<String>> totals, List<String> levels) {
    Map<String, List<Optional<CellId>>> parts = new LinkedHashMap<>();
    for (List<String> key : rows.keys()) {
      if (levels.contains(key.get(1))) {
        parts.computeIfAbsent(key.get(0), y -> new ArrayList<>()).add(rows.at(key));
      }
    }
    parts.forEach(
        (year, of) -> {
          if (totals.containsKey(year)) {
            cells.partition(rows.at(totals.get(year)), of);
          }
        });
  }

  /** A two-way table with totals both ways; each share is of the year's grand total. */
  private static void motives(RunCells cells) {
    CountRows motives =
        new CountRows(
                cells,
                ImmigrationByMotive.INFO.name(),
                COUNT,
                List.of(YEAR, ImmigrationByMotive.MOTIVE, ImmigrationByMotive.ORIGIN_GROUP),
                row -> false)
            .totalOver(ImmigrationByMotive.MOTIVE, TOTALS)
            .totalOver(ImmigrationByMotive.ORIGIN_GROUP, TOTALS);
    motives.figure(
        SHARE,
        key ->
            motives.totalKey(
                motives.totalKey(key, ImmigrationByMotive.MOTIVE),
                ImmigrationByMotive.ORIGIN_GROUP));
  }

  /** Decisions are the positive and the rejected ones; the rate is positive over decisions. */
  private static void recognition(RunCells cells) {
    String t = AsylumRecognition.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i).get(YEAR) + "|" + rows.get(i).get(COUNTRY_CODE);
      Optional<CellId> decisions =
          Optional.of(cells.count(t, i, AsylumRecognition.DECISIONS, key, source()));
      Optional<CellId> positive =
          Optional.of(cells.count(t, i, AsylumRecognition.POSITIVE, key, source()));
      Optional<CellId> rejected =
          Optional.of(cells.count(t, i, AsylumRecognition.REJECTED, key, source()));
      cells.partition(decisions, List.of(positive, rejected));
      cells.derived(t, i, AsylumRecognition.RECOGNITION_RATE, key, List.of(positive, decisions));
    }
  }

  /** Applicants and population per country; the rate per 100 000 is computed from both. */
  private static void euComparison(RunCells cells) {
    String t = AsylumEuComparison.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key =
          row.get(YEAR)
              + "|"
              + row.get(LEVEL)
              + "|"
              + row.get(COUNTRY_CODE)
              + "|"
              + row.get(AsylumEuComparison.CITIZENS)
              + "|"
              + row.get(AsylumEuComparison.APPLICANT_TYPE);
      Optional<CellId> applicants =
          Optional.of(cells.count(t, i, AsylumEuComparison.APPLICANTS, key, source()));
      Optional<CellId> population = Optional.of(cells.count(t, i, POPULATION, key, source()));
      cells.derived(
          t, i, AsylumEuComparison.APPLICANTS_PER_100000, key, List.of(applicants, population));
    }
  }

  /** Immigration, emigration and the population; the balance and its rate are computed of them. */
  private static void balance(RunCells cells) {
    String t = MigrationBalance.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      String key = String.valueOf(rows.get(i).get(YEAR));
      Optional<CellId> in =
          Optional.of(cells.count(t, i, MigrationBalance.IMMIGRATION, key, source()));
      Optional<CellId> out =
          Optional.of(cells.count(t, i, MigrationBalance.EMIGRATION, key, source()));
      Optional<CellId> now = Optional.of(cells.count(t, i, POPULATION, key, source()));
      Optional<CellId> next =
          Optional.of(cells.count(t, i, MigrationBalance.POPULATION_NEXT, key, source()));
      cells.derived(t, i, MigrationBalance.NET_MIGRATION, key, List.of(in, out));
      cells.derived(t, i, MigrationBalance.AVERAGE_POPULATION, key, List.of(now, next));
      cells.derived(
          t, i, MigrationBalance.NET_MIGRATION_PER_1000, key, List.of(in, out, now, next));
    }
  }

  private static Origin source() {
    return Origin.SOURCE;
  }
}
