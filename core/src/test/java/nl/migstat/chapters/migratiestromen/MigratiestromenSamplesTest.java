package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chapter on the sample job's inputs; every expected value is worked out from the files. */
class MigratiestromenSamplesTest {
  private static ChapterInputs inputs;
  private static final Migratiestromen CHAPTER = new Migratiestromen();

  @BeforeAll
  static void ingest() {
    inputs = ChapterFixture.inputsOf(Path.of("jobs/samples.yaml"));
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void migrationBalanceFromKerncijfers() {
    // 85524NED line 6: 2019 population 17282163, immigration 215723, emigration 101365
    Row y2019 =
        one(
            ChapterFixture.rows(CHAPTER, "migration_balance", inputs),
            r -> r.<Integer>getAs("year") == 2019);
    assertThat(y2019.<Double>getAs("net_migration")).isEqualTo(114358.0);
    assertThat(y2019.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(114358.0 * 1000 / 17282163, within(1e-9));
  }

  @Test
  void motiveSharesSumToOneHundredAndAMissingPartLeavesNoShare() {
    List<Row> rows = ChapterFixture.rows(CHAPTER, "immigration_by_motive", inputs);
    List<Row> y2019 =
        rows.stream()
            .filter(
                r ->
                    r.<Integer>getAs("year") == 2019
                        && !r.<String>getAs("origin_group").equals("total"))
            .toList();
    assertThat(y2019.stream().mapToDouble(r -> r.<Double>getAs("share")).sum())
        .isCloseTo(100, within(1e-9));
    // 84809NED: 2019 arbeid 10855; 84808NED 2019 total over the five purposes 147715;
    // 84809NED 2019 motives 10855 + 25585 + 23260 + 13180 + 0 + 4650 = 77530
    Row labour =
        one(
            y2019,
            r ->
                r.getAs("motive").equals("labour")
                    && r.getAs("origin_group").equals("non_eu_efta"));
    assertThat(labour.<Double>getAs("count")).isEqualTo(10855.0);
    assertThat(labour.<Double>getAs("share"))
        .isCloseTo(100.0 * 10855 / (77530 + 147715), within(1e-9));
    assertThat(rows.stream().filter(r -> r.<Integer>getAs("year") == 2022))
        .isNotEmpty()
        .allMatch(r -> r.getAs("share") == null && "not_available".equals(r.getAs("share_status")));
  }

  @Test
  void topCountriesOfBirthRankedWithTheirShareOfTheTotal() {
    List<Row> rows = ChapterFixture.rows(CHAPTER, "immigration_by_origin", inputs);
    // 03742 sample, 2017, all sexes: Irak (G008633) 4120 × 1.16 = 4779, total T001175 151362
    Row first =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2017
                    && "country".equals(r.getAs("level"))
                    && Integer.valueOf(1).equals(r.getAs("rank")));
    assertThat(first.<String>getAs("country_code")).isEqualTo("G008633");
    assertThat(first.<String>getAs("country_name")).isEqualTo("Irak");
    assertThat(first.<Double>getAs("count")).isEqualTo(4779.0);
    assertThat(first.<Double>getAs("share")).isCloseTo(100.0 * 4779 / 151362, within(1e-9));
    Row other =
        one(rows, r -> r.<Integer>getAs("year") == 2017 && "other".equals(r.getAs("level")));
    assertThat(other.<Double>getAs("count")).isEqualTo(151362.0 - 16818);
  }

  @Test
  void netherlandsAsylumApplicantsPerHundredThousand() {
    List<Row> rows = ChapterFixture.rows(CHAPTER, "asylum_eu_comparison", inputs);
    // tps00191 sample NL 2022 = 47990; tps00001 sample NL 2022 = 17245522
    Row nl2022 =
        one(rows, r -> r.<Integer>getAs("year") == 2022 && "NL".equals(r.getAs("country_code")));
    assertThat(nl2022.<Double>getAs("applicants_per_100000"))
        .isCloseTo(47990.0 * 100000 / 17245522, within(1e-9));
    assertThat(nl2022.<Boolean>getAs("is_netherlands")).isTrue();
    assertThat(nl2022.<Integer>getAs("rank")).isNotNull();
    // 2023 population is provisional (17363733 p), so the rate is too
    Row nl2023 =
        one(rows, r -> r.<Integer>getAs("year") == 2023 && "NL".equals(r.getAs("country_code")));
    assertThat(nl2023.<String>getAs("applicants_per_100000_status")).isEqualTo("provisional");
    Row eu =
        one(
            rows,
            r -> r.<Integer>getAs("year") == 2022 && "EU27_2020".equals(r.getAs("country_code")));
    assertThat(eu.<String>getAs("level")).isEqualTo("aggregate");
    assertThat(eu.<Integer>getAs("rank")).isNull();
  }
}
