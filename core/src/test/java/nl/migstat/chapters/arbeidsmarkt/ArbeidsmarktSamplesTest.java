package nl.migstat.chapters.arbeidsmarkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterTable;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chapter on {@code data-samples/arbeidsmarkt/}, read through the real readers; every expected
 * value below was computed by hand from the cells of the sample files.
 */
class ArbeidsmarktSamplesTest {
  private static ChapterRun run;

  @BeforeAll
  static void readSamples() {
    Map<java.nio.file.Path, String> files = new HashMap<>();
    files.put(SharedData.samples().resolve("arbeidsmarkt"), null);
    run = new ChapterRun(files);
  }

  private static Row find(List<Row> rows, Map<String, Object> where) {
    return rows.stream()
        .filter(
            r ->
                where.entrySet().stream()
                    .allMatch(e -> Objects.equals(r.getAs(e.getKey()), e.getValue())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + where));
  }

  @Test
  void thePublishedRateWinsOverTheRateRecomputedFromRoundedCounts() {
    // 82809NED 2019, westers: WerklozeBeroepsbevolking_20 41, Beroepsbevolking_2 946 → 4.33;
    // the file publishes 4.4 (CBS rounds from unrounded counts): the table shows 4.4.
    Row westers =
        find(
            run.rows("unemployment_by_background"),
            Map.of("year", 2019, "background_code", "2012655", "sex", "Totaal"));
    assertThat(westers.<Double>getAs("labour_force")).isEqualTo(946.0);
    assertThat(westers.<Double>getAs("unemployed")).isEqualTo(41.0);
    assertThat(westers.<Double>getAs("unemployment_rate")).isEqualTo(4.4);
    assertThat(westers.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    // Dutch background 2019 published 2.8 → gap 4.4 − 2.8 = 1.6 percentage points (between the
    // published rates; the recomputed ones gave 4.3 − 2.8 = 1.5).
    assertThat(westers.<Double>getAs("gap_pp")).isEqualTo(1.6);
    assertThat(westers.<String>getAs("classification")).isEqualTo("migratieachtergrond (tot 2022)");
  }

  @Test
  void moroccanOriginBornInTheNetherlandsShowsThePublished94Not92() {
    // 85456NED 2024 Q1, geboren in Nederland, herkomst Marokko: 13 / 142 = 9.15 → 9.2, CBS
    // publishes 9.4 (PUBLISHED-FIGURES.md). Gap to herkomst Nederland (published 2.7): 6.7.
    Row marokko =
        find(
            run.rows("unemployment_by_background"),
            Map.of("year", 2024, "quarter", 1, "background_code", "H008673"));
    assertThat(marokko.<String>getAs("background_code_label")).isEqualTo("Marokko");
    assertThat(marokko.<String>getAs("birthplace")).isEqualTo("Geboren in Nederland");
    assertThat(marokko.<Double>getAs("labour_force")).isEqualTo(142.0);
    assertThat(marokko.<Double>getAs("unemployed")).isEqualTo(13.0);
    assertThat(marokko.<Double>getAs("unemployment_rate")).isEqualTo(9.4);
    assertThat(marokko.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    assertThat(marokko.<Double>getAs("gap_pp")).isEqualTo(6.7);
  }

  @Test
  void bornInTheNetherlands2024Q1MatchesCbsPublishedFigures() {
    // PUBLISHED-FIGURES.md, 85456NED 2024 Q1, born in NL, Totaal: LF 8 590k, unemployed 295k,
    // rate 3.4 %; population 11 166k, employed 8 295k, netto participation 74.3 %.
    Map<String, Object> where =
        Map.of(
            "year",
            2024,
            "quarter",
            1,
            "background_code",
            "T001040",
            "birthplace",
            "Geboren in Nederland");
    Row unemployment = find(run.rows("unemployment_by_background"), where);
    assertThat(unemployment.<Double>getAs("labour_force")).isEqualTo(8590.0);
    assertThat(unemployment.<Double>getAs("unemployed")).isEqualTo(295.0);
    assertThat(unemployment.<Double>getAs("unemployment_rate")).isEqualTo(3.4);
    Row participation = find(run.rows("participation_by_background"), where);
    assertThat(participation.<Double>getAs("population")).isEqualTo(11166.0);
    assertThat(participation.<Double>getAs("employed")).isEqualTo(8295.0);
    assertThat(participation.<Double>getAs("participation_rate")).isEqualTo(74.3);
  }

  @Test
  void newClassificationRowsCarryTheBirthplaceAndAGapToDutchOrigin() {
    // 85456NED 2023, geboren buiten Nederland, Buiten Europa: published 7.5 (66 / 876 = 7.53);
    // herkomst Nederland, all birthplaces: published 2.8 (208 / 7438 = 2.80) → gap 4.7.
    Row row =
        find(
            run.rows("unemployment_by_background"),
            Map.of(
                "year",
                2023,
                "background_code",
                "H008859",
                "birthplace",
                "Geboren buiten Nederland"));
    assertThat(row.<Double>getAs("unemployment_rate")).isEqualTo(7.5);
    assertThat(row.<Double>getAs("gap_pp")).isEqualTo(4.7);
    assertThat(row.<String>getAs("age_band")).isEqualTo("15 tot 75 jaar");
    Row quarter =
        find(
            run.rows("unemployment_by_background"),
            Map.of("year", 2021, "quarter", 1, "background_code", "2012657"));
    // Published 9.7; 112 / 1152 = 9.72 agrees.
    assertThat(quarter.<Double>getAs("unemployment_rate")).isEqualTo(9.7);
  }

  @Test
  void aRateCbsDoesNotPublishStaysMissingWithItsReason() {
    // 82809NED 2021 men, niet-westers: unemployed and the rate are "." (labour force too).
    Row men =
        find(
            run.rows("unemployment_by_background"),
            Map.of("year", 2021, "background_code", "2012657", "sex", "Mannen"));
    assertThat(men.<Double>getAs("unemployment_rate")).isNull();
    assertThat(men.<String>getAs("unemployment_rate_status")).isEqualTo("not_available");
    assertThat(men.<String>getAs("gap_pp_status")).isEqualTo("not_available");
  }

  @Test
  void participationIsThePublishedNetRate() {
    // 82809NED 2019 total: published 69.0 (8980 / 13010 = 69.02); Dutch 70.6 (7052 / 9990 =
    // 70.59) → gap 69.0 − 70.6 = −1.6.
    Row total =
        find(
            run.rows("participation_by_background"),
            Map.of("year", 2019, "background_code", "T001040"));
    assertThat(total.<Double>getAs("participation_rate")).isEqualTo(69.0);
    assertThat(total.<Double>getAs("gap_pp")).isEqualTo(-1.6);
  }

  @Test
  void euComparisonRanksEuMembersOnlyOnLfsRatesAlone() {
    // lfsa_urgacob 2023: NL NAT 3.0, NEU27_2020_FOR 7.6 → gap 4.6, the smallest of the 6 EU
    // members (BE 11.1, DE 5.2, ES 6.8, FR 6.5, SE 12.5); CH (3.2) is no member and EA20 and
    // EU27_2020 are aggregates: shown, not ranked.
    List<Row> rows = run.rows("unemployment_eu_comparison");
    Row nl = find(rows, Map.of("year", 2023, "country", "NL"));
    assertThat(nl.<Double>getAs("native_born_rate")).isEqualTo(3.0);
    assertThat(nl.<Double>getAs("non_eu_born_rate")).isEqualTo(7.6);
    assertThat(nl.<Double>getAs("gap_pp")).isEqualTo(4.6);
    assertThat(nl.<Integer>getAs("gap_rank")).isEqualTo(1);
    assertThat(nl.<Integer>getAs("countries_ranked")).isEqualTo(6);
    assertThat(nl.<Boolean>getAs("is_netherlands")).isTrue();
    assertThat(nl.<Boolean>getAs("eu_member")).isTrue();
    // The total is lfsa_urgacob's TOTAL 3.5, not une_rt_a's 3.6 (also in the sample): one source.
    assertThat(nl.<Double>getAs("total_rate")).isEqualTo(3.5);
    assertThat(nl.<String>getAs("source")).isEqualTo("eurostat:lfsa_urgacob");
    assertThat(run.table("unemployment_eu_comparison").sources())
        .containsExactly("eurostat:lfsa_urgacob");
    // Totals 2023 of the members: DE 2.9, NL 3.5, BE 5.6, SE 6.8, FR 7.2, ES 11.9 → NL second.
    assertThat(nl.<Integer>getAs("total_rank")).isEqualTo(2);
    Row switzerland = find(rows, Map.of("year", 2023, "country", "CH"));
    assertThat(switzerland.<Double>getAs("gap_pp")).isEqualTo(3.2); // 6.4 − 3.2
    assertThat(switzerland.<Integer>getAs("gap_rank")).isNull();
    assertThat(switzerland.<Boolean>getAs("eu_member")).isFalse();
    assertThat(find(rows, Map.of("year", 2023, "country", "SE")).<Integer>getAs("gap_rank"))
        .isEqualTo(6); // 17.9 − 5.4 = 12.5
    for (String aggregate : List.of("EU27_2020", "EA20")) {
      Row row = find(rows, Map.of("year", 2023, "country", aggregate));
      assertThat(row.<Integer>getAs("gap_rank")).isNull();
      assertThat(row.<Integer>getAs("total_rank")).isNull();
    }
    Row nl2021 = find(rows, Map.of("year", 2021, "country", "NL"));
    assertThat(nl2021.<String>getAs("native_born_rate_status")).isEqualTo("break"); // 3.9 b
    assertThat(nl2021.<String>getAs("total_rate_status")).isEqualTo("break"); // TOTAL 4.4 b
  }

  @Test
  void withOnlyUneRtATheEuTableIsBuiltFromItAloneAndSaysSo() {
    // une_rt_a 2023 PC_ACT: NL 3.6, CBS's published 2023 average (PUBLISHED-FIGURES.md).
    // Members' totals: DE 2.9, NL 3.6, BE 5.6, SE 6.8, FR 7.2, ES 11.9 → NL second.
    ChapterRun alone =
        new ChapterRun(
            Map.of(SharedData.samples().resolve("arbeidsmarkt/une_rt_a.tsv"), "eurostat:une_rt_a"));
    ChapterTable table = alone.table("unemployment_eu_comparison");
    assertThat(table.info().title()).isEqualTo("Werkloosheid in de EU, totaal (Eurostat une_rt_a)");
    assertThat(table.sources()).containsExactly("eurostat:une_rt_a");
    Row nl = find(alone.rows("unemployment_eu_comparison"), Map.of("year", 2023, "country", "NL"));
    assertThat(nl.<Double>getAs("total_rate")).isEqualTo(3.6);
    assertThat(nl.<Integer>getAs("total_rank")).isEqualTo(2);
    assertThat(nl.<Double>getAs("non_eu_born_rate")).isNull();
    assertThat(nl.<String>getAs("non_eu_born_rate_status")).isEqualTo("not_available");
    assertThat(nl.<Integer>getAs("gap_rank")).isNull();
  }

  @Test
  void theTrendSwitchesClassificationIn2022AndMarksTheBreak() {
    List<Row> rows = run.rows("labour_trend");
    // 2021 comes from 82809NED (published 5.0), not from 85456NED's back-cast 5.4.
    Row before = find(rows, Map.of("series", "westers-europa", "year", 2021));
    assertThat(before.<String>getAs("background_code")).isEqualTo("2012655");
    assertThat(before.<Double>getAs("unemployment_rate")).isEqualTo(5.0);
    Row change = find(rows, Map.of("series", "westers-europa", "year", 2022));
    assertThat(change.<String>getAs("background_code")).isEqualTo("H007933");
    assertThat(change.<Double>getAs("unemployment_rate")).isEqualTo(5.0); // published 5.0
    assertThat(change.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    assertThat(change.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(change.<String>getAs("continuity")).isEqualTo("breuk: nieuwe indeling vanaf 2022");
    // Nederlandse achtergrond → herkomst Nederland: joined, with a minor break in 2022.
    Row dutch = find(rows, Map.of("series", "nederland", "year", 2022));
    assertThat(dutch.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(dutch.<String>getAs("continuity"))
        .isEqualTo("kleine breuk: nieuwe indeling vanaf 2022");
    Row total = find(rows, Map.of("series", "totaal", "year", 2022));
    assertThat(total.<String>getAs("unemployment_rate_status")).isNull();
    assertThat(total.<String>getAs("continuity")).isEqualTo("doorlopend");
  }

  @Test
  void theTablesByBackgroundCarryTheBreakToo() {
    // 82809NED gives 2019-2021, 85456NED 2021 (back-cast)-2023: the first new-classification
    // year from 2022 of a broken series is 2022, annual; and 2023 Q4 for the quarters (the first
    // new quarter in the sample after 82809NED's 2021 Q1-Q2).
    List<Row> rows = run.rows("unemployment_by_background");
    Map<String, Object> outsideEurope2022 =
        Map.of("year", 2022, "background_code", "H008859", "birthplace", "Totaal");
    Row row = find(rows, outsideEurope2022);
    assertThat(row.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(row.<String>getAs("labour_force_status")).isEqualTo("break");
    assertThat(row.<String>getAs("classification_break")).isEqualTo(ClassificationBreak.BREAK_TEXT);
    Row dutch = find(rows, Map.of("year", 2022, "background_code", "1012600"));
    assertThat(dutch.<String>getAs("classification_break"))
        .isEqualTo(ClassificationBreak.MINOR_BREAK_TEXT);
    Row later =
        find(rows, Map.of("year", 2023, "background_code", "H008859", "birthplace", "Totaal"));
    assertThat(later.<String>getAs("classification_break")).isNull();
    Row quarter = find(rows, Map.of("year", 2023, "quarter", 4, "background_code", "H008859"));
    assertThat(quarter.<String>getAs("classification_break"))
        .isEqualTo(ClassificationBreak.BREAK_TEXT);
    Row total = find(rows, Map.of("year", 2022, "background_code", "T001040"));
    assertThat(total.<String>getAs("classification_break")).isNull();
    Row participation = find(run.rows("participation_by_background"), outsideEurope2022);
    assertThat(participation.<String>getAs("participation_rate_status")).isEqualTo("break");
    assertThat(run.table("participation_by_background").info().footnotes())
        .contains(ClassificationBreak.FOOTNOTE);
  }
}
