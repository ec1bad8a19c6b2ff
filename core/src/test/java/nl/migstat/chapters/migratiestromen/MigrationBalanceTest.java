package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.InlineRows.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 rule 3 on {@code migration_balance}: the published net migration, the rate over the
 * average population, the sources 85848NED and 37943ned.
 */
class MigrationBalanceTest {
  private static final Dataset<Row> NONE = series();

  private static List<Row> build(
      Dataset<Row> immigration,
      Dataset<Row> emigration,
      Dataset<Row> net,
      Dataset<Row> january,
      Dataset<Row> endOfYear) {
    return MigrationBalance.build(
            new MigrationBalance.Flows(immigration, emigration, net),
            new MigrationBalance.Population(january, endOfYear),
            "test")
        .collectAsList();
  }

  private static Row year(List<Row> rows, int year) {
    return rows.stream().filter(r -> r.<Integer>getAs("year") == year).findFirst().orElseThrow();
  }

  @Test
  void theRateIsOverTheMeanOfThisAndNextFirstOfJanuary() {
    // CBS (EMU-enquête longread) 2019: 269 064 − 161 029 = 108 035; Eurostat tps00001 NL
    // 1 January 2019 17 282 163 and 2020 17 407 585: mean (17 282 163 + 17 407 585) / 2 =
    // 17 344 874, so 108 035 × 1 000 / 17 344 874 = 6.2286...
    Row y2019 =
        year(
            build(
                series("2019=269064"),
                series("2019=161029"),
                NONE,
                series("2019=17282163", "2020=17407585"),
                NONE),
            2019);
    assertThat(y2019.<Double>getAs("net_migration")).isEqualTo(108035.0);
    assertThat(y2019.<Double>getAs("average_population")).isEqualTo(17344874.0);
    assertThat(y2019.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(108035.0 * 1000 / 17344874, within(1e-9));
    assertThat(y2019.<Double>getAs("net_migration_per_1000")).isCloseTo(6.2286, within(1e-4));
  }

  @Test
  void theLastYearWithoutTheNextFirstOfJanuaryHasNoRate() {
    Row y2023 =
        year(
            build(
                series("2023=335668"), series("2023=198302"), NONE, series("2023=17811291"), NONE),
            2023);
    assertThat(y2023.<Double>getAs("population_next")).isNull();
    assertThat(y2023.<Double>getAs("net_migration_per_1000")).isNull();
    assertThat(y2023.<String>getAs("net_migration_per_1000_status")).isEqualTo("not_available");
  }

  @Test
  void theEndOfYearPopulationStandsInForTheNextFirstOfJanuary() {
    // 37943ned publishes the population at the end of the period: 2017 december 17 181 084 (= 1
    // January 2018). 2017: 189 646 − 108 231 = 81 415 over (17 081 507 + 17 181 084) / 2 =
    // 17 131 295.5 gives 4.7524 per 1 000.
    Row y2017 =
        year(
            build(
                series("2017=189646"),
                series("2017=108231"),
                NONE,
                series("2017=17081507"),
                series("2017=17181084")),
            2017);
    assertThat(y2017.<Double>getAs("population_next")).isEqualTo(17181084.0);
    assertThat(y2017.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(81415.0 * 1000 / 17131295.5, within(1e-9));
  }

  @Test
  void thePublishedNetMigrationWinsOverTheDifferenceOfRoundedFlows() {
    // A table in thousands (85524NED): 2023 immigration 336, emigration 198 (rounded from 335 668
    // and 198 302), net 137 as published (rounded from 137 366), not 336 − 198 = 138.
    Row y2023 =
        year(build(series("2023=336"), series("2023=198"), series("2023=137"), NONE, NONE), 2023);
    assertThat(y2023.<Double>getAs("net_migration")).isEqualTo(137.0);
  }

  @Test
  void aBalanceOverAProvisionalFlowIsProvisionalAndOverAMissingOneMissing() {
    List<Row> rows =
        build(
            series("2021=252451 provisional", "2022=403108"),
            series("2021=170031", "2022= not_available"),
            NONE,
            series("2021=17475415", "2022=17590672", "2023=17811291"),
            NONE);
    Row y2021 = year(rows, 2021);
    assertThat(y2021.<Double>getAs("net_migration")).isEqualTo(82420.0);
    assertThat(y2021.<String>getAs("net_migration_status")).isEqualTo("provisional");
    assertThat(y2021.<String>getAs("net_migration_per_1000_status")).isEqualTo("provisional");
    Row y2022 = year(rows, 2022);
    assertThat(y2022.<Double>getAs("immigration")).isEqualTo(403108.0);
    assertThat(y2022.<Double>getAs("net_migration")).isNull();
    assertThat(y2022.<String>getAs("net_migration_status")).isEqualTo("not_available");
    assertThat(y2022.<String>getAs("net_migration_per_1000_status")).isEqualTo("not_available");
  }

  @Test
  void cbs85848nedIsReadAsPublished(@TempDir Path dir) throws IOException {
    // data-samples/migratiestromen/85848NED_…: PUBLISHED-FIGURES.md 85848NED 2023 335 668 /
    // 198 302 / 137 366 and 2010 154 432 / 121 351 / 33 081; 2021 252 528 / 145 330 / 107 198
    // (CBS EMU-enquête longread). 85848NED has no population: the rate takes Eurostat tps00001
    // (sample, NL 1 January 2021 17 087 478, 2022 17 245 522: mean 17 166 500).
    Path job = dir.resolve("balance.yaml");
    Files.writeString(
        job,
        "name: balance\nreport_year: 2023\nreference_year: 2021\nraw_dir: "
            + SharedData.samples().toAbsolutePath()
            + "\noutput_dir: "
            + dir.resolve("out")
            + "\nworkbook: b.xlsx\nchapters: [migratiestromen]\ninputs:\n"
            + "  - path: migratiestromen/85848NED_immi_emigratie_nationaliteit.csv\n"
            + "    source: cbs:85848NED\n"
            + "  - path: eurostat-tsv/tps00001.tsv\n"
            + "    source: eurostat:tps00001\n",
        StandardCharsets.UTF_8);
    ChapterInputs inputs = ChapterFixture.inputsOf(job);
    ChapterTable table = ChapterFixture.table(new Migratiestromen(), "migration_balance", inputs);
    assertThat(table.sources()).containsExactly("cbs:85848NED", "eurostat:tps00001");
    List<Row> rows = table.rows().collectAsList();
    Row y2023 = year(rows, 2023);
    assertThat(y2023.<Double>getAs("immigration")).isEqualTo(335668.0);
    assertThat(y2023.<Double>getAs("emigration")).isEqualTo(198302.0);
    assertThat(y2023.<Double>getAs("net_migration")).isEqualTo(137366.0);
    assertThat(y2023.<String>getAs("source"))
        .isEqualTo("cbs:85848NED; bevolking: eurostat:tps00001");
    Row y2010 = year(rows, 2010);
    assertThat(y2010.<Double>getAs("immigration")).isEqualTo(154432.0);
    assertThat(y2010.<Double>getAs("emigration")).isEqualTo(121351.0);
    assertThat(y2010.<Double>getAs("net_migration")).isEqualTo(33081.0);
    assertThat(y2010.<Double>getAs("net_migration_per_1000")).isNull();
    // 107 198 × 1 000 / 17 166 500 = 6.2446...
    assertThat(year(rows, 2021).<Double>getAs("net_migration_per_1000"))
        .isCloseTo(107198.0 * 1000 / 17166500, within(1e-9));
    assertThat(rows).hasSize(4);
  }
}
