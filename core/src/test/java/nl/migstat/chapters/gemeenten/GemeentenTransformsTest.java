package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.InlineRows.codes;
import static nl.migstat.chapters.InlineRows.observations;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The transforms on tiny inline tables. */
class GemeentenTransformsTest {
  private static String cell(String region, String group, String value) {
    String code =
        switch (group) {
          case "totaal" -> "T001040";
          case "nl" -> "1012600";
          case "w" -> "2012655";
          default -> "2012657";
        };
    String status = value.equals(".") ? "not_available" : "";
    return "cbs:84910NED|BevolkingOp1Januari_1|2018|"
        + region
        + "|Geslacht=T001038,Leeftijd=10000,Generatie=T001040,Migratieachtergrond="
        + code
        + "|"
        + (value.equals(".") ? "" : value)
        + "|"
        + status;
  }

  @Test
  void aMergedMunicipalitysShareIsRecomputedFromTheAddedCountsNotAveraged() {
    // Groningen, Haren and Ten Boer (2018) are Groningen from 1 January 2019
    Dataset<Row> obs =
        observations(
            cell("GM0014", "totaal", "202810"), cell("GM0014", "nl", "150000"),
            cell("GM0014", "w", "22810"), cell("GM0014", "nw", "30000"),
            cell("GM0017", "totaal", "19800"), cell("GM0017", "nl", "18000"),
            cell("GM0017", "w", "1200"), cell("GM0017", "nw", "600"),
            cell("GM0009", "totaal", "7300"), cell("GM0009", "nl", "6900"),
            cell("GM0009", "w", "250"), cell("GM0009", "nw", "150"));
    ChapterInputs in = new ChapterInputs(obs, codes(), Set.of("cbs:84910NED"), 2019, 2019);
    Row groningen =
        ChapterFixture.table(new Gemeenten(), "population_by_background_municipality", in)
            .rows()
            .where(col("background_group").equalTo("niet_westers"))
            .first();
    assertThat((String) groningen.getAs("municipality_code")).isEqualTo("GM0014");
    assertThat((Double) groningen.getAs("population")).isEqualTo(30750.0);
    assertThat((Double) groningen.getAs("share"))
        .isCloseTo(30750.0 / 229910 * 100, within(1e-9))
        .isCloseTo(13.37, within(0.01));
    assertThat((String) groningen.getAs("share_status")).isNull();
  }

  @Test
  void segregationLeavesOutSecretBuurtenAndHasNoIndexOverFewPeople() {
    String kwb = "cbs:84583NED|%s|2019|%s||%s|%s";
    List<String> lines =
        List.of(
            String.format(java.util.Locale.ROOT, kwb, "AantalInwoners_5", "BU03630001", "1000", ""),
            String.format(java.util.Locale.ROOT, kwb, "Marokko_19", "BU03630001", "4", ""),
            String.format(java.util.Locale.ROOT, kwb, "AantalInwoners_5", "BU03630002", "800", ""),
            String.format(java.util.Locale.ROOT, kwb, "Marokko_19", "BU03630002", "2", ""),
            String.format(java.util.Locale.ROOT, kwb, "AantalInwoners_5", "BU03630003", "20", ""),
            String.format(
                java.util.Locale.ROOT, kwb, "Marokko_19", "BU03630003", "", "confidential"));
    Dataset<Row> buurten =
        BackgroundGroups.fromKerncijfers(observations(lines.toArray(String[]::new)))
            .withColumn("municipality_code", lit("GM0363"))
            .withColumn("municipality_partial", lit(false));
    Row row = SegregationWithinMunicipality.build(buurten, 2019).first();
    assertThat((String) row.getAs("background_group")).isEqualTo("marokko");
    assertThat((Integer) row.getAs("buurten_used")).isEqualTo(2);
    assertThat((Integer) row.getAs("buurten_left_out")).isEqualTo(1);
    assertThat((String) row.getAs("buurten_left_out_codes")).isEqualTo("BU03630003");
    // 4 + 2 Moroccans in the two buurten used: far under 1,000, so no index; that the 6 is secret
    // is the run's disclosure control's to decide (ProtectedSamplesTest), not the chapter's.
    assertThat((Double) row.getAs("dissimilarity_index")).isNull();
    assertThat((String) row.getAs("dissimilarity_index_status")).isEqualTo("low_reliability");
    assertThat((Double) row.getAs("group_population")).isEqualTo(6.0);
  }
}
