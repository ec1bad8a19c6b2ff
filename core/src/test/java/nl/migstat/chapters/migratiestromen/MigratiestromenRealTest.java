package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chapter on the real exports of {@code jobs/staat-van-de-migratie.yaml}; expected values are
 * recomputed by hand from the raw lines quoted in each test.
 */
class MigratiestromenRealTest {
  private static ChapterInputs inputs;
  private static final Migratiestromen CHAPTER = new Migratiestromen();

  @BeforeAll
  static void ingest() {
    SharedData.realDir();
    inputs = ChapterFixture.inputsOf(Path.of("jobs/staat-van-de-migratie.yaml"));
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void syriaIn2017FromTheMaritalStatusBreakdownOf03742() {
    // data_mar_status.csv, G008753, 2017JJ00: 1010 10469, 1020 6095, 1050 174, 1080 83
    List<Row> rows = ChapterFixture.rows(CHAPTER, "immigration_by_origin", inputs);
    Row syria =
        one(
            rows,
            r -> r.<Integer>getAs("year") == 2017 && "G008753".equals(r.getAs("country_code")));
    assertThat(syria.<Double>getAs("count")).isEqualTo(10469.0 + 6095 + 174 + 83);
    assertThat(syria.<Integer>getAs("rank")).isEqualTo(1);
    // the file holds ten countries and no total: no share, and it says why
    assertThat(syria.<Double>getAs("share")).isNull();
    assertThat(syria.<String>getAs("share_status")).isEqualTo("not_available");
    // nor continent totals: Azië is missing, never the sum of the file's six Asian countries
    Row asia =
        one(
            rows,
            r -> r.<Integer>getAs("year") == 2017 && "Azië".equals(r.getAs("country_code_label")));
    assertThat(asia.<Double>getAs("count")).isNull();
    assertThat(asia.<String>getAs("count_status")).isEqualTo("not_available");
    Row other =
        one(rows, r -> r.<Integer>getAs("year") == 2017 && "other".equals(r.getAs("level")));
    assertThat(other.<Double>getAs("count")).isNull();
  }

  @Test
  void netherlandsFirstTimeAsylumApplicantsPerHundredThousandIn2015() {
    // Monthly data.tsv (TPS00191 bulk, annual): A,EXT_EU27_2020,T,PER,TOTAL,NASY_APP,NL 2015
    // 43035 (ASY_APP, all applicants, would be 44970); TPS00001 ...,Netherlands,2015,16900726
    List<Row> rows = ChapterFixture.rows(CHAPTER, "asylum_eu_comparison", inputs);
    Row nl =
        one(rows, r -> r.<Integer>getAs("year") == 2015 && "NL".equals(r.getAs("country_code")));
    assertThat(nl.<Double>getAs("applicants")).isEqualTo(43035.0);
    assertThat(nl.<String>getAs("applicant_type")).isEqualTo("eerste aanvraag");
    assertThat(nl.<Double>getAs("applicants_per_100000"))
        .isCloseTo(43035.0 * 1e5 / 16900726, within(1e-9));
    assertThat(nl.<String>getAs("citizens")).isEqualTo("EXT_EU27_2020");
    assertThat(
            rows.stream()
                .filter(
                    r ->
                        r.<Integer>getAs("year") == 2015
                            && "eu27".equals(r.getAs("level"))
                            && r.getAs("rank") != null))
        .hasSizeLessThanOrEqualTo(27);
  }

  @Test
  void migrationBalanceFromTheEurostatTables() {
    // tps00176.csv NL 2017 189646; tps00177.csv NL 2017 108231; TPS00001 Netherlands 2017
    // 17081507 and 2018 17181084: 81415 per 1 000 of (17081507 + 17181084) / 2 = 4.7524
    Row y2017 =
        one(
            ChapterFixture.rows(CHAPTER, "migration_balance", inputs),
            r -> r.<Integer>getAs("year") == 2017);
    assertThat(y2017.<Double>getAs("net_migration")).isEqualTo(189646.0 - 108231);
    assertThat(y2017.<Double>getAs("population")).isEqualTo(17081507.0);
    assertThat(y2017.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(81415.0 * 1000 / 17131295.5, within(1e-9));
    assertThat(y2017.<String>getAs("source"))
        .isEqualTo("eurostat:tps00176, eurostat:tps00177; bevolking: eurostat:tps00001");
  }

  @Test
  void syrianAsylumRequestsShareOf2017() {
    // Asylum NL.csv: "NAT9444  ";"2017JJ00";"   11600" and "T001059  ";"2017JJ00";"   32755"
    List<Row> rows = ChapterFixture.rows(CHAPTER, "asylum_requests", inputs);
    Row r =
        one(
            rows,
            x -> x.<Integer>getAs("year") == 2017 && "NAT9444".equals(x.getAs("nationality_code")));
    assertThat(r.<Double>getAs("count")).isEqualTo(11600.0);
    assertThat(r.<Double>getAs("share")).isCloseTo(100.0 * 11600 / 32755, within(1e-9));
    assertThat(r.<String>getAs("nationality_code_label")).isEqualTo("Syrisch");
    assertThat(r.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(r.<String>getAs("request_kind")).isEqualTo("totaal");
  }

  @Test
  void everyNationalityOfTheRealAsylumExportHasItsDutchTitle() {
    // Asylum NL.csv holds codes only (86 NAT codes and T001059): every one is labelled from
    // codelists/cbs-nationaliteiten.csv, none shown as a marked code
    List<Row> rows = ChapterFixture.rows(CHAPTER, "asylum_requests", inputs);
    assertThat(rows.stream().map(r -> r.<String>getAs("nationality_code")).distinct()).hasSize(86);
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.<String>getAs("nationality_code_label"))
                    .isNotNull()
                    .doesNotStartWith(TableInfo.UNLABELLED_MARKER)
                    .isNotEqualTo(r.<String>getAs("nationality_code")));
    Row eritrea =
        one(
            rows,
            r -> r.<Integer>getAs("year") == 2015 && "NAT9326".equals(r.getAs("nationality_code")));
    assertThat(eritrea.<String>getAs("nationality_code_label")).isEqualTo("Eritrees");
    assertThat(eritrea.<Double>getAs("count")).isEqualTo(8435.0);
  }

  @Test
  void tablesWithoutTheirInputsAreSkippedWithTheReason() {
    ChapterTable motive = ChapterFixture.table(CHAPTER, "immigration_by_motive", inputs);
    assertThat(motive.skipReason()).isEqualTo("input absent: needs cbs:84809NED or cbs:84808NED");
    ChapterTable recognition = ChapterFixture.table(CHAPTER, "asylum_recognition", inputs);
    assertThat(recognition.sources()).containsExactly("eurostat:migr_asydcfsta");
  }

  @Test
  void migrationByNationalityIsSkippedFor03742HoldsOnlyImmigration() {
    // data_mar_status.csv has the topic Immigratie_1 only, and no table by Nationaliteit is there
    ChapterTable table = ChapterFixture.table(CHAPTER, "migration_by_nationality", inputs);
    assertThat(table.skipReason())
        .isEqualTo(
            "input absent: needs cbs:85848NED or cbs:84484NED or eurostat:migr_imm1ctz +"
                + " eurostat:migr_emi1ctz and/or cbs:03742; cbs:03742 has no emigration"
                + " (Emigratie)");
  }

  @Test
  void naturalisationIsSkippedWithoutItsSources() {
    ChapterTable table = ChapterFixture.table(CHAPTER, "naturalisation", inputs);
    assertThat(table.skipReason())
        .isEqualTo("input absent: needs eurostat:migr_acq and/or cbs:37199ned");
  }

  @Test
  void finalAsylumDecisionsAreSkippedWithoutMigrAsydcfina() {
    // the folder has first-instance decisions (migr_asydcfsta 2017-04-26) but no final ones
    ChapterTable table = ChapterFixture.table(CHAPTER, "asylum_final_decisions", inputs);
    assertThat(table.skipReason()).isEqualTo("input absent: needs eurostat:migr_asydcfina");
  }
}
