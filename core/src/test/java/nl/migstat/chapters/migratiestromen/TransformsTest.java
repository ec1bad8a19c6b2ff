package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import nl.migstat.harmonise.BundledList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The Eurostat tables' pure transforms on tiny inline tables, with published figures, provisional
 * and missing inputs.
 */
class TransformsTest {
  private static Dataset<Row> table(String ddl, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r));
    }
    return TestSpark.session().createDataFrame(list, StructType.fromDDL(ddl));
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
                    new Object[] {2016, "DE", "TOTAL_POS", 400000.0, null}))
            .collectAsList();
    Row nl =
        rows.stream().filter(r -> "NL".equals(r.getAs("country_code"))).findFirst().orElseThrow();
    assertThat(nl.<Double>getAs("recognition_rate")).isCloseTo(70.0, within(1e-9));
    assertThat(nl.<String>getAs("recognition_rate_status")).isEqualTo("estimated");
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
        ChapterTable.built(
                FirstPermitsByReason.INFO, FirstPermitsByReason.build(permits), List.of("x"))
            .rows()
            .collectAsList();
    Row other =
        rows.stream().filter(r -> "OTH".equals(r.getAs("reason"))).findFirst().orElseThrow();
    assertThat(other.<Double>getAs("count")).isNull();
    assertThat(other.<String>getAs("count_status")).isEqualTo("confidential");
    assertThat(other.<Double>getAs("share")).isNull();
    assertThat(other.<String>getAs("share_status")).isEqualTo("confidential");
    Row family =
        rows.stream().filter(r -> "FAM".equals(r.getAs("reason"))).findFirst().orElseThrow();
    assertThat(family.<Double>getAs("share")).isCloseTo(20.0, within(1e-9));
  }

  @Test
  void recognitionRateOfTheNetherlandsIn2023AsPublished() {
    // migr_asydcfsta NL 2023 (PUBLISHED-FIGURES.md): 17 910 decisions, rejected 3 425, GENCONV
    // 3 290 + SUB_PROT 10 460 + HUMSTAT 735 = TOTAL_POS 14 485; 14 485 / 17 910 = 80.9 %.
    List<Row> rows =
        AsylumRecognition.build(
                table(
                    "year INT, country STRING, decision STRING, value DOUBLE, status STRING",
                    new Object[] {2023, "NL", "TOTAL", 17910.0, null},
                    new Object[] {2023, "NL", "TOTAL_POS", 14485.0, null},
                    new Object[] {2023, "NL", "REJECTED", 3425.0, null}))
            .collectAsList();
    Row nl = rows.get(0);
    assertThat(nl.<Double>getAs("decisions")).isEqualTo(17910.0);
    assertThat(nl.<Double>getAs("positive")).isEqualTo(14485.0);
    assertThat(nl.<Double>getAs("recognition_rate")).isCloseTo(100.0 * 14485 / 17910, within(1e-9));
    assertThat(Math.round(nl.<Double>getAs("recognition_rate") * 10) / 10.0).isEqualTo(80.9);
  }

  @Test
  void aSubReasonOfFirstPermitsIsNeverCountedBesideItsMainReason() {
    // migr_resfirst sample, NL 2023: FAM 31 680 + EDUC 21 935 + OCC 28 020 + OTH 11 310 = TOTAL
    // 92 945. Sub-reasons (invented: EDUC_STUD 20 000, OCC_HSKL 12 000) are parts of EDUC and OCC:
    // counted beside them the shares would add up to 134.4 %.
    Dataset<Row> permits =
        table(
            "year INT, country STRING, reason STRING, value DOUBLE, status STRING",
            new Object[] {2023, "NL", "TOTAL", 92945.0, null},
            new Object[] {2023, "NL", "FAM", 31680.0, null},
            new Object[] {2023, "NL", "EDUC", 21935.0, null},
            new Object[] {2023, "NL", "EDUC_STUD", 20000.0, null},
            new Object[] {2023, "NL", "OCC", 28020.0, null},
            new Object[] {2023, "NL", "OCC_HSKL", 12000.0, null},
            new Object[] {2023, "NL", "OTH", 11310.0, null});
    List<Row> rows = FirstPermitsByReason.build(permits).collectAsList();
    assertThat(rows)
        .extracting(r -> r.<String>getAs("reason"))
        .containsExactly("OCC", "FAM", "EDUC", "OTH", "TOTAL");
    double mainShares =
        rows.stream()
            .filter(r -> !"TOTAL".equals(r.getAs("reason")))
            .mapToDouble(r -> r.<Double>getAs("share"))
            .sum();
    assertThat(mainShares).isCloseTo(100.0, within(1e-9));
    assertThat(FirstPermitsByReason.isSubReason("EDUC_STUD")).isTrue();
    assertThat(FirstPermitsByReason.isSubReason("RES_XYZ")).isFalse();
  }

  @Test
  void aNationalityGroupAndAMissingFigureGetNoRank() {
    // Invented labels in CBS wording: NAT0001 "Syrisch" 500, NAT0002 "Onbekend" 800 (a group, not
    // a nationality: unranked although largest), NAT0003 "Eritrees" 300, NAT0004 no figure.
    List<Row> rows =
        AsylumRequests.build(
                table(
                    "year INT, request_kind STRING, nationality_code STRING, value DOUBLE,"
                        + " status STRING",
                    new Object[] {2023, "totaal", "T001059", 2000.0, null},
                    new Object[] {2023, "totaal", "NAT0001", 500.0, null},
                    new Object[] {2023, "totaal", "NAT0002", 800.0, null},
                    new Object[] {2023, "totaal", "NAT0003", 300.0, null},
                    new Object[] {2023, "totaal", "NAT0004", null, "not_available"}),
                table(
                    "code STRING, label STRING",
                    new Object[] {"NAT0001", "Syrisch"},
                    new Object[] {"NAT0002", "Onbekend"},
                    new Object[] {"NAT0003", "Eritrees"}),
                "T001059")
            .collectAsList();
    assertThat(
            rows.stream()
                .filter(r -> r.getAs("rank") != null)
                .map(r -> r.getAs("nationality_code")))
        .containsExactly("NAT0001", "NAT0003");
    Row unknown =
        rows.stream()
            .filter(r -> "NAT0002".equals(r.getAs("nationality_code")))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.<Double>getAs("share")).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void aDownloadOfCodesOnlyStillRanksNoGroupByTheBundledNationalityTitles() {
    // Asylum NL.csv 2015 (83102NED-shaped, codes only): Syrisch NAT9444 27 710, Staatloos NAT9487
    // 4 940, (voormalige) Sovjet-Unie NAT9276 1 500, Eritrees NAT9326 8 435, total 58 880.
    String line = "cbs:80059ned|TotaalAsielverzoekenEnNareizigers_1|2015|NL01|Nationaliteit=%s|%s|";
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(
                String.format(Locale.ROOT, line, "T001059", "58880"),
                String.format(Locale.ROOT, line, "NAT9444", "27710"),
                String.format(Locale.ROOT, line, "NAT9487", "4940"),
                String.format(Locale.ROOT, line, "NAT9276", "1500"),
                String.format(Locale.ROOT, line, "NAT9326", "8435")),
            InlineRows.codes(),
            Set.of("cbs:80059ned"),
            2017,
            2021);
    List<Row> rows = new AsylumRequests().buildFrom(inputs).rows().collectAsList();
    assertThat(
            rows.stream()
                .filter(r -> r.getAs("rank") != null)
                .map(r -> r.getAs("nationality_code")))
        .containsExactly("NAT9444", "NAT9326");
  }

  @Test
  void theBundledNationalitiesMarkedAsGroupsAreTheOnesTheTitlesNameAsGroups() {
    for (Map<String, String> r : BundledList.load("cbs-nationaliteiten.csv").rows()) {
      // Spark's rlike finds the pattern anywhere in the label
      assertThat(Pattern.compile(AsylumRequests.GROUP_LABEL).matcher(r.get("label")).find())
          .as(r.get("code") + " " + r.get("label"))
          .isEqualTo(r.get("aggregate").equals("1"));
    }
  }

  @Test
  void aReasonCodeOutsideTheHierarchyStopsThePermitsTable() {
    ChapterTable table =
        new FirstPermitsByReason()
            .buildFrom(
                new ChapterInputs(
                    InlineRows.observations(
                        "eurostat:migr_resfirst|PER|2023|NL|reason=TOTAL,citizen=TOTAL,duration=TOTAL|100|",
                        "eurostat:migr_resfirst|PER|2023|NL|reason=RES,citizen=TOTAL,duration=TOTAL|40|"),
                    InlineRows.codes(),
                    Set.of("eurostat:migr_resfirst"),
                    2023,
                    2021));
    assertThat(table.skipReason()).contains("[RES]");
  }
}
