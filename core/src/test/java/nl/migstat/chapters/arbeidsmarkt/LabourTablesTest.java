package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.InlineRows.observations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class LabourTablesTest {
  private static final BackgroundBridge BRIDGE = BackgroundBridge.bundled();
  private static final String OLD = "cbs:82809NED|";
  private static final String DIMS = "|Geslacht=T001038,Leeftijd=52052,Migratieachtergrond=";

  /** Old-classification counts for 2020 and 2021, one provisional and one missing. */
  private static Dataset<Row> inline() {
    return observations(
        OLD + "Beroepsbevolking_2|2020|" + DIMS + "1012600|7236|",
        OLD + "WerklozeBeroepsbevolking_20|2020|" + DIMS + "1012600|226|",
        OLD + "Beroepsbevolking_2|2020|" + DIMS + "2012657|1112|",
        OLD + "WerklozeBeroepsbevolking_20|2020|" + DIMS + "2012657|87|provisional",
        OLD + "Beroepsbevolking_2|2021|" + DIMS + "1012600|7334|",
        OLD + "WerklozeBeroepsbevolking_20|2021|" + DIMS + "1012600||not_available",
        OLD + "Werkloosheidspercentage_21|2021|" + DIMS + "1012600|3.1|",
        OLD + "Beroepsbevolking_2|2021|" + DIMS + "2012657|1158|",
        OLD + "WerklozeBeroepsbevolking_20|2021|" + DIMS + "2012657|93|",
        "cbs:85456NED|Beroepsbevolking_2|2022||Geboorteland=T001638,Herkomstland=H008859|1295|",
        "cbs:85456NED|WerklozeBeroepsbevolking_4|2022||Geboorteland=T001638,Herkomstland=H008859"
            + "|95|");
  }

  private static Row row(List<Row> rows, int year, String code) {
    return rows.stream()
        .filter(r -> r.<Integer>getAs("year") == year && r.getAs("background_code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRateOverAProvisionalCountIsProvisionalAndItsGapToo() {
    List<Row> rows =
        UnemploymentByBackground.build(LabourFigures.wide(inline()), BRIDGE).collectAsList();
    Row nonWestern = row(rows, 2020, "2012657");
    assertThat(nonWestern.<Double>getAs("unemployment_rate")).isEqualTo(7.8); // 87 / 1112
    assertThat(nonWestern.<String>getAs("unemployment_rate_status")).isEqualTo("provisional");
    assertThat(nonWestern.<Double>getAs("gap_pp")).isEqualTo(4.7); // 7.8 - 3.1 (226 / 7236)
    assertThat(nonWestern.<String>getAs("gap_pp_status")).isEqualTo("provisional");
  }

  @Test
  void aMissingCountFallsBackToThePublishedRateMarkedAsPublished() {
    List<Row> rows =
        UnemploymentByBackground.build(LabourFigures.wide(inline()), BRIDGE).collectAsList();
    Row dutch = row(rows, 2021, "1012600");
    assertThat(dutch.<Double>getAs("unemployed")).isNull();
    assertThat(dutch.<String>getAs("unemployed_status")).isEqualTo("not_available");
    assertThat(dutch.<Double>getAs("unemployment_rate")).isEqualTo(3.1);
    assertThat(dutch.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    assertThat(row(rows, 2021, "2012657").<Double>getAs("gap_pp")).isEqualTo(4.9); // 8.0 - 3.1
  }

  @Test
  void aGroupWithoutOneToOneSuccessorBreaksInTheChangeYear() {
    List<Row> rows =
        LabourTrend.build(LabourFigures.wide(inline()), BRIDGE)
            .where("series = 'nietwesters-buiteneuropa'")
            .collectAsList();
    assertThat(rows).extracting(r -> r.<Integer>getAs("year")).containsExactly(2020, 2021, 2022);
    Row change = rows.get(2);
    assertThat(change.<String>getAs("background")).isEqualTo("Buiten Europa");
    assertThat(change.<Double>getAs("unemployment_rate")).isEqualTo(7.3); // 95 / 1295
    assertThat(change.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(rows.get(1).<String>getAs("unemployment_rate_status")).isNull();
  }
}
