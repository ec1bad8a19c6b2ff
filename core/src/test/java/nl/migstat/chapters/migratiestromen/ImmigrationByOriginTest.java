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
 * Issue 16 rule 2 on {@code immigration_by_origin}: only single countries are ranked, a missing
 * value never is, continents are the source's own totals, "overig" is total − shown and never
 * negative.
 */
class ImmigrationByOriginTest {
  private static final ImmigrationByOrigin TABLE = new ImmigrationByOrigin();

  /** One 03742 cell of 2022 ({@code value} empty = missing, then status not_available). */
  private static String cell(String code, String value) {
    return "cbs:03742|Immigratie_1|2022|NL01|Geboorteland="
        + code
        + ",Geslacht=T001038|"
        + value
        + "|"
        + (value.isEmpty() ? "not_available" : "");
  }

  /** The table built and labelled, as a run makes it. */
  private static ChapterTable build(String... cells) {
    List<String> lines = new ArrayList<>(List.of(cells));
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(lines.toArray(String[]::new)),
            InlineRows.codes(),
            Set.of("cbs:03742"),
            2023,
            2021);
    return Labelling.labelled(TABLE.buildFrom(inputs), TABLE.codeLists(), inputs);
  }

  private static List<Row> rows(String... cells) {
    ChapterTable table = build(cells);
    assertThat(table.skipReason()).isNull();
    return table.rows().collectAsList();
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> named(String name) {
    return r -> name.equals(r.getAs("country_code_label"));
  }

  @Test
  void continentsAreTheSourcesOwnTotalsNotSumsOfTheListedCountries() {
    // PUBLISHED-FIGURES.md, CBS 03742 2022: total 403 108; Europa (incl. NL) 280 178, Azië 68 449,
    // Amerika 29 328, Afrika 23 586, Oceanië 1 567 (together 403 108); Afghanistan 3 709.
    // Invented here: Syrië 9 000 and Nederland 45 000.
    List<Row> rows =
        rows(
            cell("T001175", "403108"),
            cell("G008519", "23586"),
            cell("G008520", "29328"),
            cell("G008524", "68449"),
            cell("G008525", "280178"),
            cell("G008531", "1567"),
            cell("G008533", "3709"),
            cell("G008753", "9000"),
            cell("G008691", "45000"));
    // Azië is the published 68 449, not Afghanistan + Syrië = 3 709 + 9 000 = 12 709
    Row asia = one(rows, named("Azië"));
    assertThat(asia.<Double>getAs("count")).isEqualTo(68449.0);
    assertThat(asia.<String>getAs("level")).isEqualTo("continent");
    assertThat(asia.<Integer>getAs("rank")).isNull();
    assertThat(asia.<Double>getAs("share")).isCloseTo(100.0 * 68449 / 403108, within(1e-9));
    assertThat(one(rows, named("Europa (inclusief Nederland)")).<Double>getAs("count"))
        .isEqualTo(280178.0);
    // ranks: Nederland 45 000, Syrië 9 000, Afghanistan 3 709; no continent, no total ranked
    assertThat(rows.stream().filter(r -> r.getAs("rank") != null).map(r -> r.getAs("country_code")))
        .containsExactly("G008691", "G008753", "G008533");
    Row afghanistan = one(rows, named("Afghanistan"));
    assertThat(afghanistan.<Double>getAs("share")).isCloseTo(100.0 * 3709 / 403108, within(1e-9));
    // overig = 403 108 − (45 000 + 9 000 + 3 709) = 345 399
    assertThat(one(rows, named("Overige landen")).<Double>getAs("count")).isEqualTo(345399.0);
    assertThat(one(rows, named("Totaal")).<Double>getAs("count")).isEqualTo(403108.0);
  }

  @Test
  void anAggregateAndAMissingValueAreNeverRanked() {
    // G008806 (born abroad, an aggregate) at 350 000 would be first if it were ranked; Iran has no
    // figure (CBS '.'). Ranked: Syrië 9 000, then Afghanistan 3 709, nothing else.
    List<Row> rows =
        rows(
            cell("T001175", "403108"),
            cell("G008806", "350000"),
            cell("G008753", "9000"),
            cell("G008533", "3709"),
            cell("G008634", ""));
    assertThat(rows.stream().filter(r -> r.getAs("rank") != null).map(r -> r.getAs("country_code")))
        .containsExactly("G008753", "G008533");
    assertThat(rows).noneMatch(r -> "G008806".equals(r.getAs("country_code")));
    // Iran stays inside overig: 403 108 − (9 000 + 3 709) = 390 399
    assertThat(one(rows, named("Overige landen")).<Double>getAs("count")).isEqualTo(390399.0);
  }

  @Test
  void withoutContinentTotalsInTheSourceEachContinentIsMissingNotAPartialSum() {
    List<Row> rows =
        rows(cell("T001175", "403108"), cell("G008753", "9000"), cell("G008533", "3709"));
    Row asia = one(rows, named("Azië"));
    assertThat(asia.<Double>getAs("count")).isNull();
    assertThat(asia.<String>getAs("count_status")).isEqualTo("not_available");
    assertThat(rows.stream().filter(r -> "continent".equals(r.getAs("level")))).hasSize(5);
  }

  @Test
  void withoutATotalOverigAndEveryShareAreMissing() {
    List<Row> rows = rows(cell("G008753", "9000"), cell("G008533", "3709"));
    Row other = one(rows, named("Overige landen"));
    assertThat(other.<Double>getAs("count")).isNull();
    assertThat(other.<String>getAs("count_status")).isEqualTo("not_available");
    assertThat(rows).allMatch(r -> r.getAs("share") == null);
  }

  @Test
  void aCodeTheListDoesNotKnowStopsTheTableNamingIt() {
    ChapterTable table =
        build(cell("T001175", "403108"), cell("G008999", "5000"), cell("G008533", "3709"));
    assertThat(table.isSkipped()).isTrue();
    assertThat(table.skipReason()).contains("G008999").contains("cbs-geboorteland.csv");
  }

  @Test
  void aNegativeOverigStopsTheTable() {
    // total 10 000 < Syrië 9 000 + Afghanistan 3 709 = 12 709: overig would be −2 709
    ChapterTable table =
        build(cell("T001175", "10000"), cell("G008753", "9000"), cell("G008533", "3709"));
    assertThat(table.isSkipped()).isTrue();
    assertThat(table.skipReason()).contains("negative in 2022 (-2709)");
  }
}
