package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Equation;
import nl.migstat.disclosure.LinkedTables;
import org.junit.jupiter.api.Test;

/**
 * The cells of migration_by_nationality on 84484NED's 2022 rows: 403 108 immigrants = 43 777 Dutch
 * + 359 331 non-Dutch; the saldo −10 730 of the Dutch is computed from 43 777 and 54 507.
 */
class FlowCellsTest {
  private static Map<String, Object> row(String flow, String level, String code, double count) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("year", 2022);
    row.put("flow", flow);
    row.put("breakdown", "nationality");
    row.put("level", level);
    row.put("code", code);
    row.put("count", count);
    row.put("share", 1.0);
    return row;
  }

  @Test
  void totalIsDutchPlusNonDutchAndTheSaldoIsComputedFromBothFlows() {
    RunCells cells =
        new RunCells(
            Map.of(
                "migration_by_nationality",
                List.of(
                    row("immigration", "total", "total", 403108),
                    row("immigration", "dutch", "dutch", 43777),
                    row("immigration", "non_dutch", "non_dutch", 359331),
                    row("emigration", "dutch", "dutch", 54507),
                    row("net_migration", "dutch", "dutch", -10730))));
    FlowCells.declare(cells);
    LinkedTables tables = cells.build();
    assertThat(tables.equations())
        .containsExactly(
            new Equation(
                id("2022|immigration|nationality|total|count"),
                List.of(
                    id("2022|immigration|nationality|dutch|count"),
                    id("2022|immigration|nationality|non_dutch|count"))));
    assertThat(tables.derived().get(id("2022|net_migration|nationality|dutch|count")).base())
        .containsExactly(
            id("2022|emigration|nationality|dutch|count"),
            id("2022|immigration|nationality|dutch|count"));
    assertThat(tables.derived().get(id("2022|immigration|nationality|dutch|share")).base())
        .containsExactly(
            id("2022|immigration|nationality|dutch|count"),
            id("2022|immigration|nationality|total|count"));
  }

  private static CellId id(String key) {
    return new CellId("migration_by_nationality", key);
  }

  @Test
  void finalDecisionsArePositivePlusRejectedAndMinorsAreCountsOnly() {
    // migr_asydcfina NL 2016: 9 335 = 2 440 + 6 895; migr_asyunaa NL 2016: 1 705
    Map<String, Object> decided = new LinkedHashMap<>();
    decided.put("year", 2016);
    decided.put("stage", "final");
    decided.put("country_code", "NL");
    decided.put("decisions", 9335.0);
    decided.put("positive", 2440.0);
    decided.put("rejected", 6895.0);
    decided.put("recognition_rate", 26.1);
    Map<String, Object> minors = new LinkedHashMap<>();
    minors.put("year", 2016);
    minors.put("stage", "unaccompanied_minors");
    minors.put("country_code", "NL");
    minors.put("applicants", 1705.0);
    RunCells cells = new RunCells(Map.of("asylum_final_decisions", List.of(decided, minors)));
    FlowCells.declare(cells);
    LinkedTables tables = cells.build();
    CellId total = new CellId("asylum_final_decisions", "2016|final|NL|decisions");
    assertThat(tables.equations())
        .containsExactly(
            new Equation(
                total,
                List.of(
                    new CellId("asylum_final_decisions", "2016|final|NL|positive"),
                    new CellId("asylum_final_decisions", "2016|final|NL|rejected"))));
    assertThat(tables.counts())
        .containsKey(
            new CellId("asylum_final_decisions", "2016|unaccompanied_minors|NL|applicants"))
        .doesNotContainKey(
            new CellId("asylum_final_decisions", "2016|unaccompanied_minors|NL|decisions"));
  }

  @Test
  void naturalisationSharesAreOfTheTotalAndRatesOfTheNonNationals() {
    // 2021: SY 25 840 of the total 62 959; NL 62 959 per 100 of 1 225 900 non-nationals
    Map<String, Object> total = naturalised("former_nationality", "total", 62959);
    Map<String, Object> syria = naturalised("former_nationality", "SY", 25840);
    syria.put("share", 41.0);
    Map<String, Object> nl = naturalised("eu_comparison", "NL", 62959);
    nl.put("non_nationals", 1225900.0);
    nl.put("per_100_non_nationals", 5.1);
    RunCells cells = new RunCells(Map.of("naturalisation", List.of(total, syria, nl)));
    FlowCells.declare(cells);
    LinkedTables tables = cells.build();
    assertThat(tables.equations()).isEmpty();
    assertThat(tables.derived().get(natId("2021|former_nationality|SY|share")).base())
        .containsExactly(
            natId("2021|former_nationality|SY|count"),
            natId("2021|former_nationality|total|count"));
    assertThat(tables.derived().get(natId("2021|eu_comparison|NL|per_100_non_nationals")).base())
        .containsExactly(
            natId("2021|eu_comparison|NL|count"), natId("2021|eu_comparison|NL|non_nationals"));
  }

  private static Map<String, Object> naturalised(String part, String code, double count) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("year", 2021);
    row.put("part", part);
    row.put("level", code.equals("total") ? "total" : "single");
    row.put("code", code);
    row.put("count", count);
    return row;
  }

  private static CellId natId(String key) {
    return new CellId("naturalisation", key);
  }
}
