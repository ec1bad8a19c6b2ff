package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.gemeenten.MunicipalCells.code;
import static nl.migstat.chapters.gemeenten.MunicipalCells.group;
import static nl.migstat.chapters.gemeenten.MunicipalCells.year;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Origin;

/**
 * The profile's cells under disclosure control: its population is table 1's total of the same
 * municipality and year (one count, linked), its shares are over table 1's total and groups, its
 * number of origin groups and its diversity index over all of table 1's groups of that row. The
 * shares are published only where their counts are: a migration share and a western share over
 * published counts would otherwise give the non-western count back by difference.
 */
final class ProfileCells {
  private final RunCells cells;

  ProfileCells(RunCells cells) {
    this.cells = cells;
  }

  void declare() {
    String t = MunicipalCells.PROFILE;
    Map<String, List<Optional<CellId>>> groupsOf = groupsByMunicipalityYear();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key = code(row) + "|" + year(row);
      Optional<CellId> total = group(cells, key, BackgroundGroups.TOTAL);
      Origin origin = total.map(this::originOf).orElse(Origin.SOURCE);
      Optional<CellId> population = Optional.of(cells.count(t, i, POPULATION, key, origin));
      cells.equal(population, total);
      Optional<CellId> dutch =
          group(cells, key, BackgroundGroups.DUTCH)
              .or(() -> group(cells, key, BackgroundGroups.HERKOMST_NEDERLAND));
      cells.derived(
          t, i, MunicipalityProfile.MIGRATION_BACKGROUND_SHARE, key, List.of(total, dutch));
      cells.derived(
          t,
          i,
          MunicipalityProfile.WESTERN_SHARE,
          key,
          List.of(total, group(cells, key, BackgroundGroups.WESTERN)));
      cells.derived(
          t,
          i,
          MunicipalityProfile.NON_WESTERN_SHARE,
          key,
          List.of(total, group(cells, key, BackgroundGroups.NON_WESTERN)));
      List<Optional<CellId>> all = groupsOf.getOrDefault(key, List.of());
      cells.derived(t, i, MunicipalityProfile.ORIGIN_GROUPS, key, all);
      cells.derived(t, i, MunicipalityProfile.DIVERSITY_INDEX, key, all);
    }
  }

  /** Table 1's counts of each municipality and year, every group. */
  private Map<String, List<Optional<CellId>>> groupsByMunicipalityYear() {
    Map<String, List<Optional<CellId>>> groups = new LinkedHashMap<>();
    for (Map<String, Object> row : cells.rows(MunicipalCells.POPULATION_TABLE)) {
      groups
          .computeIfAbsent(code(row) + "|" + year(row), k -> new ArrayList<>())
          .add(MunicipalCells.population(cells, MunicipalCells.key(row)));
    }
    return groups;
  }

  /** The profile's population has the origin of table 1's total it equals. */
  private Origin originOf(CellId total) {
    return cells.origin(total);
  }
}
