package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's EU comparisons per 1 000 inhabitants on the real exports of {@code
 * jobs/staat-van-de-migratie.yaml}: built where the inputs are there, skipped with the reason where
 * they are not. Expected values are recomputed by hand from the raw lines quoted.
 */
class EuComparisonsRealTest {
  private static ChapterInputs inputs;
  private static final Migratiestromen CHAPTER = new Migratiestromen();

  @BeforeAll
  static void ingest() {
    SharedData.realDir();
    inputs = ChapterFixture.inputsOf(Path.of("jobs/staat-van-de-migratie.yaml"));
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> at(String geo, int year) {
    return r -> geo.equals(r.getAs("country_code")) && r.<Integer>getAs("year") == year;
  }

  @Test
  void immigrationPerThousandFromTheConvertedTps00176() {
    // tps00176.csv "NL,…,189646" (2017); population.csv "…,Netherlands,2017,17081507,,":
    // 11.1025 per 1 000. All 27 members have both figures in 2017; Germany (917109 / 82521653 =
    // 11.1136) is just above, Greece (112247 / 10768193 = 10.4240) just below: NL ranks 12th.
    List<Row> rows = ChapterFixture.rows(CHAPTER, "immigration_eu_comparison", inputs);
    Row nl = one(rows, at("NL", 2017));
    assertThat(nl.<Double>getAs("immigrants")).isEqualTo(189646.0);
    assertThat(nl.<Double>getAs("immigrants_per_1000"))
        .isCloseTo(189646.0 * 1000 / 17081507, within(1e-9));
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(12);
    assertThat(nl.<Integer>getAs("countries_ranked")).isEqualTo(27);
    assertThat(one(rows, at("DE", 2017)).<Integer>getAs("rank")).isEqualTo(11);
    // Malta 21676 / 459375 = 47.19 is first; the United Kingdom (UK, 2017) has no rank
    assertThat(one(rows, at("MT", 2017)).<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, at("UK", 2017)).<Integer>getAs("rank")).isNull();
    // Luxembourg's population of 2017 carries 'b' (break): so does its rate
    assertThat(one(rows, at("LU", 2017)).<String>getAs("immigrants_per_1000_status"))
        .isEqualTo("break");
  }

  @Test
  void firstPermitsAreSkippedWithTheReasonWithoutAPermitTable() {
    // permits.csv (TPS00171) is kept aside for acceptance checks (MANIFEST), so the real job has
    // neither migr_resfirst nor tps00171
    assertThat(ChapterFixture.table(CHAPTER, "first_permits_eu_comparison", inputs).skipReason())
        .isEqualTo(
            "input absent: needs eurostat:migr_resfirst or eurostat:tps00171"
                + " with eurostat:demo_pjan or eurostat:tps00001");
  }

  @Test
  void temporaryProtectionIsSkippedWithTheReasonWithoutMigrAsytpsm() {
    // ../shared/data-real has no migr_asytpsm (MANIFEST): the table needs it
    assertThat(ChapterFixture.table(CHAPTER, "temporary_protection", inputs).skipReason())
        .isEqualTo(
            "input absent: needs eurostat:migr_asytpsm"
                + " with eurostat:demo_pjan or eurostat:tps00001");
  }
}
