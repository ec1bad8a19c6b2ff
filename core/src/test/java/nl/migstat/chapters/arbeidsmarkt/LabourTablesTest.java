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
  private static final String NEW = "cbs:85456NED|";
  private static final String NEW_DIMS = "||Geboorteland=T001638,Herkomstland=";

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
        NEW + "Beroepsbevolking_2|2022" + NEW_DIMS + "H008859|1295|",
        NEW + "WerklozeBeroepsbevolking_4|2022" + NEW_DIMS + "H008859|95|");
  }

  private static Row row(List<Row> rows, int year, String code) {
    return rows.stream()
        .filter(r -> r.<Integer>getAs("year") == year && r.getAs("background_code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<Row> unemployment(Dataset<Row> observations) {
    return UnemploymentByBackground.build(LabourFigures.wide(observations), BRIDGE).collectAsList();
  }

  @Test
  void aRateOverAProvisionalCountIsProvisionalAndItsGapToo() {
    List<Row> rows = unemployment(inline());
    Row nonWestern = row(rows, 2020, "2012657");
    // No published rate in 2020: 87 / 1112 = 7.82 → 7.8, from the counts.
    assertThat(nonWestern.<Double>getAs("unemployment_rate")).isEqualTo(7.8);
    assertThat(nonWestern.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.FROM_COUNTS);
    assertThat(nonWestern.<String>getAs("unemployment_rate_status")).isEqualTo("provisional");
    assertThat(nonWestern.<Double>getAs("gap_pp")).isEqualTo(4.7); // 7.8 - 3.1 (226 / 7236)
    assertThat(nonWestern.<String>getAs("gap_pp_status")).isEqualTo("provisional");
  }

  @Test
  void aPublishedRateIsShownWhereACountIsMissing() {
    List<Row> rows = unemployment(inline());
    Row dutch = row(rows, 2021, "1012600");
    assertThat(dutch.<Double>getAs("unemployed")).isNull();
    assertThat(dutch.<String>getAs("unemployed_status")).isEqualTo("not_available");
    assertThat(dutch.<Double>getAs("unemployment_rate")).isEqualTo(3.1);
    assertThat(dutch.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    // 93 / 1158 = 8.03 → 8.0, from the counts; gap 8.0 − 3.1 (published) = 4.9.
    assertThat(row(rows, 2021, "2012657").<Double>getAs("gap_pp")).isEqualTo(4.9);
  }

  @Test
  void aPublishedRateWinsOverTheRecomputedOneAndAnUnpublishedOneStaysMissing() {
    List<Row> rows =
        unemployment(
            observations(
                // Counts give 41 / 946 = 4.33 → 4.3; CBS publishes 4.4 from unrounded counts.
                OLD + "Beroepsbevolking_2|2019|" + DIMS + "2012655|946|",
                OLD + "WerklozeBeroepsbevolking_20|2019|" + DIMS + "2012655|41|",
                OLD + "Werkloosheidspercentage_21|2019|" + DIMS + "2012655|4.4|",
                // Counts give 12 / 150 = 8.0, but CBS keeps the rate secret: it stays secret.
                OLD + "Beroepsbevolking_2|2019|" + DIMS + "2012657|150|",
                OLD + "WerklozeBeroepsbevolking_20|2019|" + DIMS + "2012657|12|",
                OLD + "Werkloosheidspercentage_21|2019|" + DIMS + "2012657||confidential"));
    Row westers = row(rows, 2019, "2012655");
    assertThat(westers.<Double>getAs("unemployment_rate")).isEqualTo(4.4);
    assertThat(westers.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
    assertThat(westers.<String>getAs("unemployment_rate_status")).isNull();
    Row secret = row(rows, 2019, "2012657");
    assertThat(secret.<Double>getAs("unemployment_rate")).isNull();
    assertThat(secret.<String>getAs("unemployment_rate_status")).isEqualTo("confidential");
    assertThat(secret.<String>getAs("unemployment_rate_basis")).isEqualTo(Rates.PUBLISHED);
  }

  @Test
  void aGroupWithoutOneToOneSuccessorBreaksInTheChangeYear() {
    List<Row> rows =
        LabourTrend.build(LabourFigures.wide(inline()), BRIDGE)
            .where("series = 'nietwesters-buiteneuropa'")
            .collectAsList();
    assertThat(rows).extracting(r -> r.<Integer>getAs("year")).containsExactly(2020, 2021, 2022);
    Row change = rows.get(2);
    assertThat(change.<String>getAs("background_code")).isEqualTo("H008859"); // Buiten Europa
    assertThat(change.<Double>getAs("unemployment_rate")).isEqualTo(7.3); // 95 / 1295
    assertThat(change.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(rows.get(1).<String>getAs("unemployment_rate_status")).isNull();
  }

  @Test
  void aBreakIsNeverHiddenUnderProvisional() {
    // 2022 is provisional in the new table: the figure keeps both states, the break first (the
    // published status), and the break column says which break (95 / 1295 = 7.3).
    List<Row> rows =
        unemployment(
            observations(
                OLD + "Beroepsbevolking_2|2021|" + DIMS + "2012657|1158|",
                OLD + "WerklozeBeroepsbevolking_20|2021|" + DIMS + "2012657|93|",
                NEW + "Beroepsbevolking_2|2022" + NEW_DIMS + "H008859|1295|provisional",
                NEW + "WerklozeBeroepsbevolking_4|2022" + NEW_DIMS + "H008859|95|provisional"));
    Row change = row(rows, 2022, "H008859");
    assertThat(change.<Double>getAs("unemployment_rate")).isEqualTo(7.3);
    assertThat(change.<String>getAs("unemployment_rate_status")).isEqualTo("break,provisional");
    assertThat(change.<String>getAs("classification_break"))
        .isEqualTo(ClassificationBreak.BREAK_TEXT);
    assertThat(row(rows, 2021, "2012657").<String>getAs("classification_break")).isNull();
  }

  @Test
  void dutchOriginContinuesWithAMinorBreak() {
    // Nederlandse achtergrond 2021 (old) → herkomst Nederland 2022 (new): joined, minor break.
    List<Row> rows =
        unemployment(
            observations(
                OLD + "Beroepsbevolking_2|2021|" + DIMS + "1012600|7334|",
                OLD + "WerklozeBeroepsbevolking_20|2021|" + DIMS + "1012600|229|",
                NEW + "Beroepsbevolking_2|2022" + NEW_DIMS + "1012600|7395|",
                NEW + "WerklozeBeroepsbevolking_4|2022" + NEW_DIMS + "1012600|205|"));
    Row change = row(rows, 2022, "1012600");
    assertThat(change.<Double>getAs("unemployment_rate")).isEqualTo(2.8); // 205 / 7395 = 2.77
    assertThat(change.<String>getAs("unemployment_rate_status")).isEqualTo("break");
    assertThat(change.<String>getAs("classification_break"))
        .isEqualTo(ClassificationBreak.MINOR_BREAK_TEXT);
  }

  @Test
  void aNewTableAloneCrossesNoChangeAndCarriesNoBreak() {
    // Only 85456NED: its 2022 is the same classification as its other years.
    Row only =
        row(
            unemployment(
                observations(
                    NEW + "Beroepsbevolking_2|2022" + NEW_DIMS + "H008859|1295|",
                    NEW + "WerklozeBeroepsbevolking_4|2022" + NEW_DIMS + "H008859|95|")),
            2022,
            "H008859");
    assertThat(only.<String>getAs("unemployment_rate_status")).isNull();
    assertThat(only.<String>getAs("classification_break")).isNull();
  }
}
