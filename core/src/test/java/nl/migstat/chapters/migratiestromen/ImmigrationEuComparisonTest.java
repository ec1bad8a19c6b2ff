package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import nl.migstat.chapters.Labelling;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2, {@code immigration_eu_comparison}, and the pattern the three EU comparisons per
 * inhabitant share ({@link EuPerCapita}): the rate, the rank among EU members with a figure, and
 * what is never ranked.
 */
class ImmigrationEuComparisonTest {
  private static final ImmigrationEuComparison TABLE = new ImmigrationEuComparison();

  /** A migr_imm1ctz cell as the bulk TSV reader yields it (unit NR is the measure). */
  private static String imm1ctz(String geo, int year, String dims, String value) {
    return "eurostat:migr_imm1ctz|NR|" + year + "|" + geo + "|" + dims + "|" + value + "|";
  }

  private static String tps00176(String geo, int year, String value) {
    return "eurostat:tps00176|NR|"
        + year
        + "|"
        + geo
        + "|citizen=TOTAL,agedef=COMPLET,age=TOTAL,sex=T|"
        + value
        + "|"
        + (value.isEmpty() ? "not_available" : "");
  }

  private static String population(String geo, int year, String value) {
    return "eurostat:tps00001|JAN|" + year + "|" + geo + "||" + value + "|";
  }

  private static List<Row> rows(Set<String> sources, String... lines) {
    ChapterInputs inputs =
        new ChapterInputs(InlineRows.observations(lines), InlineRows.codes(), sources, 2023, 2021);
    ChapterTable table = Labelling.labelled(TABLE.buildFrom(inputs), TABLE.codeLists(), inputs);
    assertThat(table.skipReason()).isNull();
    return table.rows().collectAsList();
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> at(String geo) {
    return r -> geo.equals(r.getAs("country_code"));
  }

  @Test
  void migrImm1ctzTotalUnderOneAgeDefinitionWinsOverTps00176() {
    // migr_imm1ctz NL 2022: all citizens, all ages, both sexes 264 986 under both age definitions
    // (COMPLET and REACH), and breakdowns by citizenship and sex that must not be added to it;
    // tps00176 (invented 999 999) is only the fallback. 264 986 × 1 000 / 17 245 522 = 15.3655
    List<Row> rows =
        rows(
            Set.of("eurostat:migr_imm1ctz", "eurostat:tps00176", "eurostat:tps00001"),
            imm1ctz("NL", 2022, "citizen=TOTAL,agedef=COMPLET,age=TOTAL,sex=T", "264986"),
            imm1ctz("NL", 2022, "citizen=TOTAL,agedef=REACH,age=TOTAL,sex=T", "264986"),
            imm1ctz("NL", 2022, "citizen=NAT,agedef=COMPLET,age=TOTAL,sex=T", "53570"),
            imm1ctz("NL", 2022, "citizen=TOTAL,agedef=COMPLET,age=TOTAL,sex=F", "116625"),
            tps00176("NL", 2022, "999999"),
            population("NL", 2022, "17245522"));
    Row nl = one(rows, at("NL"));
    assertThat(nl.<Double>getAs("immigrants")).isEqualTo(264986.0);
    assertThat(nl.<Double>getAs("immigrants_per_1000"))
        .isCloseTo(264986.0 * 1000 / 17245522, within(1e-9));
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(nl.<Integer>getAs("countries_ranked")).isEqualTo(1);
    assertThat(nl.<Boolean>getAs("is_netherlands")).isTrue();
  }

  @Test
  void onlyMembersWithAFigureAreRankedAndEqualRatesShareARank() {
    // per 1 000 in 2022 (invented): LU 58 (58 000 / 1 000 000), BE 15 (150 000 / 10 000 000), NL
    // 15 (255 000 / 17 000 000), PL 5; HR missing; NO 10 (outside the EU), UK 9 (a former member)
    // and EU27_2020 11 (an aggregate) shown without a rank. BE and NL tie at 15: both rank 2, PL
    // is 4th of 4 ranked.
    List<Row> rows =
        rows(
            Set.of("eurostat:tps00176", "eurostat:tps00001"),
            tps00176("LU", 2022, "58000"),
            tps00176("BE", 2022, "150000"),
            tps00176("NL", 2022, "255000"),
            tps00176("PL", 2022, "200000"),
            tps00176("HR", 2022, ""),
            tps00176("NO", 2022, "50000"),
            tps00176("UK", 2022, "603000"),
            tps00176("EU27_2020", 2022, "4950000"),
            population("LU", 2022, "1000000"),
            population("BE", 2022, "10000000"),
            population("NL", 2022, "17000000"),
            population("PL", 2022, "40000000"),
            population("HR", 2022, "3900000"),
            population("NO", 2022, "5000000"),
            population("UK", 2022, "67000000"),
            population("EU27_2020", 2022, "450000000"));
    assertThat(one(rows, at("LU")).<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, at("BE")).<Integer>getAs("rank")).isEqualTo(2);
    assertThat(one(rows, at("NL")).<Integer>getAs("rank")).isEqualTo(2);
    Row pl = one(rows, at("PL"));
    assertThat(pl.<Integer>getAs("rank")).isEqualTo(4);
    assertThat(pl.<Integer>getAs("countries_ranked")).isEqualTo(4);
    Row hr = one(rows, at("HR"));
    assertThat(hr.<Integer>getAs("rank")).isNull();
    assertThat(hr.<Double>getAs("immigrants_per_1000")).isNull();
    assertThat(hr.<String>getAs("immigrants_per_1000_status")).isEqualTo("not_available");
    for (String unranked : List.of("NO", "UK", "EU27_2020")) {
      assertThat(one(rows, at(unranked)).<Integer>getAs("rank")).as(unranked).isNull();
    }
    Row eu = one(rows, at("EU27_2020"));
    assertThat(eu.<String>getAs("level")).isEqualTo("aggregate");
    assertThat(eu.<String>getAs("level_label")).isEqualTo("Groep van landen");
    assertThat(eu.<Double>getAs("immigrants_per_1000")).isCloseTo(11.0, within(1e-9));
    assertThat(one(rows, at("NO")).<String>getAs("level_label")).isEqualTo("Land buiten de EU");
    assertThat(one(rows, at("NL")).<String>getAs("country_code_label")).isEqualTo("Nederland");
    // members by rank first, then the aggregates, then the rest
    assertThat(rows.stream().map(r -> r.<String>getAs("country_code")).toList())
        .containsExactly("LU", "BE", "NL", "PL", "HR", "EU27_2020", "NO", "UK");
  }

  @Test
  void aYearWithoutItsPopulationHasNoRateAndNoRank() {
    // tps00001 has no 1 January 2023 yet: the 2023 figure is shown, its rate is missing, so no
    // country is ranked that year
    List<Row> rows =
        rows(
            Set.of("eurostat:tps00176", "eurostat:tps00001"),
            tps00176("NL", 2022, "264986"),
            tps00176("NL", 2023, "280000"),
            population("NL", 2022, "17245522"));
    Row y2023 = one(rows, r -> r.<Integer>getAs("year") == 2023);
    assertThat(y2023.<Double>getAs("immigrants")).isEqualTo(280000.0);
    assertThat(y2023.<Double>getAs("immigrants_per_1000")).isNull();
    assertThat(y2023.<String>getAs("immigrants_per_1000_status")).isEqualTo("not_available");
    assertThat(y2023.<Integer>getAs("rank")).isNull();
  }

  @Test
  void aProvisionalCountMakesItsRateProvisional() {
    List<Row> rows =
        rows(
            Set.of("eurostat:tps00176", "eurostat:tps00001"),
            "eurostat:tps00176|NR|2022|NL|citizen=TOTAL,agedef=COMPLET,age=TOTAL,sex=T|264986|"
                + "provisional",
            population("NL", 2022, "17245522"));
    Row nl = one(rows, at("NL"));
    assertThat(nl.<String>getAs("immigrants_status")).isEqualTo("provisional");
    assertThat(nl.<String>getAs("immigrants_per_1000_status")).isEqualTo("provisional");
    assertThat(nl.<String>getAs("population_status")).isNull();
  }
}
