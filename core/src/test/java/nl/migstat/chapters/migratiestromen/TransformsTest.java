package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.TestSpark;
import nl.migstat.harmonise.Countries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The chapter's pure transforms on tiny inline tables, with provisional and missing inputs. */
class TransformsTest {
  private static Dataset<Row> table(String ddl, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r));
    }
    return TestSpark.session().createDataFrame(list, StructType.fromDDL(ddl));
  }

  private static final String MOTIVES =
      "year INT, motive STRING, origin_group STRING, value DOUBLE, status STRING";

  @Test
  void motiveSharesCarryTheStatusOfTheirParts() {
    List<Row> rows =
        ImmigrationByMotive.build(
                table(
                    MOTIVES,
                    new Object[] {2022, "labour", "non_eu_efta", 300.0, null},
                    new Object[] {2022, "asylum", "non_eu_efta", 100.0, "provisional"},
                    new Object[] {2022, "labour", "eu_efta", 600.0, null}))
            .collectAsList();
    Row labourEu =
        rows.stream()
            .filter(r -> r.getAs("origin_group").equals("eu_efta"))
            .findFirst()
            .orElseThrow();
    assertThat(labourEu.<Double>getAs("share")).isCloseTo(60.0, within(1e-9));
    assertThat(labourEu.<String>getAs("share_status")).isEqualTo("provisional");
    Row labourTotal =
        rows.stream()
            .filter(
                r -> r.getAs("origin_group").equals("total") && r.getAs("motive").equals("labour"))
            .findFirst()
            .orElseThrow();
    assertThat(labourTotal.<Double>getAs("count")).isEqualTo(900.0);
    assertThat(labourTotal.<Double>getAs("share")).isCloseTo(90.0, within(1e-9));
  }

  @Test
  void aMissingMotiveLeavesEveryShareOfTheYearMissing() {
    List<Row> rows =
        ImmigrationByMotive.build(
                table(
                    MOTIVES,
                    new Object[] {2022, "labour", "non_eu_efta", 300.0, null},
                    new Object[] {2022, "other", "non_eu_efta", null, "not_available"}))
            .collectAsList();
    assertThat(rows)
        .allMatch(r -> r.getAs("share") == null && "not_available".equals(r.getAs("share_status")));
    Row labour =
        rows.stream()
            .filter(
                r ->
                    r.getAs("motive").equals("labour")
                        && r.getAs("origin_group").equals("non_eu_efta"))
            .findFirst()
            .orElseThrow();
    assertThat(labour.<Double>getAs("count")).isEqualTo(300.0);
    assertThat(labour.<String>getAs("count_status")).isNull();
  }

  @Test
  void otherIsTheTotalMinusTheTopAndWithoutATotalThereIsNoShare() {
    Object[][] countries = new Object[20][];
    for (int i = 0; i < 20; i++) {
      countries[i] = new Object[] {2020, "C" + (100 + i), (double) (100 + i), null};
    }
    Dataset<Row> byCountry = table("year INT, code STRING, value DOUBLE, status STRING", countries);
    Dataset<Row> names =
        table(
            "code STRING, name STRING, continent STRING",
            new Object[] {"C119", "Negentien", "azie"});
    List<Row> withTotal =
        ImmigrationByOrigin.build(
                byCountry,
                table(
                    "year INT, value DOUBLE, status STRING",
                    new Object[] {2020, 5000.0, "provisional"}),
                names)
            .collectAsList();
    Row other =
        withTotal.stream().filter(r -> "other".equals(r.getAs("level"))).findFirst().orElseThrow();
    double top15 = 0;
    for (int i = 5; i < 20; i++) {
      top15 += 100 + i;
    }
    assertThat(other.<Double>getAs("count")).isEqualTo(5000.0 - top15);
    assertThat(other.<String>getAs("count_status")).isEqualTo("provisional");
    Row first =
        withTotal.stream()
            .filter(r -> Integer.valueOf(1).equals(r.getAs("rank")))
            .findFirst()
            .orElseThrow();
    assertThat(first.<String>getAs("country_name")).isEqualTo("Negentien");
    assertThat(first.<Double>getAs("share")).isCloseTo(100.0 * 119 / 5000, within(1e-9));
    List<Row> noTotal =
        ImmigrationByOrigin.build(byCountry, table("year INT, value DOUBLE, status STRING"), names)
            .collectAsList();
    assertThat(noTotal).allMatch(r -> r.getAs("share") == null);
  }

  @Test
  void recognitionRateIsPositiveOverAllDecisions() {
    List<Row> rows =
        AsylumRecognition.build(
                table(
                    "year INT, country STRING, decision STRING, value DOUBLE, status STRING",
                    new Object[] {2016, "NL", "TOTAL", 30000.0, null},
                    new Object[] {2016, "NL", "TOTAL_POS", 21000.0, "estimated"},
                    new Object[] {2016, "DE", "TOTAL", null, "confidential"},
                    new Object[] {2016, "DE", "TOTAL_POS", 400000.0, null}),
                Countries.countries(TestSpark.session()))
            .collectAsList();
    Row nl =
        rows.stream().filter(r -> "NL".equals(r.getAs("country_code"))).findFirst().orElseThrow();
    assertThat(nl.<Double>getAs("recognition_rate")).isCloseTo(70.0, within(1e-9));
    assertThat(nl.<String>getAs("recognition_rate_status")).isEqualTo("estimated");
    assertThat(nl.<String>getAs("country_name")).isEqualTo("Nederland");
    Row de =
        rows.stream().filter(r -> "DE".equals(r.getAs("country_code"))).findFirst().orElseThrow();
    assertThat(de.<Double>getAs("recognition_rate")).isNull();
    assertThat(de.<String>getAs("recognition_rate_status")).isEqualTo("confidential");
  }

  @Test
  void aFigureFlaggedConfidentialIsPublishedWithoutTheValueBesideTheFlag() {
    // Eurostat never sends a figure with C, but a file that does must not leak it (nor break the
    // workbook): the published table keeps the status and drops the value.
    Dataset<Row> permits =
        table(
            "year INT, country STRING, reason STRING, value DOUBLE, status STRING",
            new Object[] {2009, "LU", "OTH", 117.0, "confidential"},
            new Object[] {2009, "LU", "FAM", 80.0, null},
            new Object[] {2009, "LU", "TOTAL", 400.0, null});
    List<Row> rows =
        nl.migstat.chapters.ChapterTable.built(
                FirstPermitsByReason.INFO,
                FirstPermitsByReason.build(permits, Countries.countries(TestSpark.session())),
                List.of("x"))
            .rows()
            .collectAsList();
    Row other =
        rows.stream().filter(r -> "overig".equals(r.getAs("reason"))).findFirst().orElseThrow();
    assertThat(other.<Double>getAs("count")).isNull();
    assertThat(other.<String>getAs("count_status")).isEqualTo("confidential");
    assertThat(other.<Double>getAs("share")).isNull();
    assertThat(other.<String>getAs("share_status")).isEqualTo("confidential");
    Row family =
        rows.stream().filter(r -> "gezin".equals(r.getAs("reason"))).findFirst().orElseThrow();
    assertThat(family.<Double>getAs("share")).isCloseTo(20.0, within(1e-9));
  }
}
