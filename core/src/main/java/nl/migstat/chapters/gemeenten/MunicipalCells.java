package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.BACKGROUND_GROUP;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.REFERENCE_YEAR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.migstat.chapters.CellDeclarations;
import nl.migstat.chapters.RunCells;
import nl.migstat.chapters.TableNeeded;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Origin;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;

/**
 * The cells of chapter Gemeenten under disclosure control. Table 1's counts per municipality, year
 * and group, with their row sums (total = Dutch + western + non-western; non-western = its KWB
 * details; total = the three herkomst groups), are the base of the rest: the profile's population
 * is table 1's total and its shares and diversity index are computed from table 1's counts;
 * concentration's group population is the sum of table 1's column over all municipalities, and its
 * shares and Herfindahl index are computed from that column. Segregation's group populations are
 * sums over the buurten used, with non-western the sum of its details where the same buurten were
 * used; they are no sums of table 1's counts (CBS rounds buurt figures to fives, and buurten
 * without a figure are left out), so no equation links them.
 */
final class MunicipalCells implements CellDeclarations {
  static final String POPULATION_TABLE = PopulationByBackground.INFO.name();
  static final String PROFILE = MunicipalityProfile.INFO.name();
  static final String CONCENTRATION = Concentration.INFO.name();
  static final String SEGREGATION = SegregationWithinMunicipality.INFO.name();

  private static final List<String> THREE =
      List.of(BackgroundGroups.DUTCH, BackgroundGroups.WESTERN, BackgroundGroups.NON_WESTERN);
  private static final List<String> HERKOMST =
      List.of(
          BackgroundGroups.HERKOMST_NEDERLAND,
          BackgroundGroups.HERKOMST_EUROPE,
          BackgroundGroups.HERKOMST_OUTSIDE_EUROPE);

  private final MunicipalBoundaries boundaries;

  MunicipalCells(MunicipalBoundaries boundaries) {
    this.boundaries = boundaries;
  }

  @Override
  public void declare(RunCells cells) {
    if (cells.has(POPULATION_TABLE)) {
      population(cells);
    }
    for (String table : List.of(PROFILE, CONCENTRATION)) {
      if (cells.has(table) && !cells.has(POPULATION_TABLE)) {
        throw new TableNeeded(table, POPULATION_TABLE);
      }
    }
    if (cells.has(PROFILE)) {
      new ProfileCells(cells).declare();
    }
    if (cells.has(CONCENTRATION)) {
      concentration(cells);
    }
    if (cells.has(SEGREGATION)) {
      segregation(cells);
    }
  }

  /** Table 1's counts, shares and changes, and the sums within each municipality's year. */
  private void population(RunCells cells) {
    String t = POPULATION_TABLE;
    List<Map<String, Object>> rows = cells.rows(t);
    if (rows.isEmpty()) {
      return;
    }
    MunicipalOrigins origins =
        new MunicipalOrigins(boundaries, (Integer) rows.get(0).get(REFERENCE_YEAR));
    Map<String, String> municipalityYears = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      cells.count(t, i, POPULATION, key(row), origin(row, origins));
      municipalityYears.put(code(row) + "|" + year(row), code(row));
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      Optional<CellId> count = cells.declared(t, key(row), POPULATION);
      String municipalityYear = code(row) + "|" + year(row);
      cells.derived(
          t,
          i,
          SHARE,
          key(row),
          List.of(count, group(cells, municipalityYear, BackgroundGroups.TOTAL)));
      String before = code(row) + "|" + (year(row) - 1) + "|" + row.get(BACKGROUND_GROUP);
      cells.derived(
          t, i, PopulationByBackground.CHANGE, key(row), List.of(count, population(cells, before)));
    }
    for (String municipalityYear : municipalityYears.keySet()) {
      Optional<CellId> total = group(cells, municipalityYear, BackgroundGroups.TOTAL);
      cells.sum(total, groups(cells, municipalityYear, THREE));
      cells.sum(total, groups(cells, municipalityYear, HERKOMST));
      cells.sum(
          group(cells, municipalityYear, BackgroundGroups.NON_WESTERN),
          groups(cells, municipalityYear, BackgroundGroups.DETAILS));
    }
  }

  /**
   * A split estimate (e), a sum of merged municipalities or a part of a split one, and the Dutch
   * background of a KWB (inhabitants minus western minus non-western) are ours; the rest is as the
   * source publishes it.
   */
  private static Origin origin(Map<String, Object> row, MunicipalOrigins origins) {
    boolean estimated = Status.ESTIMATED.code().equals(row.get(TableInfo.statusColumn(POPULATION)));
    boolean kwbRemainder =
        MunicipalCounts.KERNCIJFERS.contains((String) row.get(SOURCE))
            && BackgroundGroups.DUTCH.equals(row.get(BACKGROUND_GROUP));
    return estimated || kwbRemainder ? Origin.DERIVED : origins.of(code(row), year(row));
  }

  /**
   * Concentration: the group's population is the sum of table 1's column over all municipalities;
   * the G4 share is computed from it and the G4's cells, the top-10 share from the ten largest, the
   * Herfindahl index from the whole column.
   */
  private static void concentration(RunCells cells) {
    Map<String, List<Map<String, Object>>> columns = new LinkedHashMap<>();
    for (Map<String, Object> row : cells.rows(POPULATION_TABLE)) {
      columns
          .computeIfAbsent(year(row) + "|" + row.get(BACKGROUND_GROUP), k -> new ArrayList<>())
          .add(row);
    }
    String t = CONCENTRATION;
    List<Map<String, Object>> rows = cells.rows(t);
    Map<Integer, String> years = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key = year(row) + "|" + row.get(BACKGROUND_GROUP);
      Optional<CellId> sum = Optional.of(cells.count(t, i, groupColumn(), key, Origin.DERIVED));
      List<Map<String, Object>> column = columns.getOrDefault(key, List.of());
      cells.sum(sum, cellsOf(cells, column));
      List<Map<String, Object>> g4 =
          column.stream().filter(r -> Concentration.G4.contains(code(r))).toList();
      List<Map<String, Object>> top =
          column.stream()
              .sorted(
                  Comparator.comparing(MunicipalCells::size)
                      .reversed()
                      .thenComparing(MunicipalCells::code))
              .limit(Concentration.TOP)
              .toList();
      cells.derived(t, i, Concentration.G4_SHARE, key, with(sum, cellsOf(cells, g4)));
      cells.derived(t, i, Concentration.TOP10_SHARE, key, with(sum, cellsOf(cells, top)));
      cells.derived(t, i, Concentration.HERFINDAHL_INDEX, key, with(sum, cellsOf(cells, column)));
      years.put(year(row), "");
    }
    for (int year : years.keySet()) {
      Optional<CellId> total =
          cells.declared(t, year + "|" + BackgroundGroups.TOTAL, groupColumn());
      for (List<String> parts : List.of(THREE, HERKOMST)) {
        cells.sum(
            total,
            parts.stream().map(g -> cells.declared(t, year + "|" + g, groupColumn())).toList());
      }
    }
  }

  /** A count in the top-10 order: a missing one first, as the table ranks (nulls first). */
  private static double size(Map<String, Object> row) {
    return row.get(POPULATION) instanceof Number n ? n.doubleValue() : Double.POSITIVE_INFINITY;
  }

  private static List<Optional<CellId>> cellsOf(RunCells cells, List<Map<String, Object>> rows) {
    return rows.stream().map(r -> population(cells, key(r))).toList();
  }

  private static List<Optional<CellId>> with(Optional<CellId> sum, List<Optional<CellId>> cells) {
    List<Optional<CellId>> base = new ArrayList<>(cells);
    base.add(sum);
    return base;
  }

  /** Segregation: each group in the buurten used, its index, and non-western over its details. */
  private static void segregation(RunCells cells) {
    String t = SEGREGATION;
    List<Map<String, Object>> rows = cells.rows(t);
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key = segregationKey(row, (String) row.get(BACKGROUND_GROUP));
      Optional<CellId> count = Optional.of(cells.count(t, i, groupColumn(), key, Origin.DERIVED));
      cells.derived(t, i, SegregationWithinMunicipality.DISSIMILARITY_INDEX, key, List.of(count));
      byKey.put(key, row);
    }
    for (Map<String, Object> row : rows) {
      if (!BackgroundGroups.NON_WESTERN.equals(row.get(BACKGROUND_GROUP))) {
        continue;
      }
      List<Map<String, Object>> details =
          BackgroundGroups.DETAILS.stream().map(d -> byKey.get(segregationKey(row, d))).toList();
      if (details.stream().allMatch(d -> d != null && sameBuurten(d, row))) {
        cells.sum(
            cells.declared(t, segregationKey(row, BackgroundGroups.NON_WESTERN), groupColumn()),
            BackgroundGroups.DETAILS.stream()
                .map(d -> cells.declared(t, segregationKey(row, d), groupColumn()))
                .toList());
      }
    }
  }

  /** Whether two groups' sums run over the same buurten: only then do they add up. */
  private static boolean sameBuurten(Map<String, Object> a, Map<String, Object> b) {
    return Objects.equals(
            a.get(SegregationWithinMunicipality.BUURTEN_USED),
            b.get(SegregationWithinMunicipality.BUURTEN_USED))
        && Objects.equals(
            a.get(SegregationWithinMunicipality.BUURTEN_LEFT_OUT_CODES),
            b.get(SegregationWithinMunicipality.BUURTEN_LEFT_OUT_CODES));
  }

  private static String segregationKey(Map<String, Object> row, String group) {
    return code(row) + "|" + year(row) + "|" + group + "|" + row.get(SOURCE);
  }

  private static String groupColumn() {
    return MunicipalColumns.GROUP_POPULATION;
  }

  static Optional<CellId> population(RunCells cells, String key) {
    return cells.declared(POPULATION_TABLE, key, POPULATION);
  }

  static Optional<CellId> group(RunCells cells, String municipalityYear, String group) {
    return population(cells, municipalityYear + "|" + group);
  }

  static List<Optional<CellId>> groups(
      RunCells cells, String municipalityYear, List<String> groups) {
    return groups.stream().map(g -> group(cells, municipalityYear, g)).toList();
  }

  static String key(Map<String, Object> row) {
    return code(row) + "|" + year(row) + "|" + row.get(BACKGROUND_GROUP);
  }

  static String code(Map<String, Object> row) {
    return (String) row.get(MUNICIPALITY_CODE);
  }

  static int year(Map<String, Object> row) {
    return (Integer) row.get(YEAR);
  }
}
