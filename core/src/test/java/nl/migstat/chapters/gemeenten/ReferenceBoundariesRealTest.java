package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.SharedData;
import nl.migstat.harmonise.MunicipalBoundaries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * All 388 municipalities of 2017 (real 84066NED {@code gemeente_2017.csv}, MANIFEST A3, topic
 * {@code Inwoners_1} for {@code Leeftijd 20150}) mapped to the 352 of 2021.
 */
class ReferenceBoundariesRealTest {
  @Test
  void everyMunicipalityOf2017FindsItsPlaceIn2021AndTheTotalIsKept() {
    ChapterRun run =
        new ChapterRun()
            .read(
                SharedData.real("cbs-84066NED-37789ksz-veranijmeijer/gemeente_2017.csv"),
                "cbs:84066NED",
                "2017");
    Dataset<Row> gm =
        run.inputs(2021, 2021)
            .observations()
            .where(
                col("measure")
                    .equalTo("Inwoners_1")
                    .and(col("region").startsWith("GM"))
                    .and(col("dims").getItem("Leeftijd").equalTo("20150")));
    assertThat(gm.count()).isEqualTo(388);
    List<Row> mapped =
        new ReferenceBoundaries(MunicipalBoundaries.load(), 2021)
            .map(gm, CountMeasures.declared("Inwoners"))
            .collectAsList();
    Map<String, Row> byCode = new TreeMap<>();
    mapped.forEach(r -> byCode.put(r.getAs("region"), r));
    assertThat(byCode)
        .hasSize(352)
        .containsOnlyKeys(MunicipalBoundaries.load().municipalitiesOn(2021).keySet());
    assertThat(mapped).noneMatch(r -> "not_available".equals(r.getAs("status")));
    // sum of the 388 GM rows of the raw file (grep | awk): 14,422,790
    assertThat(mapped.stream().mapToDouble(r -> r.<Double>getAs("value")).sum())
        .isCloseTo(14_422_790, within(1e-6));
    // Bedum 8790 + De Marne 8560 + Eemsmond 13170 + 0.8834 × Winsum 11240
    Row hogeland = byCode.get("GM1966");
    assertThat((Double) hogeland.getAs("value")).isCloseTo(40449.416, within(1e-6));
    assertThat((String) hogeland.getAs("status")).isEqualTo("estimated");
    // Groningen 2019 = Groningen + Haren 16420 + Ten Boer 5990, a plain merger
    assertThat((String) byCode.get("GM0014").getAs("status")).isNull();
  }
}
