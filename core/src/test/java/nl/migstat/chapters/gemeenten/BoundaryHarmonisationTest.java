package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.InlineRows.codes;
import static nl.migstat.chapters.InlineRows.observations;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.harmonise.BoundaryMappingException;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.SplitAllocation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Issue 16, rule 9: municipal figures on the reference year's boundaries. */
class BoundaryHarmonisationTest {
  private static final MunicipalBoundaries BOUNDARIES = MunicipalBoundaries.load();

  private static String bevolking(String region, String year, String code, String value) {
    return "cbs:84910NED|BevolkingOp1Januari_1|"
        + year
        + "|"
        + region
        + "|Geslacht=T001038,Leeftijd=10000,Generatie=T001040,Migratieachtergrond="
        + code
        + "|"
        + value
        + "|";
  }

  @Test
  void aSplitMunicipalityGoesToItsSuccessorsByItsBuurtenNotByOnePopulationShare() {
    // data-samples: Haaren 2020 (84910NED) 14212 inhabitants, 788 western, 13071 Dutch; its
    // buurten in KWB 2020 (84799NED) hold 14215 inhabitants, of whom 4800 in Helvoirt (Helvoirt-
    // Kom 3300 + Helvoirt-Zuid 1200 + Verspreide huizen Helvoirt 300), which went to Vught.
    Row total = SampleTables.population("GM0865", 2020, "totaal");
    assertThat((Double) total.getAs("population"))
        .isCloseTo(26900 + 14212.0 * 4800 / 14215, within(1e-9))
        .isCloseTo(31698.99, within(0.01));
    assertThat((String) total.getAs("population_status")).isNull(); // not an estimate
    // western: Helvoirt 210 + 80 + 15 = 305 of 790 in the buurten
    assertThat((Double) SampleTables.population("GM0865", 2020, "westers").getAs("population"))
        .isCloseTo(2120 + 788.0 * 305 / 790, within(1e-9));
    // Dutch = inhabitants − western − non-western per buurt: Helvoirt 3000 + 1080 + 280 = 4360
    // of 14215 − 790 − 355 = 13070
    assertThat((Double) SampleTables.population("GM0865", 2020, "nederlands").getAs("population"))
        .isCloseTo(23250 + 13071.0 * 4360 / 13070, within(1e-9));
    // the documented population share (0.3361) would have given 26900 + 4776.65, estimated
    double sum = 0;
    for (String code : List.of("GM0757", "GM0824", "GM0855", "GM0865")) {
      sum += SampleTables.population(code, 2020, "totaal").<Double>getAs("population");
    }
    assertThat(sum - (30900 + 26430 + 219800 + 26900)).isCloseTo(14212, within(1e-6));
  }

  @Test
  void aGroupTheBuurtenDoNotAllocateKeepsThePopulationShareMarkedEstimated() {
    List<String> lines = new ArrayList<>();
    for (String gm : List.of("GM0788", "GM0824", "GM0865", "GM0757", "GM0855")) {
      lines.add(bevolking(gm, "2020", "T001040", gm.equals("GM0788") ? "14212" : "1000"));
      lines.add(bevolking(gm, "2020", "2012655", gm.equals("GM0788") ? "788" : "100"));
    }
    // buurt shares for the total only: half to Vught, half to Oisterwijk
    StructType schema =
        new StructType()
            .add(SplitAllocation.REGION, DataTypes.StringType)
            .add(SplitAllocation.YEAR, DataTypes.IntegerType)
            .add(SplitAllocation.KEY, DataTypes.StringType)
            .add(SplitAllocation.TARGET, DataTypes.StringType)
            .add(SplitAllocation.SHARE, DataTypes.DoubleType);
    List<Row> shares = new ArrayList<>();
    Map.of("GM0865", 0.5, "GM0824", 0.5, "GM0757", 0.0, "GM0855", 0.0)
        .forEach((t, s) -> shares.add(RowFactory.create("GM0788", 2020, "totaal", t, s)));
    Dataset<Row> mapped =
        new ReferenceBoundaries(BOUNDARIES, 2021)
            .map(
                observations(lines.toArray(String[]::new)),
                CountMeasures.declared("BevolkingOp1Januari"),
                new SplitAllocation(
                    TestSpark.session().createDataFrame(shares, schema),
                    BackgroundGroups.migratieachtergrondKey()));
    Map<String, Row> vught = new TreeMap<>();
    mapped
        .where(col("region").equalTo("GM0865"))
        .collectAsList()
        .forEach(
            r ->
                vught.put(
                    String.valueOf(r.getJavaMap(r.fieldIndex("dims")).get("Migratieachtergrond")),
                    r));
    // total by the buurten: 1000 + 0.5 × 14212; western by Haaren's documented share 0.3361
    assertThat((Double) vught.get("T001040").getAs("value")).isEqualTo(1000 + 7106.0);
    assertThat((String) vught.get("T001040").getAs("status")).isNull();
    assertThat((Double) vught.get("2012655").getAs("value"))
        .isCloseTo(100 + 788 * 0.3361, within(1e-9));
    assertThat((String) vught.get("2012655").getAs("status")).isEqualTo("estimated");
  }

  @Test
  void buurtenOfASplitMunicipalityStayInTheSegregationIndexOfTheirSuccessor() {
    String kwb = "cbs:84799NED|%s|2020|%s||%s|";
    List<String> lines = new ArrayList<>();
    String[][] buurten = { // code, inhabitants, non-western
      {"BU08650000", "2000", "400"}, // Vught's own
      {"BU08650001", "3000", "700"},
      {"BU07880300", "3300", "90"}, // Helvoirt-Kom, Haaren → Vught
      {"BU07880000", "4200", "130"} // Haaren-Kom → Oisterwijk, whose own buurten are absent
    };
    for (String[] b : buurten) {
      lines.add(String.format(java.util.Locale.ROOT, kwb, "AantalInwoners_5", b[0], b[1]));
      lines.add(String.format(java.util.Locale.ROOT, kwb, "NietWestersTotaal_18", b[0], b[2]));
    }
    ChapterInputs in =
        new ChapterInputs(
            observations(lines.toArray(String[]::new)),
            codes(
                "cbs:84799NED|WijkenEnBuurten|BU07880300|Helvoirt-Kom",
                "cbs:84799NED|WijkenEnBuurten|BU07880000|Haaren-Kom"),
            Set.of("cbs:84799NED"),
            2021,
            2021);
    List<Row> rows =
        ChapterFixture.table(new Gemeenten(), "segregation_within_municipality", in)
            .rows()
            .where(col("background_group").equalTo("niet_westers"))
            .collectAsList();
    Row vught =
        rows.stream()
            .filter(r -> r.getAs("municipality_code").equals("GM0865"))
            .findFirst()
            .orElseThrow();
    // G = 400 + 700 + 90 = 1190, rest 1600 + 2300 + 3210 = 7110
    double expected =
        0.5
            * (Math.abs(400.0 / 1190 - 1600.0 / 7110)
                + Math.abs(700.0 / 1190 - 2300.0 / 7110)
                + Math.abs(90.0 / 1190 - 3210.0 / 7110));
    assertThat((Double) vught.getAs("dissimilarity_index"))
        .isCloseTo(expected, within(1e-12))
        .isCloseTo(0.3758, within(1e-4));
    assertThat((Integer) vught.getAs("buurten_used")).isEqualTo(3);
    Row oisterwijk =
        rows.stream()
            .filter(r -> r.getAs("municipality_code").equals("GM0824"))
            .findFirst()
            .orElseThrow();
    assertThat((Double) oisterwijk.getAs("dissimilarity_index")).isNull();
    assertThat((String) oisterwijk.getAs("dissimilarity_index_status")).isEqualTo("not_available");
  }

  @Test
  void aPredecessorMissingOneGroupIsAnErrorNotASmallerSum() {
    // Groningen, Haren and Ten Boer (2018) are Groningen from 2019; Haren lacks its non-western
    Dataset<Row> obs =
        observations(
            bevolking("GM0014", "2018", "T001040", "202810"),
            bevolking("GM0014", "2018", "2012657", "30000"),
            bevolking("GM0017", "2018", "T001040", "19800"),
            bevolking("GM0009", "2018", "T001040", "7300"),
            bevolking("GM0009", "2018", "2012657", "150"));
    ChapterInputs in = new ChapterInputs(obs, codes(), Set.of("cbs:84910NED"), 2019, 2019);
    assertThatThrownBy(
            () ->
                ChapterFixture.table(new Gemeenten(), "population_by_background_municipality", in)
                    .rows()
                    .count())
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining("GM0014")
        .hasMessageContaining("2012657")
        .hasMessageContaining("but not for GM0017");
  }

  @Test
  void onlyMeasuresDeclaredOrStatedAsCountsAreSummedOverAMerger() {
    // KWB 2018 rows of Groningen, Haren and Ten Boer, merged in 2019: an average is no count
    List<String> lines = new ArrayList<>();
    for (String gm : List.of("GM0014", "GM0017", "GM0009")) {
      lines.add("cbs:84286NED|AantalInwoners_5|2018|" + gm + "||1000|");
      lines.add("cbs:84286NED|GemiddeldeHuishoudensgrootte_32|2018|" + gm + "||2.1|");
    }
    ReferenceBoundaries reference = new ReferenceBoundaries(BOUNDARIES, 2019);
    CountMeasures kwb =
        CountMeasures.of(
            "cbs:84286NED",
            new ChapterInputs(observations(), codes(), Set.of("cbs:84286NED"), 2019, 2019));
    assertThatThrownBy(() -> reference.map(observations(lines.toArray(String[]::new)), kwb).count())
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining("GemiddeldeHuishoudensgrootte_32")
        .hasMessageContaining("is not a count");
    // a unit in the export's metadata overrules the declaration
    CountMeasures stated =
        CountMeasures.of(
            "cbs:84286NED",
            new ChapterInputs(
                observations(),
                codes(
                    "cbs:84286NED|unit|WestersTotaal_17|%",
                    "cbs:84286NED|unit|AantalInwoners_5|aantal"),
                Set.of("cbs:84286NED"),
                2019,
                2019));
    assertThat(stated.isCount("AantalInwoners_5")).isTrue();
    assertThat(stated.isCount("WestersTotaal_17")).isFalse();
    assertThat(kwb.isCount("WestersTotaal_17")).isTrue();
    assertThat(kwb.isCount("GemiddeldeHuishoudensgrootte_32")).isFalse();
  }

  @Test
  void herkomstTablesOf2022To2024MapToTheDefaultReferenceYear() {
    // every municipality of the 2022, 2023 and 2024 lists, 100 persons each (85458NED shape)
    List<String> lines = new ArrayList<>();
    for (int year = 2022; year <= 2024; year++) {
      for (String gm : BOUNDARIES.municipalitiesOn(year).keySet()) {
        lines.add(
            "cbs:85458NED|Bevolking_1|"
                + year
                + "|"
                + gm
                + "|Geslacht=T001038,Leeftijd=10000,Herkomstland=T001040,Geboorteland=T001638|100|");
      }
    }
    int reference = MunicipalBoundaries.LAST_YEAR;
    ChapterInputs in =
        new ChapterInputs(
            observations(lines.toArray(String[]::new)),
            codes("cbs:85458NED|Herkomstland|T001040|Totaal"),
            Set.of("cbs:85458NED"),
            2024,
            reference);
    Dataset<Row> rows =
        ChapterFixture.table(new Gemeenten(), "population_by_background_municipality", in).rows();
    assertThat(rows.where(col("year").equalTo(2022)).count()).isEqualTo(342);
    // Amsterdam 2022 + Weesp 2022 (merged on 24 March 2022, still on the 2022 list) = 200
    assertThat(
            (Double)
                rows.where(
                        col("year").equalTo(2022).and(col("municipality_code").equalTo("GM0363")))
                    .first()
                    .getAs("population"))
        .isEqualTo(200.0);
    // Voorne aan Zee 2022 = Brielle + Hellevoetsluis + Westvoorne = 300
    assertThat(
            (Double)
                rows.where(
                        col("year").equalTo(2022).and(col("municipality_code").equalTo("GM1992")))
                    .first()
                    .getAs("population"))
        .isEqualTo(300.0);
  }
}
