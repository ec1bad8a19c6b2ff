package nl.migstat.chapters.arbeidsmarkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterTable;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chapter on the real exports in {@code ../shared/data-real/}: none holds labour figures by
 * background (MANIFEST "Searched for and NOT found"), so participation by age (80590ned, A6) and
 * the EU table from Eurostat tps00203 alone are built and the other tables say what they miss.
 */
class ArbeidsmarktRealTest {
  private static ChapterRun run;

  @BeforeAll
  static void readRealFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(SharedData.real("eurostat-jatofi/unemployment.csv"), null);
    files.put(SharedData.real("cbs-statweb-janjetze/werkloosheid2003tot2015.csv"), "cbs:80590ned");
    run = new ChapterRun(files);
  }

  @Test
  void tablesWithoutTheirSourcesAreSkippedWithTheReason() {
    assertThat(run.table("unemployment_by_background").skipReason())
        .isEqualTo("input absent: needs cbs:82809NED and/or cbs:85456NED or cbs:85455NED");
    assertThat(run.table("labour_trend").isSkipped()).isTrue();
  }

  @Test
  void theEuTableComesFromTps00203AloneAndRanksEuMembersOnly() {
    // unemployment.csv (TPS00203) 2023: NL 3.6, as CBS publishes its 2023 average
    // (PUBLISHED-FIGURES.md). Lower among the 27 members: CZ 2.6, PL 2.8, DE 3.1, MT 3.5 → NL
    // fifth; Iceland (3.5) and Norway (3.6) are not members, so not ranked (else NL would be 6th).
    ChapterTable table = run.table("unemployment_eu_comparison");
    assertThat(table.sources()).containsExactly("eurostat:tps00203");
    assertThat(table.info().title()).isEqualTo("Werkloosheid in de EU, totaal (Eurostat tps00203)");
    List<Row> rows = run.rows("unemployment_eu_comparison");
    Row nl = row(rows, 2023, "NL");
    assertThat(nl.<Double>getAs("total_rate")).isEqualTo(3.6);
    assertThat(nl.<Integer>getAs("total_rank")).isEqualTo(5);
    assertThat(nl.<Double>getAs("gap_pp")).isNull();
    assertThat(nl.<Integer>getAs("gap_rank")).isNull();
    for (String notRanked : List.of("IS", "NO", "EA20")) {
      assertThat(row(rows, 2023, notRanked).<Integer>getAs("total_rank")).isNull();
    }
    assertThat(
            rows.stream()
                .filter(r -> r.<Integer>getAs("year") == 2023 && r.getAs("total_rank") != null)
                .count())
        .isEqualTo(27);
  }

  private static Row row(List<Row> rows, int year, String country) {
    return rows.stream()
        .filter(r -> r.<Integer>getAs("year") == year && r.getAs("country").equals(country))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void participationByAgeIsTakenAsPublished() {
    // werkloosheid2003tot2015.csv line 6: "Totaal,2003,62.2,82.4,48.3" (15-25, 25-45, 45-75).
    List<Row> rows = run.rows("participation_by_background");
    assertThat(rows).hasSize(39);
    Row young2003 =
        rows.stream()
            .filter(
                r ->
                    r.<Integer>getAs("year") == 2003
                        && r.getAs("age_band").equals("15 tot 25 jaar"))
            .findFirst()
            .orElseThrow();
    assertThat(young2003.<Double>getAs("participation_rate")).isEqualTo(62.2);
    assertThat(young2003.<String>getAs("participation_rate_basis")).isEqualTo(Rates.PUBLISHED);
    assertThat(young2003.<String>getAs("sex")).isEqualTo("Totaal");
    assertThat(young2003.<String>getAs("background_code_label")).isEqualTo("Totaal");
    assertThat(run.table("participation_by_background").sources()).containsExactly("cbs:80590ned");
  }
}
