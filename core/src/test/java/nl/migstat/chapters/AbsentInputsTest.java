package nl.migstat.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run whose inputs lack a table's sources skips that table with a reason naming them, and does
 * not fail; the reasons are pinned here because they reach the run log, the manifest and the
 * workbook.
 */
class AbsentInputsTest {
  private static final String BALANCE =
      "input absent: needs cbs:85451NED or cbs:85848NED or cbs:37943ned or cbs:37296ned or"
          + " cbs:85524NED or eurostat:tps00176 + eurostat:tps00177";
  private static final String MUNICIPAL =
      "input absent: needs cbs:84910NED or cbs:85458NED or cbs:83765NED or cbs:84286NED"
          + " or cbs:84583NED or cbs:84799NED or cbs:85039NED";
  private static final String BACKGROUND =
      "input absent: needs cbs:82809NED and/or cbs:85456NED or cbs:85455NED";

  /** Every table of every chapter built from inputs holding only {@code sources}, no rows. */
  private static Map<String, String> skipReasons(Set<String> sources) {
    ChapterInputs in =
        new ChapterInputs(InlineRows.observations(), InlineRows.codes(), sources, 2023, 2021);
    Map<String, String> reasons = new LinkedHashMap<>();
    Chapters all = Chapters.all();
    for (String name : all.names()) {
      for (PreparedTable t : all.chapter(name).orElseThrow().prepared(in, info -> true)) {
        reasons.put(t.info().name(), t.build().skipReason());
      }
    }
    return reasons;
  }

  @Test
  void everyTableWithoutItsSourcesIsSkippedWithTheSourcesItNeeds() {
    assertThat(skipReasons(Set.of()))
        .containsExactly(
            Map.entry("migration_balance", BALANCE),
            Map.entry("immigration_by_motive", "input absent: needs cbs:84809NED or cbs:84808NED"),
            Map.entry("immigration_by_origin", "input absent: needs cbs:85287NED or cbs:03742"),
            Map.entry("asylum_requests", "input absent: needs cbs:80059ned or cbs:83102NED"),
            Map.entry(
                "asylum_eu_comparison",
                "input absent: needs eurostat:tps00191 or eurostat:migr_asyappctza"
                    + " with eurostat:tps00001 or eurostat:demo_pjan"),
            Map.entry(
                "asylum_recognition",
                "input absent: needs eurostat:tps00193 or eurostat:migr_asydcfsta"),
            Map.entry(
                "first_permits_by_reason",
                "input absent: needs eurostat:tps00171 or eurostat:migr_resfirst"),
            Map.entry(
                "migration_by_nationality",
                "input absent: needs cbs:85848NED or cbs:84484NED or eurostat:migr_imm1ctz +"
                    + " eurostat:migr_emi1ctz and/or cbs:03742"),
            Map.entry(
                "naturalisation", "input absent: needs eurostat:migr_acq and/or cbs:37199ned"),
            Map.entry("asylum_final_decisions", "input absent: needs eurostat:migr_asydcfina"),
            Map.entry(
                "immigration_eu_comparison",
                "input absent: needs eurostat:migr_imm1ctz or eurostat:tps00176"
                    + " with eurostat:demo_pjan or eurostat:tps00001"),
            Map.entry(
                "first_permits_eu_comparison",
                "input absent: needs eurostat:migr_resfirst or eurostat:tps00171"
                    + " with eurostat:demo_pjan or eurostat:tps00001"),
            Map.entry(
                "temporary_protection",
                "input absent: needs eurostat:migr_asytpsm"
                    + " with eurostat:demo_pjan or eurostat:tps00001"),
            Map.entry("unemployment_by_background", BACKGROUND),
            Map.entry(
                "participation_by_background", BACKGROUND + " or cbs:80590ned or cbs:80590NED"),
            Map.entry(
                "unemployment_eu_comparison",
                "input absent: needs eurostat:lfsa_urgacob or eurostat:tps00203"
                    + " or eurostat:une_rt_a"),
            Map.entry("labour_trend", BACKGROUND),
            Map.entry("population_by_background_municipality", MUNICIPAL),
            Map.entry("municipality_profile", MUNICIPAL),
            Map.entry(
                "segregation_within_municipality",
                "input absent: needs cbs:83765NED or cbs:84286NED or cbs:84583NED"
                    + " or cbs:84799NED or cbs:85039NED"),
            Map.entry("concentration", MUNICIPAL));
  }

  @Test
  void aTableNeedingSeveralSourcesIsSkippedWhenOneIsAbsent() {
    // Eurostat's flows need both tables; the population (tps00001) only gives the rate
    assertThat(skipReasons(Set.of("eurostat:tps00176", "eurostat:tps00001")))
        .containsEntry("migration_balance", BALANCE);
    assertThat(skipReasons(Set.of("eurostat:tps00191")))
        .containsEntry(
            "asylum_eu_comparison",
            "input absent: needs eurostat:tps00191 or eurostat:migr_asyappctza"
                + " with eurostat:tps00001 or eurostat:demo_pjan");
  }
}
