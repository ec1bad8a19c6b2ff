package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's EU comparisons per 1 000 inhabitants as the sample job builds them ({@link
 * ChapterFixture#sampleJob}); every expected value is worked out from the sample files.
 */
class EuComparisonsSamplesTest {
  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> at(String geo, int year) {
    return r -> geo.equals(r.getAs("country_code")) && r.<Integer>getAs("year") == year;
  }

  @Test
  void immigrationPerThousandWithTheNetherlandsSeventhOfSixteen() {
    // eurostat-tsv/tps00176.tsv 2022: NL 264986 p; tps00001.tsv NL 1 January 2022 17245522:
    // 15.3655 per 1 000. Above NL: LU 33730 / 575667 = 58.59, CZ 346601 / 10831272 = 32.00,
    // EE 39421 / 1359340 = 29.00, IE 108491 / 4737613 = 22.90, AT 177070 / 8809467 = 20.10,
    // BE 196838 / 11554640 = 17.04; next ES 723178 / 48211835 = 15.00. HR 2022 is ':' and 16 of
    // the file's 17 members are ranked.
    List<Row> rows = ChapterFixture.sampleRows("immigration_eu_comparison");
    Row nl = one(rows, at("NL", 2022));
    assertThat(nl.<Double>getAs("immigrants")).isEqualTo(264986.0);
    assertThat(nl.<Double>getAs("immigrants_per_1000"))
        .isCloseTo(264986.0 * 1000 / 17245522, within(1e-9));
    assertThat(nl.<String>getAs("immigrants_per_1000_status")).isEqualTo("provisional");
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(7);
    assertThat(nl.<Integer>getAs("countries_ranked")).isEqualTo(16);
    assertThat(one(rows, at("LU", 2022)).<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, at("ES", 2022)).<Integer>getAs("rank")).isEqualTo(8);
    Row hr = one(rows, at("HR", 2022));
    assertThat(hr.<Integer>getAs("rank")).isNull();
    assertThat(hr.<String>getAs("immigrants_status")).isEqualTo("not_available");
    // EU27_2020 5121000 e over 454269024 e: shown, estimated, never ranked
    Row eu = one(rows, at("EU27_2020", 2022));
    assertThat(eu.<Integer>getAs("rank")).isNull();
    assertThat(eu.<Double>getAs("immigrants_per_1000"))
        .isCloseTo(5121000.0 * 1000 / 454269024, within(1e-9));
    assertThat(eu.<String>getAs("immigrants_per_1000_status")).isEqualTo("estimated");
    // Switzerland and Norway are outside the EU; the United Kingdom's 2019 figure has a rate but
    // no rank (not a member of the EU-27)
    assertThat(one(rows, at("CH", 2022)).<Integer>getAs("rank")).isNull();
    assertThat(one(rows, at("UK", 2019)).<Integer>getAs("rank")).isNull();
    assertThat(one(rows, at("UK", 2019)).<Double>getAs("immigrants_per_1000")).isNotNull();
  }

  @Test
  void firstPermitsPerThousandByReasonWithTheNetherlandsRankPerReason() {
    // migr_resfirst_sdmx-csv-2.0_action.csv NL 2023: TOTAL 92945, EDUC 21935; tps00001.tsv NL
    // 1 January 2023 17363733 p: 5.3528 and 1.2633 per 1 000. TOTAL 2023 per 1 000 (the labelled
    // migr_resfirst sample over tps00001): PL 18.00, HR 14.00, IE 10.50, ES 8.90, CZ 7.80,
    // EE 6.90, IT 6.40, SE 6.20, DK 6.00, EL 5.60, BE 63900 / 11590110 = 5.51, then NL: 12th of
    // 16. EDUC 2023: IE 17599 / 4788778 = 3.68, FR 121630 / 68139734 = 1.79, ES 64702 / 48466276
    // = 1.33, then NL: 4th.
    List<Row> rows = ChapterFixture.sampleRows("first_permits_eu_comparison");
    Predicate<Row> nl2023 = at("NL", 2023);
    Row total = one(rows, nl2023.and(r -> "TOTAL".equals(r.getAs("reason"))));
    assertThat(total.<Double>getAs("permits")).isEqualTo(92945.0);
    assertThat(total.<Double>getAs("permits_per_1000"))
        .isCloseTo(92945.0 * 1000 / 17363733, within(1e-9));
    assertThat(total.<String>getAs("permits_per_1000_status")).isEqualTo("provisional");
    assertThat(total.<Integer>getAs("rank")).isEqualTo(12);
    assertThat(total.<Integer>getAs("countries_ranked")).isEqualTo(16);
    Row study = one(rows, nl2023.and(r -> "EDUC".equals(r.getAs("reason"))));
    assertThat(study.<Double>getAs("permits_per_1000"))
        .isCloseTo(21935.0 * 1000 / 17363733, within(1e-9));
    assertThat(study.<Integer>getAs("rank")).isEqualTo(4);
    // IE 2023 "Other reasons" is empty: missing, unranked, and 15 members ranked on OTH
    Row irishOther = one(rows, at("IE", 2023).and(r -> "OTH".equals(r.getAs("reason"))));
    assertThat(irishOther.<Integer>getAs("rank")).isNull();
    assertThat(irishOther.<String>getAs("permits_status")).isEqualTo("not_available");
    Row dutchOther = one(rows, nl2023.and(r -> "OTH".equals(r.getAs("reason"))));
    assertThat(dutchOther.<Integer>getAs("countries_ranked")).isEqualTo(15);
    // the EU-27 (3 450 000 e over 453 380 939 bep) and Norway: shown, never ranked
    Row eu = one(rows, at("EU27_2020", 2023).and(r -> "TOTAL".equals(r.getAs("reason"))));
    assertThat(eu.<Integer>getAs("rank")).isNull();
    assertThat(eu.<Double>getAs("permits_per_1000"))
        .isCloseTo(3450000.0 * 1000 / 453380939, within(1e-9));
    assertThat(
            one(rows, at("NO", 2023).and(r -> "TOTAL".equals(r.getAs("reason"))))
                .<Integer>getAs("rank"))
        .isNull();
  }

  @Test
  void temporaryProtectionAtTheEndOfEachYearWithCbsBesideTheNetherlands() {
    // eurostat-tsv/migr_asytpsm.tsv NL TOTAL 2023-12 112865, UA 109480; tps00001.tsv NL 1 January
    // 2023 17363733 p: 6.5000 per 1 000. December 2023 above NL: CZ 379580 / 10845094 = 35.00,
    // EE 27.80, PL 23.50, IE 19.10, DE 14.60, AT 8.00, LU 3840 / 582133 = 6.60; DK 37460 /
    // 5763268 = 6.4998 just below: NL 8th of the file's 17 members.
    List<Row> rows = ChapterFixture.sampleRows("temporary_protection");
    Predicate<Row> december2023 = r -> "december 2023".equals(r.getAs("period"));
    Row nl = one(rows, december2023.and(r -> "NL".equals(r.getAs("country_code"))));
    assertThat(nl.<Double>getAs("beneficiaries")).isEqualTo(112865.0);
    assertThat(nl.<Double>getAs("ukrainians")).isEqualTo(109480.0);
    assertThat(nl.<Double>getAs("beneficiaries_per_1000"))
        .isCloseTo(112865.0 * 1000 / 17363733, within(1e-9));
    assertThat(nl.<String>getAs("beneficiaries_per_1000_status")).isEqualTo("provisional");
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(8);
    assertThat(nl.<Integer>getAs("countries_ranked")).isEqualTo(17);
    assertThat(nl.<Boolean>getAs("year_end")).isTrue();
    // 84809NED has no 2023 row of the motive: missing
    assertThat(nl.<String>getAs("cbs_immigrants_status")).isEqualTo("not_available");
    // December 2022: NL 85035 / 17245522 = 4.9308, 10th (BE 57150 / 11554640 = 4.9461 above);
    // beside it 84809NED's 2022 immigrants with motive tijdelijke bescherming (A052135) 108010
    Row nl2022 =
        one(
            rows,
            r -> "december 2022".equals(r.getAs("period")) && "NL".equals(r.getAs("country_code")));
    assertThat(nl2022.<Integer>getAs("rank")).isEqualTo(10);
    assertThat(nl2022.<Double>getAs("cbs_immigrants")).isEqualTo(108010.0);
    // August 2023: Luxembourg is ':' and unranked, 16 members ranked
    Row luxembourg =
        one(
            rows,
            r -> "augustus 2023".equals(r.getAs("period")) && "LU".equals(r.getAs("country_code")));
    assertThat(luxembourg.<Integer>getAs("rank")).isNull();
    assertThat(
            one(
                    rows,
                    r ->
                        "augustus 2023".equals(r.getAs("period"))
                            && "NL".equals(r.getAs("country_code")))
                .<Integer>getAs("countries_ranked"))
        .isEqualTo(16);
    assertThat(rows.stream().filter(r -> r.<Boolean>getAs("year_end")).map(r -> r.getAs("period")))
        .containsOnly("december 2022", "december 2023");
  }
}
