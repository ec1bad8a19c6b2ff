package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.harmonise.UnknownMunicipalityException;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The chapter on {@code data-samples/gemeenten/} read through the real readers, reference year 2021
 * ({@link SampleTables}); expected cells computed by hand from the sample files.
 */
class GemeentenSamplesTest {
  private static Row row(String table, Object... keyValues) {
    return SampleTables.row(table, keyValues);
  }

  private static Row population(String municipality, int year, String group) {
    return SampleTables.population(municipality, year, group);
  }

  @Test
  void municipalitiesMergedIn2019AreAddedUpOnThe2021BoundariesAndSharesRecomputed() {
    // Bedum 10475 + De Marne 10074 + Eemsmond 15653 + 0.8834 × Winsum 13586 (documented share)
    Row total = population("GM1966", 2018, "totaal");
    assertThat((Double) total.getAs("population")).isCloseTo(48203.8724, within(1e-6));
    assertThat((String) total.getAs("population_status")).isEqualTo("estimated");
    assertThat((String) total.getAs("municipality_code_label")).isEqualTo("Het Hogeland");
    assertThat((String) total.getAs("province")).isEqualTo("Groningen");
    Row nonWestern = population("GM1966", 2018, "niet_westers");
    assertThat((Double) nonWestern.getAs("share"))
        .isCloseTo((200 + 184 + 323 + 0.8834 * 306) / 48203.8724 * 100, within(1e-9));
    assertThat((String) nonWestern.getAs("share_status")).isEqualTo("estimated");
    Row change = population("GM1966", 2019, "totaal");
    assertThat((Double) change.getAs("change")).isCloseTo(47767 - 48203.8724, within(1e-6));
    assertThat((String) change.getAs("change_status")).isEqualTo("estimated");
  }

  @Test
  void aMunicipalityWithOnlySomeOfItsPredecessorsInTheInputIsMissingNotSmaller() {
    Row westerkwartier = population("GM1969", 2018, "totaal");
    assertThat((Double) westerkwartier.getAs("population")).isNull();
    assertThat((String) westerkwartier.getAs("population_status")).isEqualTo("not_available");
  }

  /**
   * The chapter builds every figure; which are secret is the run's disclosure control's decision
   * over all tables at once (ProtectedSamplesTest), so the table as built still holds the 8.
   */
  @Test
  void theChapterBuildsSmallCountsTheRunDecidesTheirSecrecy() {
    Row small = population("GM0088", 2019, "niet_westers");
    assertThat((Double) small.getAs("population")).isEqualTo(8.0);
    assertThat((Double) small.getAs("share")).isCloseTo(8.0 / 932 * 100, within(1e-9));
    Row western = population("GM0088", 2019, "westers");
    assertThat((Double) western.getAs("share")).isCloseTo(84.0 / 932 * 100, within(1e-9));
  }

  @Test
  void aMissingSourceCellStaysMissingWithItsShareAndChange() {
    Row vaals = population("GM0981", 2018, "niet_westers");
    assertThat((Double) vaals.getAs("population")).isNull();
    assertThat((String) vaals.getAs("population_status")).isEqualTo("not_available");
    assertThat((String) population("GM0981", 2019, "niet_westers").getAs("change_status"))
        .isEqualTo("not_available");
    assertThat((Double) population("GM0981", 2018, "totaal").getAs("population")).isEqualTo(9874.0);
  }

  @Test
  void herkomstYearsComeFromTheHerkomstTableWithItsProvisionalAndSecretCells() {
    // 85458NED Herkomstland H008859 Buiten Europa, Diemen 1 January 2023: 11300 of 32000
    Row outside = population("GM0384", 2023, "H008859");
    assertThat((String) outside.getAs("background_group_label")).isEqualTo("Buiten Europa");
    assertThat((Double) outside.getAs("share")).isCloseTo(11300.0 / 32000 * 100, within(1e-9));
    assertThat((String) outside.getAs("share_status")).isEqualTo("provisional");
    assertThat((String) population("GM0981", 2023, "H008859").getAs("population_status"))
        .isEqualTo("confidential");
  }

  @Test
  void profileTypesTheWrrExampleMunicipalities() {
    Map<String, String> expected =
        Map.of(
            "GM0362",
            "expat",
            "GM0202",
            "large_city",
            "GM0384",
            "suburb",
            "GM0981",
            "border",
            "GM1783",
            "horticulture",
            "GM0518",
            "large_city",
            "GM1966",
            "other");
    expected.forEach(
        (code, type) ->
            assertThat(
                    (String)
                        row("municipality_profile", "municipality_code", code, "year", 2019)
                            .getAs("typology"))
                .as(code)
                .isEqualTo(type));
    Row diemen = row("municipality_profile", "municipality_code", "GM0384", "year", 2019);
    double nl = 15080.0 / 29015;
    double w = 4100.0 / 29015;
    double nw = 9835.0 / 29015;
    assertThat((Double) diemen.getAs("diversity_index"))
        .isCloseTo(1 - nl * nl - w * w - nw * nw, within(1e-12));
    assertThat((Double) diemen.getAs("migration_background_share"))
        .isCloseTo((29015.0 - 15080) / 29015 * 100, within(1e-9));
    assertThat((Double) diemen.getAs("origin_groups")).isEqualTo(3.0);
  }

  @Test
  void segregationUsesTheBuurtenWithFiguresAndNamesTheSecretOne() {
    Row vaals =
        row(
            "segregation_within_municipality",
            "municipality_code",
            "GM0981",
            "background_group",
            "westers");
    // buurten 0000, 0001, 0009 (5 inhabitants), 0100, 0101: westers 2050 900 5 1200 525 of
    // 4680, rest 2150 950 0 1200 870 of 5170; ½ Σ |g/G − r/R|
    double expected =
        0.5
            * (Math.abs(2050.0 / 4680 - 2150.0 / 5170)
                + Math.abs(900.0 / 4680 - 950.0 / 5170)
                + Math.abs(5.0 / 4680 - 0.0)
                + Math.abs(1200.0 / 4680 - 1200.0 / 5170)
                + Math.abs(525.0 / 4680 - 870.0 / 5170));
    assertThat((Double) vaals.getAs("dissimilarity_index")).isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.0561, within(1e-4));
    assertThat((Integer) vaals.getAs("buurten_used")).isEqualTo(5);
    assertThat((Integer) vaals.getAs("buurten_left_out")).isEqualTo(1);
    assertThat((String) vaals.getAs("buurten_left_out_codes")).isEqualTo("BU09810102");
  }

  @Test
  void concentrationSharesAreOfTheMunicipalitiesInTheInput() {
    Row western = row("concentration", "year", 2019, "background_group", "westers");
    assertThat((Double) western.getAs("group_population")).isEqualTo(156934.0);
    assertThat((Double) western.getAs("g4_share")).isCloseTo(99500.0 / 156934 * 100, within(1e-9));
    assertThat((Integer) western.getAs("municipalities")).isEqualTo(9);
    assertThat((Boolean) western.getAs("all_municipalities")).isFalse();
    assertThat(
            (String)
                row("concentration", "year", 2018, "background_group", "totaal")
                    .getAs("group_population_status"))
        .isEqualTo("not_available");
  }

  @Test
  void anUnknownMunicipalityCodeIsAnErrorThatNamesIt() {
    ChapterInputs in =
        new ChapterRun()
            .read(SharedData.samples().resolve("cbs-odata/v4-85458NED"), "cbs:85458NED", null)
            .inputs(2024, 2024);
    ChapterInputs onlyUnknown =
        new ChapterInputs(
            in.observations().where(col("region").equalTo("GM9999")),
            in.codes(),
            in.sources(),
            2024,
            2024);
    assertThatThrownBy(
            () ->
                ChapterFixture.table(
                        new Gemeenten(), "population_by_background_municipality", onlyUnknown)
                    .rows()
                    .count())
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessageContaining("GM9999");
  }
}
