package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.InlineRows.observations;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Issue 16, rule 10: the index of dissimilarity over buurten rounded to fives. */
class SegregationIndexTest {
  /**
   * Three buurten of Amsterdam (KWB 2019, rounded to fives): BU1 5 inhabitants, 5 western, 5
   * non-western (Dutch 5 − 5 − 5 = −5); BU2 10000, 1000, 1000; BU3 20000, 1000, 3000. BU2's
   * non-western figure is provisional when {@code provisional}.
   */
  private static Row index(String group, boolean provisional) {
    String kwb = "cbs:84583NED|%s|2019|%s||%s|%s";
    String[][] figures = {
      {"BU03630001", "5", "5", "5"},
      {"BU03630002", "10000", "1000", "1000"},
      {"BU03630003", "20000", "1000", "3000"}
    };
    List<String> lines = new ArrayList<>();
    for (String[] b : figures) {
      String status = provisional && b[0].endsWith("2") ? "provisional" : "";
      lines.add(String.format(Locale.ROOT, kwb, "AantalInwoners_5", b[0], b[1], ""));
      lines.add(String.format(Locale.ROOT, kwb, "WestersTotaal_17", b[0], b[2], ""));
      lines.add(String.format(Locale.ROOT, kwb, "NietWestersTotaal_18", b[0], b[3], status));
    }
    Dataset<Row> buurten =
        BackgroundGroups.fromKerncijfers(observations(lines.toArray(String[]::new)))
            .withColumn("municipality_code", lit("GM0363"))
            .withColumn("municipality_partial", lit(false));
    return SegregationWithinMunicipality.build(buurten, 2019)
        .where(col("background_group").equalTo(group))
        .first();
  }

  @Test
  void aNegativeRemainderFromRoundingIsClippedMarkedAndCounted() {
    Row dutch = index("nederlands", false);
    // Dutch 0 (clipped from −5), 8000, 16000 = 24000; rest 5, 2000, 4000 = 6005
    double expected =
        0.5
            * (Math.abs(0.0 / 24000 - 5.0 / 6005)
                + Math.abs(8000.0 / 24000 - 2000.0 / 6005)
                + Math.abs(16000.0 / 24000 - 4000.0 / 6005));
    assertThat((Double) dutch.getAs("dissimilarity_index"))
        .isCloseTo(expected, within(1e-12))
        .isCloseTo(0.000833, within(1e-6));
    assertThat((Double) dutch.getAs("group_population")).isEqualTo(24000.0);
    assertThat((Integer) dutch.getAs("buurten_clipped")).isEqualTo(1);
    assertThat((String) dutch.getAs("dissimilarity_index_status")).isEqualTo("estimated");
    assertThat((Integer) index("niet_westers", false).getAs("buurten_clipped")).isZero();
  }

  @Test
  void theIndexCarriesTheStatusOfItsBuurtFigures() {
    Row nonWestern = index("niet_westers", true);
    // non-western 5, 1000, 3000 = 4005; rest 0, 9000, 17000 = 26000
    double expected =
        0.5
            * (Math.abs(5.0 / 4005 - 0.0)
                + Math.abs(1000.0 / 4005 - 9000.0 / 26000)
                + Math.abs(3000.0 / 4005 - 17000.0 / 26000));
    assertThat((Double) nonWestern.getAs("dissimilarity_index"))
        .isCloseTo(expected, within(1e-12))
        .isCloseTo(0.0965, within(1e-4));
    assertThat((String) nonWestern.getAs("dissimilarity_index_status")).isEqualTo("provisional");
    assertThat((String) index("niet_westers", false).getAs("dissimilarity_index_status")).isNull();
  }

  @Test
  void anIndexOverAGroupUnderTheMinimumIsNotPublished() {
    // western 5 + 1000 + 1000 = 2005 is published; below 1000 persons it is not
    assertThat((Double) index("westers", false).getAs("dissimilarity_index")).isNotNull();
    // data-samples, Vaals 2019: non-western 300 + 120 + 0 + 150 + 120 = 690 in the used buurten
    Row vaals =
        SampleTables.row(
            "segregation_within_municipality",
            "municipality_code",
            "GM0981",
            "background_group",
            "niet_westers");
    assertThat((Double) vaals.getAs("group_population")).isEqualTo(690.0);
    assertThat(690).isLessThan(SegregationWithinMunicipality.MINIMUM_GROUP);
    assertThat((Double) vaals.getAs("dissimilarity_index")).isNull();
    assertThat((String) vaals.getAs("dissimilarity_index_status")).isEqualTo("low_reliability");
  }

  @Test
  void theSampleBuurtWithANegativeRemainderIsCountedInItsSuccessor() {
    // data-samples KWB 2020: Esch-Noord 5 − 5 − 5 → 0, with Esch 1900 − 95 − 30 = 1775 and
    // Verspreide huizen Esch 245 − 10 − 5 = 230 in Boxtel (Esch went to Boxtel in 2021)
    Row boxtel =
        SampleTables.row(
            "segregation_within_municipality",
            "municipality_code",
            "GM0757",
            "background_group",
            "nederlands");
    assertThat((Integer) boxtel.getAs("buurten_clipped")).isEqualTo(1);
    assertThat((Double) boxtel.getAs("group_population")).isEqualTo(1775.0 + 230);
    assertThat((String) boxtel.getAs("group_population_status")).isEqualTo("estimated");
    // Boxtel's own buurten are not in the sample: an index over part of it is not published
    assertThat((String) boxtel.getAs("dissimilarity_index_status")).isEqualTo("not_available");
  }
}
