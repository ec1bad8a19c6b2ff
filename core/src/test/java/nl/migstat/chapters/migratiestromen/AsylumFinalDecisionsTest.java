package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.InlineRows;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Final and first-instance asylum decisions and unaccompanied minors as the sample job builds them
 * from migr_asydcfina.tsv, migr_asydcfsta_1_Data.csv and migr_asyunaa.tsv.
 */
class AsylumFinalDecisionsTest {
  private static Row one(List<Row> rows, int year, String stage, String country) {
    Predicate<Row> which =
        r ->
            r.<Integer>getAs("year") == year
                && stage.equals(r.getAs("stage"))
                && country.equals(r.getAs("country_code"));
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void finalDecisionsBesideTheFirstInstanceWithTheirRates() {
    List<Row> rows = ChapterFixture.sampleRows("asylum_final_decisions");
    // migr_asydcfina NL 2016: TOTAL 9 335, TOTAL_POS 2 440, REJECTED 6 895: 2 440 / 9 335 = 26.1 %
    Row fin = one(rows, 2016, "final", "NL");
    assertThat(fin.<Double>getAs("decisions")).isEqualTo(9335.0);
    assertThat(fin.<Double>getAs("recognition_rate")).isCloseTo(100.0 * 2440 / 9335, within(1e-9));
    assertThat(fin.<String>getAs("stage_label")).isEqualTo("Definitief");
    assertThat(fin.<Double>getAs("applicants")).isNull();
    assertThat(fin.<String>getAs("applicants_status")).isEqualTo("not_applicable");
    // migr_asydcfsta_1_Data.csv Netherlands 2016: Total 29,200, positive 20,795: 71.2 %
    Row first = one(rows, 2016, "first_instance", "NL");
    assertThat(first.<Double>getAs("recognition_rate"))
        .isCloseTo(100.0 * 20795 / 29200, within(1e-9));
    // NL 2017 is provisional (8210 p), and so is its rate
    assertThat(one(rows, 2017, "final", "NL").<String>getAs("recognition_rate_status"))
        .isEqualTo("provisional");
    // BE 2017 rejected is ': ': missing, while the rate (640 / 3 210) is there
    Row be = one(rows, 2017, "final", "BE");
    assertThat(be.<Double>getAs("rejected")).isNull();
    assertThat(be.<Double>getAs("recognition_rate")).isCloseTo(100.0 * 640 / 3210, within(1e-9));
  }

  @Test
  void unaccompaniedMinorsOfNonEuCitizensAllAgesBothSexes() {
    // migr_asyunaa NL 2016: EXT_EU28, T, TOTAL = 1 705 (= 185 + 425 + 1 095 by age); all
    // citizens (TOTAL) 1 710 and men only 1 245 are not taken
    List<Row> rows = ChapterFixture.sampleRows("asylum_final_decisions");
    Row nl = one(rows, 2016, "unaccompanied_minors", "NL");
    assertThat(nl.<Double>getAs("applicants")).isEqualTo(1705.0);
    assertThat(nl.<Double>getAs("decisions")).isNull();
    assertThat(nl.<String>getAs("stage_label")).isEqualTo("Alleenstaande minderjarigen");
  }

  @Test
  void withoutFinalDecisionsTheTableIsSkippedWithTheReason() {
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(
                "eurostat:migr_asydcfsta|PER|2016|NL|citizen=EXT_EU28,sex=T,age=TOTAL,"
                    + "decision=TOTAL|29200|"),
            InlineRows.codes(),
            Set.of("eurostat:migr_asydcfsta"),
            2023,
            2021);
    assertThat(new AsylumFinalDecisions().buildFrom(inputs).skipReason())
        .isEqualTo("input absent: needs eurostat:migr_asydcfina");
  }
}
