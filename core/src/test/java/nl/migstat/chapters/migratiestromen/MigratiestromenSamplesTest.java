package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The chapter as the sample job builds it ({@link ChapterFixture#sampleJob}); every expected value
 * is worked out from the files.
 */
class MigratiestromenSamplesTest {
  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void migrationBalanceFromKerncijfers() {
    // 85524NED line 6: 2019 population 17282163, immigration 215723, emigration 101365, saldo
    // 114358; line 7: 2020 population 17407585. Per 1 000 of the mean population
    // (17282163 + 17407585) / 2 = 17344874.
    List<Row> rows = ChapterFixture.sampleRows("migration_balance");
    Row y2019 = one(rows, r -> r.<Integer>getAs("year") == 2019);
    assertThat(y2019.<Double>getAs("net_migration")).isEqualTo(114358.0);
    assertThat(y2019.<Double>getAs("average_population")).isEqualTo(17344874.0);
    assertThat(y2019.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(114358.0 * 1000 / 17344874, within(1e-9));
    assertThat(y2019.<String>getAs("source")).isEqualTo("cbs:85524NED");
    // 2023 is the last year: no 1 January 2024, so no rate
    Row y2023 = one(rows, r -> r.<Integer>getAs("year") == 2023);
    assertThat(y2023.<Double>getAs("net_migration_per_1000")).isNull();
    assertThat(y2023.<String>getAs("net_migration_per_1000_status")).isEqualTo("not_available");
  }

  @Test
  void motiveSharesAreOfThePublishedTotalsOfBothGroups() {
    List<Row> rows = ChapterFixture.sampleRows("immigration_by_motive");
    // 84809NED 2019: T001056 77530 (= 10855 + 25585 + 23260 + 13180 + 0 + 4650); 84808NED 2019:
    // T001056 147715. Base 77530 + 147715 = 225245.
    Row labour =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2019
                    && r.getAs("motive").equals("labour")
                    && r.getAs("origin_group").equals("non_eu_efta"));
    assertThat(labour.<Double>getAs("count")).isEqualTo(10855.0);
    assertThat(labour.<Double>getAs("share")).isCloseTo(100.0 * 10855 / 225245, within(1e-9));
    // 84809NED 2018 ("1 jaar", PUBLISHED-FIGURES.md): total 80545, arbeid 17620; the sample's
    // parts sum to 80550, the table keeps the published 80545. Base 80545 + 109830 (84808NED).
    Row total2018 =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2018
                    && r.getAs("motive").equals("total")
                    && r.getAs("origin_group").equals("non_eu_efta"));
    assertThat(total2018.<Double>getAs("count")).isEqualTo(80545.0);
    assertThat(total2018.<Double>getAs("share")).isCloseTo(100.0 * 80545 / 190375, within(1e-9));
    // 2022: overig is '.', yet the published totals (229985 and 128995) give the base 358980:
    // every share but overig's is there
    Row labour2022 =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2022
                    && r.getAs("motive").equals("labour")
                    && r.getAs("origin_group").equals("non_eu_efta"));
    assertThat(labour2022.<Double>getAs("share")).isCloseTo(100.0 * 17835 / 358980, within(1e-9));
    Row other2022 =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2022
                    && r.getAs("motive").equals("other")
                    && r.getAs("origin_group").equals("non_eu_efta"));
    assertThat(other2022.<Double>getAs("share")).isNull();
    assertThat(other2022.<String>getAs("share_status")).isEqualTo("not_available");
  }

  @Test
  void asylumRequestsOfSyriansIn2023AsPublished() {
    // 80059ned 2023* (PUBLISHED-FIGURES.md): eerste asielverzoeken 38 375, nareizigers 10 125;
    // Syrisch (NAT9444) 13 030 and 6 695. 13 030 / 38 375 = 33.95 %.
    List<Row> rows = ChapterFixture.sampleRows("asylum_requests");
    Row first =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2023
                    && "eerste asielverzoeken".equals(r.getAs("request_kind"))
                    && "NAT9444".equals(r.getAs("nationality_code")));
    assertThat(first.<Double>getAs("count")).isEqualTo(13030.0);
    assertThat(first.<Double>getAs("share")).isCloseTo(100.0 * 13030 / 38375, within(1e-9));
    assertThat(first.<Integer>getAs("rank")).isEqualTo(1);
    Row family =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2023
                    && "nareizigers".equals(r.getAs("request_kind"))
                    && "NAT9444".equals(r.getAs("nationality_code")));
    assertThat(family.<Double>getAs("share")).isCloseTo(100.0 * 6695 / 10125, within(1e-9));
  }

  @Test
  void topCountriesOfBirthRankedWithTheirShareOfTheTotal() {
    List<Row> rows = ChapterFixture.sampleRows("immigration_by_origin");
    // 03742 sample, 2017, all sexes: Irak (G008633) 4120 × 1.16 = 4779, total T001175 151362
    Row first =
        one(
            rows,
            r ->
                r.<Integer>getAs("year") == 2017
                    && "country".equals(r.getAs("level"))
                    && Integer.valueOf(1).equals(r.getAs("rank")));
    assertThat(first.<String>getAs("country_code")).isEqualTo("G008633");
    assertThat(first.<String>getAs("country_code_label")).isEqualTo("Irak");
    assertThat(first.<Double>getAs("count")).isEqualTo(4779.0);
    assertThat(first.<Double>getAs("share")).isCloseTo(100.0 * 4779 / 151362, within(1e-9));
    Row other =
        one(rows, r -> r.<Integer>getAs("year") == 2017 && "other".equals(r.getAs("level")));
    assertThat(other.<Double>getAs("count")).isEqualTo(151362.0 - 16818);
  }

  @Test
  void netherlandsAsylumApplicantsPerHundredThousand() {
    List<Row> rows = ChapterFixture.sampleRows("asylum_eu_comparison");
    // tps00191 sample NL 2022 = 47990; tps00001 sample NL 2022 = 17245522
    Row nl2022 =
        one(rows, r -> r.<Integer>getAs("year") == 2022 && "NL".equals(r.getAs("country_code")));
    assertThat(nl2022.<Double>getAs("applicants_per_100000"))
        .isCloseTo(47990.0 * 100000 / 17245522, within(1e-9));
    assertThat(nl2022.<Boolean>getAs("is_netherlands")).isTrue();
    // the sample holds only ASY_APP (as the data browser's download): all applicants, said so
    assertThat(nl2022.<String>getAs("applicant_type")).isEqualTo("alle aanvragers");
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
