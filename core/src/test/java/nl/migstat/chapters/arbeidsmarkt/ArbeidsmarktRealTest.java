package nl.migstat.chapters.arbeidsmarkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chapter on the real exports in {@code ../shared/data-real/}: none holds labour figures by
 * background (MANIFEST "Searched for and NOT found"), so only participation by age (80590ned, A6)
 * is built and the other tables say what they miss.
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
    assertThat(run.table("unemployment_eu_comparison").skipReason())
        .isEqualTo("input absent: needs eurostat:lfsa_urgacob");
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
    assertThat(young2003.<String>getAs("background")).isEqualTo("Totaal");
    assertThat(run.table("participation_by_background").sources()).containsExactly("cbs:80590ned");
  }
}
