package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Naturalisation as the sample job builds it from 37199ned (CBS's published totals), migr_acq and
 * migr_pop1ctz; and CBS's total winning over Eurostat's on inline rows.
 */
class NaturalisationTest {
  private static Row one(List<Row> rows, int year, String part, String code) {
    Predicate<Row> which =
        r ->
            r.<Integer>getAs("year") == year
                && part.equals(r.getAs("part"))
                && code.equals(r.getAs("code"));
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void formerNationalitiesRankedWithTheirShareOfThePublishedTotal() {
    List<Row> rows = ChapterFixture.sampleRows("naturalisation");
    // 37199ned 2021: 62 959 (the men-only row 30 110 is not taken); migr_acq NL SY 2021 25 840
    Row total = one(rows, 2021, "former_nationality", "total");
    assertThat(total.<Double>getAs("count")).isEqualTo(62959.0);
    Row syria = one(rows, 2021, "former_nationality", "SY");
    assertThat(syria.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(syria.<Double>getAs("share")).isCloseTo(100.0 * 25840 / 62959, within(1e-9));
    assertThat(syria.<String>getAs("code_label")).isEqualTo("Syrië");
    // Staatloos (STLS, 6 180) would be second: a group, never ranked nor shown. Tenth is PL (560);
    // UA (500) is eleventh and left out.
    assertThat(rows)
        .noneMatch(r -> "STLS".equals(r.getAs("code")) || "UNK".equals(r.getAs("code")));
    assertThat(one(rows, 2021, "former_nationality", "ER").<Integer>getAs("rank")).isEqualTo(2);
    assertThat(one(rows, 2021, "former_nationality", "PL").<Integer>getAs("rank")).isEqualTo(10);
    assertThat(rows)
        .noneMatch(
            r -> "UA".equals(r.getAs("code")) && "former_nationality".equals(r.getAs("part")));
  }

  @Test
  void euComparisonPerHundredNonNationalsRanksMembersOnly() {
    List<Row> rows = ChapterFixture.sampleRows("naturalisation");
    // 2021: SE 89 385 / 881 200 = 10.14; NL 62 959 / 1 225 900 = 5.14; BE 42 240 / 1 492 300 =
    // 2.83; DE 131 595 / 10 585 100 = 1.24; PL has no non-nationals (': '): no rate, no rank;
    // NO 25 710 / 623 700 = 4.12 is outside the EU and EU27_2020 an aggregate: shown, unranked.
    Row nl = one(rows, 2021, "eu_comparison", "NL");
    assertThat(nl.<Double>getAs("per_100_non_nationals"))
        .isCloseTo(100.0 * 62959 / 1225900, within(1e-9));
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(one(rows, 2021, "eu_comparison", "SE").<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, 2021, "eu_comparison", "DE").<Integer>getAs("rank")).isEqualTo(4);
    Row pl = one(rows, 2021, "eu_comparison", "PL");
    assertThat(pl.<Double>getAs("per_100_non_nationals")).isNull();
    assertThat(pl.<Integer>getAs("rank")).isNull();
    Row norway = one(rows, 2021, "eu_comparison", "NO");
    assertThat(norway.<String>getAs("level")).isEqualTo("other");
    assertThat(norway.<Integer>getAs("rank")).isNull();
    Row eu = one(rows, 2021, "eu_comparison", "EU27_2020");
    assertThat(eu.<String>getAs("level")).isEqualTo("aggregate");
    assertThat(eu.<Integer>getAs("rank")).isNull();
  }

  @Test
  void cbsPublishedTotalWinsOverEurostatsAndStandsInWhereEurostatHasNone() {
    // CBS 2021 62 959 against a migr_acq NL total of 63 000: the share of SY is of 62 959; 2022
    // has only Eurostat's total (70 000)
    String acq = "eurostat:migr_acq|NR|%s|NL|citizen=%s,agedef=COMPLET,age=TOTAL,sex=T|%s|";
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(
                "cbs:37199ned|TotaalVerkrijgingNederlanderschap_1|2021||Geslacht=T001038|62959|",
                String.format(Locale.ROOT, acq, "2021", "TOTAL", "63000"),
                String.format(Locale.ROOT, acq, "2021", "SY", "25840"),
                String.format(Locale.ROOT, acq, "2022", "TOTAL", "70000")),
            InlineRows.codes(),
            Set.of("cbs:37199ned", "eurostat:migr_acq"),
            2023,
            2021);
    ChapterTable table = new Naturalisation().buildFrom(inputs);
    assertThat(table.sources()).containsExactly("cbs:37199ned", "eurostat:migr_acq");
    List<Row> rows = table.rows().collectAsList();
    assertThat(one(rows, 2021, "former_nationality", "total").<Double>getAs("count"))
        .isEqualTo(62959.0);
    assertThat(one(rows, 2021, "former_nationality", "SY").<Double>getAs("share"))
        .isCloseTo(100.0 * 25840 / 62959, within(1e-9));
    assertThat(one(rows, 2022, "former_nationality", "total").<Double>getAs("count"))
        .isEqualTo(70000.0);
    // without migr_pop1ctz the rate is missing, never a guess
    assertThat(one(rows, 2021, "eu_comparison", "NL").<String>getAs("per_100_non_nationals_status"))
        .isEqualTo("not_available");
  }
}
