package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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
 * Issue 20 item 4, {@code temporary_protection}: monthly stocks per 1 000 inhabitants ranked per
 * month, the month that closes each year, and CBS's motive beside the Netherlands.
 */
class TemporaryProtectionTest {
  private static final TemporaryProtection TABLE = new TemporaryProtection();
  private static final Set<String> EUROSTAT = Set.of("eurostat:migr_asytpsm", "eurostat:tps00001");

  /** A migr_asytpsm cell as the bulk TSV reader yields it (unit PER is the measure). */
  private static String stock(String geo, String month, String citizen, String value) {
    return "eurostat:migr_asytpsm|PER|"
        + month
        + "|"
        + geo
        + "|citizen="
        + citizen
        + ",sex=T,age=TOTAL|"
        + value
        + "|"
        + (value.isEmpty() ? "not_available" : "");
  }

  private static String population(String geo, int year, String value) {
    return "eurostat:tps00001|JAN|" + year + "|" + geo + "||" + value + "|";
  }

  /** 84809NED's cell of motive "tijdelijke bescherming" in one year. */
  private static String cbs(int year, String value) {
    return "cbs:84809NED|ImmigrantenExclusiefEUEFTA|"
        + year
        + "||Migratiemotief=A052135,Geslacht=T001038,Verblijfsduur=A027954|"
        + value
        + "|";
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

  /** The row of a country in a month written {@code 2023-12}. */
  private static Predicate<Row> at(String geo, String month) {
    int year = Integer.parseInt(month.substring(0, 4));
    int m = Integer.parseInt(month.substring(5));
    return r ->
        geo.equals(r.getAs("country_code"))
            && r.<Integer>getAs("year") == year
            && r.<Integer>getAs("month") == m;
  }

  /** Invented stocks of NL, PL, NO and the EU-27 in 2022-11, 2022-12, 2023-01 and 2023-02. */
  private static List<String> fourMonths() {
    List<String> lines = new ArrayList<>();
    String[] months = {"2022-11", "2022-12", "2023-01", "2023-02"};
    String[] nl = {"82780", "85035", "87885", "90160"};
    String[] pl = {"976905", "974430", "977935", "975450"};
    for (int i = 0; i < months.length; i++) {
      lines.add(stock("NL", months[i], "TOTAL", nl[i]));
      lines.add(stock("NL", months[i], "UA", String.valueOf(Integer.parseInt(nl[i]) - 2000)));
      lines.add(stock("PL", months[i], "TOTAL", pl[i]));
      lines.add(stock("NO", months[i], "TOTAL", "40000"));
      lines.add(stock("EU27_2020", months[i], "TOTAL", "4900000"));
    }
    lines.addAll(
        List.of(
            population("NL", 2022, "17245522"),
            population("NL", 2023, "17363733"),
            population("PL", 2022, "40201775"),
            population("PL", 2023, "40449205"),
            population("NO", 2022, "5307661"),
            population("NO", 2023, "5329631"),
            population("EU27_2020", 2022, "454269024"),
            population("EU27_2020", 2023, "453380939")));
    return lines;
  }

  @Test
  void eachMonthIsRankedOverItsYearsPopulationAndTheYearEndIsMarked() {
    // NL 2022-12: 85 035 × 1 000 / 17 245 522 = 4.9308; PL 974 430 / 40 201 775 = 24.2385,
    // first; NO (outside the EU) and the EU-27 unranked. 2023-02: 90 160 / 17 363 733 = 5.1925,
    // over the population of 1 January 2023. December closes 2022; February, the last month
    // given, closes 2023.
    List<String> lines = fourMonths();
    lines.add(cbs(2022, "108010"));
    List<Row> rows =
        rows(
            Set.of("eurostat:migr_asytpsm", "eurostat:tps00001", "cbs:84809NED"),
            lines.toArray(String[]::new));
    Row december = one(rows, at("NL", "2022-12"));
    assertThat(december.<Double>getAs("beneficiaries")).isEqualTo(85035.0);
    assertThat(december.<Double>getAs("ukrainians")).isEqualTo(83035.0);
    assertThat(december.<Double>getAs("beneficiaries_per_1000"))
        .isCloseTo(85035.0 * 1000 / 17245522, within(1e-9));
    assertThat(december.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(december.<Integer>getAs("countries_ranked")).isEqualTo(2);
    assertThat(december.<Boolean>getAs("year_end")).isTrue();
    assertThat(december.<String>getAs("period")).isEqualTo("december 2022");
    // CBS's 2022 inflow with the motive beside the Netherlands' year-end stock, nowhere else
    assertThat(december.<Double>getAs("cbs_immigrants")).isEqualTo(108010.0);
    Row november = one(rows, at("NL", "2022-11"));
    assertThat(november.<Boolean>getAs("year_end")).isFalse();
    assertThat(november.<Double>getAs("cbs_immigrants")).isNull();
    assertThat(november.<String>getAs("cbs_immigrants_status")).isEqualTo("not_applicable");
    assertThat(one(rows, at("PL", "2022-12")).<String>getAs("cbs_immigrants_status"))
        .isEqualTo("not_applicable");
    assertThat(one(rows, at("PL", "2022-12")).<Integer>getAs("rank")).isEqualTo(1);
    Row february = one(rows, at("NL", "2023-02"));
    assertThat(february.<Boolean>getAs("year_end")).isTrue();
    assertThat(february.<Double>getAs("beneficiaries_per_1000"))
        .isCloseTo(90160.0 * 1000 / 17363733, within(1e-9));
    // no CBS figure for 2023: missing, not "does not apply"
    assertThat(february.<String>getAs("cbs_immigrants_status")).isEqualTo("not_available");
    assertThat(one(rows, at("NO", "2022-12")).<Integer>getAs("rank")).isNull();
    Row eu = one(rows, at("EU27_2020", "2022-12"));
    assertThat(eu.<Integer>getAs("rank")).isNull();
    assertThat(eu.<String>getAs("level")).isEqualTo("aggregate");
    // PL's Ukrainians are not in the input: missing, said so
    assertThat(one(rows, at("PL", "2022-12")).<String>getAs("ukrainians_status"))
        .isEqualTo("not_available");
  }

  @Test
  void aMonthWithoutItsYearsPopulationHasNoRateAndNoRank() {
    // tps00001 has no 1 January 2024 yet: January 2024's stock is shown, unranked
    List<Row> rows =
        rows(
            EUROSTAT,
            stock("NL", "2023-12", "TOTAL", "112865"),
            stock("NL", "2024-01", "TOTAL", "114000"),
            population("NL", 2023, "17363733"));
    Row january = one(rows, at("NL", "2024-01"));
    assertThat(january.<Double>getAs("beneficiaries")).isEqualTo(114000.0);
    assertThat(january.<Double>getAs("beneficiaries_per_1000")).isNull();
    assertThat(january.<String>getAs("beneficiaries_per_1000_status")).isEqualTo("not_available");
    assertThat(january.<Integer>getAs("rank")).isNull();
    assertThat(one(rows, at("NL", "2023-12")).<Integer>getAs("rank")).isEqualTo(1);
    // without 84809NED the Netherlands' year-end CBS cell is missing
    assertThat(one(rows, at("NL", "2023-12")).<String>getAs("cbs_immigrants_status"))
        .isEqualTo("not_available");
  }

  @Test
  void allCitizensAreCountedOnceBesideTheUkrainians() {
    // TOTAL is preferred to EXT_EU27_2020; UA is a column of its own, never added to them
    List<Row> rows =
        rows(
            EUROSTAT,
            stock("NL", "2023-12", "TOTAL", "112865"),
            stock("NL", "2023-12", "EXT_EU27_2020", "112860"),
            stock("NL", "2023-12", "UA", "109480"),
            population("NL", 2023, "17363733"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<Double>getAs("beneficiaries")).isEqualTo(112865.0);
    assertThat(rows.get(0).<Double>getAs("ukrainians")).isEqualTo(109480.0);
  }
}
