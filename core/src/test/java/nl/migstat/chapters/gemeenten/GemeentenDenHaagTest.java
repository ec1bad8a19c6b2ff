package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.model.Observation;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The chapter on the real Den Haag 2019 files (MANIFEST A1 #1-#3), recomputed by hand from the raw
 * bytes: 84910NED {@code Geslacht T001038} summed over the 20 age bands gives 193,599 residents
 * with a niet-westerse migratieachtergrond (2012657), 99,877 westerse (2012655) and 244,357
 * Nederlandse (1012600), 537,833 in all, as 84583NED's GM row and 03759NED say.
 */
class GemeentenDenHaagTest {
  private static final String DIR = "cbs-dhzw-marcopellegrino/den_haag_2019/";

  private static ChapterRun read() {
    return new ChapterRun()
        .read(SharedData.real(DIR + "gender_age_migration-84910NED.csv"), "cbs:84910NED", null)
        .read(SharedData.real(DIR + "marginal_distributions_84583NED.csv"), "cbs:84583NED", "2019")
        .read(SharedData.real(DIR + "gender_age-03759NED.csv"), "cbs:03759NED", null);
  }

  private static double value(ChapterRun run, String source, String measure, String region) {
    return run.sink().observations().stream()
        .filter(
            o ->
                o.source().equals(source)
                    && o.measure().equals(measure)
                    && region.equals(o.region())
                    && o.dims().values().stream()
                        .allMatch(
                            v -> v.equals("T001038") || v.equals("10000") || v.equals("T001019")))
        .map(Observation::value)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shareWithANonWesternBackgroundInDenHaag2019IsRecomputedFromTheAgeBands() {
    ChapterRun run = read();
    assertThat(value(run, "cbs:84583NED", "NietWestersTotaal_18", "GM0518")).isEqualTo(193599.0);
    assertThat(value(run, "cbs:84583NED", "AantalInwoners_5", "GM0518")).isEqualTo(537833.0);
    assertThat(value(run, "cbs:03759NED", "BevolkingOp1Januari_1", "GM0518")).isEqualTo(537833.0);
    List<Row> rows =
        ChapterFixture.table(
                new Gemeenten(), "population_by_background_municipality", run.inputs(2019, 2019))
            .rows()
            .where(col("year").equalTo(2019))
            .collectAsList();
    assertThat(rows).hasSize(4);
    Row nonWestern =
        rows.stream()
            .filter(r -> r.getAs("background_group").equals("niet_westers"))
            .findFirst()
            .orElseThrow();
    assertThat((String) nonWestern.getAs("municipality_code")).isEqualTo("GM0518");
    assertThat((String) nonWestern.getAs("municipality_code_label")).isEqualTo("'s-Gravenhage");
    assertThat((String) nonWestern.getAs("source")).isEqualTo("cbs:84910NED");
    assertThat((Double) nonWestern.getAs("population")).isEqualTo(193599.0);
    assertThat((Double) nonWestern.getAs("share"))
        .isCloseTo(193599.0 / 537833 * 100, within(1e-9))
        .isCloseTo(35.996, within(1e-3));
    assertThat((String) nonWestern.getAs("share_status")).isNull();
  }

  @Test
  void dissimilarityOverFourRealBuurtenMatchesTheHandComputation() {
    ChapterInputs all = read().inputs(2019, 2019);
    List<String> buurten = List.of("BU05180271", "BU05180373", "BU05180374", "BU05180448");
    ChapterInputs four =
        new ChapterInputs(
            all.observations().where(col("region").isin(buurten.toArray())),
            all.codes(),
            all.sources(),
            2019,
            2019);
    Row row =
        ChapterFixture.table(new Gemeenten(), "segregation_within_municipality", four)
            .rows()
            .where(col("background_group").equalTo("niet_westers"))
            .first();
    // inhabitants 8245 930 1075 1610; niet-westers 1075 85 90 185 (sum 1435), rest 7170 845 985
    // 1425 (sum 10425): ½ (|1075/1435 − 7170/10425| + |85/1435 − 845/10425| + …)
    double expected =
        0.5
            * (Math.abs(1075.0 / 1435 - 7170.0 / 10425)
                + Math.abs(85.0 / 1435 - 845.0 / 10425)
                + Math.abs(90.0 / 1435 - 985.0 / 10425)
                + Math.abs(185.0 / 1435 - 1425.0 / 10425));
    assertThat((Double) row.getAs("dissimilarity_index"))
        .isCloseTo(expected, within(1e-12))
        .isCloseTo(0.0614, within(1e-4));
    assertThat((Double) row.getAs("group_population")).isEqualTo(1435.0);
    assertThat((Integer) row.getAs("buurten_used")).isEqualTo(4);
    assertThat((String) row.getAs("municipality_code")).isEqualTo("GM0518");
  }

  @Test
  void everyDenHaagBuurtHasBackgroundFiguresSoNoneIsLeftOut() {
    // recomputed with a separate script over the 114 "Buurt" rows of the raw file: westers 99,710
    // (rounded buurt figures; the GM row says 99,877), rest 437,815, index 0.205603
    Row row =
        ChapterFixture.table(
                new Gemeenten(), "segregation_within_municipality", read().inputs(2019, 2019))
            .rows()
            .where(col("background_group").equalTo("westers"))
            .first();
    assertThat((Integer) row.getAs("buurten_used")).isEqualTo(114);
    assertThat((Integer) row.getAs("buurten_left_out")).isZero();
    assertThat((Double) row.getAs("group_population")).isEqualTo(99710.0);
    assertThat((Double) row.getAs("dissimilarity_index")).isCloseTo(0.205603, within(1e-6));
  }
}
