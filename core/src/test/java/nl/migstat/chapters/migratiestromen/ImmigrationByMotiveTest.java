package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 rule 6 on {@code immigration_by_motive}: the base is every immigrant without Dutch
 * nationality, a published total wins over the sum of rounded parts, Verblijfsduur "1 jaar" only.
 */
class ImmigrationByMotiveTest {
  private static final List<String> GROUPS = List.of("non_eu_efta", "eu_efta");

  private static Dataset<Row> counts(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r));
    }
    return TestSpark.session()
        .createDataFrame(
            list,
            StructType.fromDDL(
                "year INT, motive STRING, origin_group STRING, value DOUBLE, status STRING"));
  }

  private static Object[] count(String motive, String group, Double value, String status) {
    return new Object[] {2018, motive, group, value, status};
  }

  private static Row one(List<Row> rows, String motive, String group) {
    Predicate<Row> which =
        r -> motive.equals(r.getAs("motive")) && group.equals(r.getAs("origin_group"));
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void thePublishedTotalWinsOverTheSumOfRoundedParts() {
    // 84809NED "1 jaar" 2018 (PUBLISHED-FIGURES.md): total 80 545, arbeid 17 620; the other parts
    // are invented so that they sum to 80 550 (rounding to 5 lets parts and total differ).
    // 84808NED 2018 (CBS nieuws 2020/30, in thousands): 39.98 + 24.36 + 14.80 + 30.69 = 109 830.
    // Base 80 545 + 109 830 = 190 375 (CBS: "191 duizend immigranten zonder Nederlandse
    // nationaliteit"); labour outside the EU/EFTA: 17 620 / 190 375 = 9.2554 %.
    List<Row> rows =
        ImmigrationByMotive.build(
                counts(
                    count("total", "non_eu_efta", 80545.0, null),
                    count("labour", "non_eu_efta", 17620.0, null),
                    count("asylum", "non_eu_efta", 14850.0, null),
                    count("family", "non_eu_efta", 31440.0, null),
                    count("study", "non_eu_efta", 11025.0, null),
                    count("other", "non_eu_efta", 5615.0, null),
                    count("total", "eu_efta", 109830.0, null),
                    count("labour", "eu_efta", 39980.0, null),
                    count("family", "eu_efta", 24360.0, null),
                    count("study", "eu_efta", 14800.0, null),
                    count("other", "eu_efta", 24550.0, null),
                    count("unknown", "eu_efta", 6140.0, null)),
                GROUPS)
            .collectAsList();
    assertThat(one(rows, "total", "non_eu_efta").<Double>getAs("count")).isEqualTo(80545.0);
    Row all = one(rows, "total", "total");
    assertThat(all.<Double>getAs("count")).isEqualTo(190375.0);
    assertThat(all.<Double>getAs("share")).isCloseTo(100.0, within(1e-9));
    Row labour = one(rows, "labour", "non_eu_efta");
    assertThat(labour.<Double>getAs("share")).isCloseTo(100.0 * 17620 / 190375, within(1e-9));
    assertThat(labour.<Double>getAs("share")).isCloseTo(9.2554, within(1e-4));
    // labour over both groups: 17 620 + 39 980 = 57 600, a sum: no source publishes it
    assertThat(one(rows, "labour", "total").<Double>getAs("count")).isEqualTo(57600.0);
  }

  @Test
  void withoutAPublishedTotalTheGroupTotalIsTheSumAndCarriesItsStatus() {
    List<Row> rows =
        ImmigrationByMotive.build(
                counts(
                    count("labour", "non_eu_efta", 300.0, null),
                    count("asylum", "non_eu_efta", 100.0, "provisional"),
                    count("labour", "eu_efta", 600.0, null)),
                GROUPS)
            .collectAsList();
    // groups 300 + 100 = 400 (provisional) and 600: base 1 000; EU labour 600 / 1 000 = 60 %
    Row labourEu = one(rows, "labour", "eu_efta");
    assertThat(labourEu.<Double>getAs("share")).isCloseTo(60.0, within(1e-9));
    assertThat(labourEu.<String>getAs("share_status")).isEqualTo("provisional");
    assertThat(one(rows, "total", "non_eu_efta").<Double>getAs("count")).isEqualTo(400.0);
    assertThat(one(rows, "labour", "total").<Double>getAs("count")).isEqualTo(900.0);
  }

  @Test
  void aYearWithoutOneGroupHasNoSharesAndNoSumsOverGroups() {
    List<Row> rows =
        ImmigrationByMotive.build(
                counts(
                    count("total", "non_eu_efta", 80545.0, null),
                    count("labour", "non_eu_efta", 17620.0, null)),
                GROUPS)
            .collectAsList();
    assertThat(rows)
        .allMatch(r -> r.getAs("share") == null && "not_available".equals(r.getAs("share_status")));
    assertThat(one(rows, "total", "eu_efta").<Double>getAs("count")).isNull();
    assertThat(one(rows, "labour", "total").<Double>getAs("count")).isNull();
    assertThat(one(rows, "labour", "non_eu_efta").<Double>getAs("count")).isEqualTo(17620.0);
  }

  @Test
  void onlyTheVerblijfsduurOneYearIsCounted() {
    // 84809NED 2018: total 80 545 and arbeid 17 620 at "1 jaar" (A027954); the same cohort at
    // another duration (A027955, invented here) must not be added to it.
    String others =
        ",Geslacht=T001038,Leeftijd=10000,SociaaleconomischeCategorie=T001083,Nationaliteit=T001059";
    ChapterTable table =
        new ImmigrationByMotive()
            .buildFrom(
                new ChapterInputs(
                    InlineRows.observations(
                        "cbs:84809NED|ImmigrantenExclusiefEUEFTA_1|2018||Migratiemotief=T001056,"
                            + "Verblijfsduur=A027954"
                            + others
                            + "|80545|",
                        "cbs:84809NED|ImmigrantenExclusiefEUEFTA_1|2018||Migratiemotief=A009232,"
                            + "Verblijfsduur=A027954"
                            + others
                            + "|17620|",
                        "cbs:84809NED|ImmigrantenExclusiefEUEFTA_1|2018||Migratiemotief=A009232,"
                            + "Verblijfsduur=A027955"
                            + others
                            + "|16000|"),
                    InlineRows.codes(),
                    Set.of("cbs:84809NED"),
                    2023,
                    2021));
    List<Row> rows = table.rows().collectAsList();
    assertThat(one(rows, "labour", "non_eu_efta").<Double>getAs("count")).isEqualTo(17620.0);
    assertThat(one(rows, "total", "non_eu_efta").<Double>getAs("count")).isEqualTo(80545.0);
    // only 84809NED read: the base is its total, 17 620 / 80 545 = 21.876 %
    assertThat(one(rows, "labour", "non_eu_efta").<Double>getAs("share"))
        .isCloseTo(100.0 * 17620 / 80545, within(1e-9));
  }
}
