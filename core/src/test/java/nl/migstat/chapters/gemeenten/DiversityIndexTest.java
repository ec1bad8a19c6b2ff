package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.InlineRows.observations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.migstat.harmonise.MunicipalBoundaries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Issue 16, rule 11: the diversity index over three fixed groups per classification. */
class DiversityIndexTest {
  private static Row profile(String municipality, int year) {
    return SampleTables.row(
        "municipality_profile", "municipality_code", municipality, "year", year);
  }

  @Test
  void herkomstYearsUseNederlandEuropaAndBuitenEuropaWithABreakAfterTheOldClassification() {
    // data-samples 85458NED, Diemen 2022: 15300 Nederland, 5200 Europa, 11000 buiten Europa of
    // 31500: 1 − (15300² + 5200² + 11000²) / 31500² = 1 − 382130000 / 992250000
    Row y2022 = profile("GM0384", 2022);
    assertThat((Double) y2022.getAs("diversity_index"))
        .isCloseTo(1 - 382_130_000.0 / 992_250_000, within(1e-12))
        .isCloseTo(0.6149, within(1e-4));
    assertThat((String) y2022.getAs("diversity_index_status")).isEqualTo("break");
    assertThat((String) y2022.getAs("diversity_groups"))
        .isEqualTo(MunicipalityProfile.HERKOMST_GROUPS);
    // 2023 (provisional): 15250, 5450, 11300 of 32000 → 1 − 389955000 / 1024000000
    Row y2023 = profile("GM0384", 2023);
    assertThat((Double) y2023.getAs("diversity_index"))
        .isCloseTo(1 - 389_955_000.0 / 1_024_000_000, within(1e-12));
    assertThat((String) y2023.getAs("diversity_index_status")).isEqualTo("provisional");
    // 2019 (84910NED): Nederlands 15080, westers 4100, niet-westers 9835 of 29015
    Row y2019 = profile("GM0384", 2019);
    assertThat((String) y2019.getAs("diversity_groups")).isEqualTo(MunicipalityProfile.OLD_GROUPS);
    assertThat((String) y2019.getAs("diversity_index_status")).isNull();
  }

  /**
   * Issue 16, rule 5: KWB 2019 with a provisional population (1000) and an estimated western count
   * (200): the western share 200 × 100 / 1000 = 20.0 is both, and so is the diversity index over
   * the three groups; the population keeps its own state alone.
   */
  @Test
  void aShareAndTheIndexCarryEveryStateOfTheirGroups() {
    Dataset<Row> counts =
        BackgroundGroups.fromKerncijfers(
            observations(
                "cbs:84583NED|AantalInwoners_5|2019|GM0088||1000|provisional",
                "cbs:84583NED|WestersTotaal_17|2019|GM0088||200|estimated",
                "cbs:84583NED|NietWestersTotaal_18|2019|GM0088||300|"));
    Row row =
        MunicipalityProfile.build(
                counts,
                MunicipalCounts.provinces(counts.sparkSession(), MunicipalBoundaries.load(), 2019),
                2019,
                Typology.bundled())
            .first();
    assertThat((Double) row.getAs("western_share")).isEqualTo(20.0);
    assertThat((String) row.getAs("western_share_status")).isEqualTo("provisional,estimated");
    assertThat((String) row.getAs("diversity_index_status")).isEqualTo("provisional,estimated");
    assertThat((String) row.getAs("population_status")).isEqualTo("provisional");
  }

  @Test
  void theKerncijfersDetailsDoNotEnterTheIndexSoSourcesCompare() {
    // KWB 2019 municipal row: 1000 inhabitants, 200 western, 300 non-western of whom 100
    // Moroccan and 200 Turkish; Dutch 1000 − 200 − 300 = 500. Over the fixed three groups:
    // 1 − (0.5² + 0.2² + 0.3²) = 0.62; over the finest groups it would be 1 − (0.5² + 0.2² +
    // 0.1² + 0.2²) = 0.66, and not comparable with 84910NED's three groups.
    Dataset<Row> counts =
        BackgroundGroups.fromKerncijfers(
            observations(
                "cbs:84583NED|AantalInwoners_5|2019|GM0088||1000|",
                "cbs:84583NED|WestersTotaal_17|2019|GM0088||200|",
                "cbs:84583NED|NietWestersTotaal_18|2019|GM0088||300|",
                "cbs:84583NED|Marokko_19|2019|GM0088||100|",
                "cbs:84583NED|Turkije_22|2019|GM0088||200|"));
    Row row =
        MunicipalityProfile.build(
                counts,
                MunicipalCounts.provinces(counts.sparkSession(), MunicipalBoundaries.load(), 2019),
                2019,
                Typology.bundled())
            .first();
    assertThat((Double) row.getAs("diversity_index")).isCloseTo(0.62, within(1e-12));
    assertThat((String) row.getAs("diversity_groups")).isEqualTo(MunicipalityProfile.OLD_GROUPS);
  }
}
