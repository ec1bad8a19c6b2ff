package nl.migstat.harmonise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.Columns;
import nl.migstat.model.PeriodSpan;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ToReferenceYearTest {
  private static final MunicipalBoundaries B = MunicipalBoundaries.load();
  private static final String POP = "BevolkingOp1Januari_1";
  private static final String SHARE = "AandeelImmigranten_2";

  /**
   * Rows {@code "period|region|value|states|origin"} (states as stored: {@code break,provisional},
   * the status their first), measure POP unless the period has '!'.
   */
  private static Dataset<Row> obs(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      Map<String, String> dims = new TreeMap<>(Map.of("Geslacht", "T001038"));
      boolean share = f[0].endsWith("!");
      String period = f[0].replace("!", "");
      rows.add(
          RowFactory.create(
              "cbs:test",
              share ? SHARE : POP,
              period,
              "A",
              PeriodSpan.of(period).map(PeriodSpan::start).orElse(null),
              PeriodSpan.of(period).map(PeriodSpan::end).orElse(null),
              f[1],
              dims,
              f[2].isEmpty() ? null : Double.valueOf(f[2]),
              f[3].isEmpty() ? null : f[3].split(",")[0],
              f[3].isEmpty() ? null : f[3],
              f[3].isEmpty() ? null : "*",
              f[4]));
    }
    return TestSpark.session().createDataFrame(rows, SparkSchemas.OBSERVATIONS);
  }

  private static Map<String, Row> byRegion(Dataset<Row> ds) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : ds.collectAsList()) {
      out.put(r.getAs("region") + "@" + r.getAs("period"), r);
    }
    return out;
  }

  @Test
  void mergesAddUpCountsAndKeepTheStrongestStatus() {
    Dataset<Row> in =
        obs(
            "2018|GM0005|10500||t:1",
            "2018|GM1663|10100|provisional|t:2",
            "2018|GM1651|15600||t:3",
            "2018|GM0053|13500||t:4",
            "2022|GM0614|15000||t:5",
            "2022|GM0501|17500||t:6",
            "2022|GM0530|40000||t:7",
            "2018|GM0015||confidential|t:8",
            "2018|NL01|17181084||t:9",
            "2018|WK036300|1000||t:10");
    Dataset<Row> out = new ToReferenceYear(B, 2023, Set.of(POP)).apply(in);
    // As figures are combined: every state in status, no separate states column.
    assertThat(out.schema().fieldNames())
        .containsExactly(
            Arrays.stream(SparkSchemas.OBSERVATIONS.fieldNames())
                .filter(f -> !f.equals(Columns.STATES))
                .toArray(String[]::new));
    Map<String, Row> r = byRegion(out);
    Row hogeland = r.get("GM1966@2018");
    double winsum = B.resolve("GM0053", 2018, 2023).get(0).share() * 13500;
    assertThat((Double) hogeland.getAs("value"))
        .isCloseTo(10500 + 10100 + 15600 + winsum, within(1e-6));
    // Strongest first: Eemsmond's provisional, then the estimate of Winsum's split share.
    assertThat((String) hogeland.getAs("status")).isEqualTo("provisional,estimated");
    assertThat((String) hogeland.getAs("origin")).isEqualTo("t:1 + t:2 + t:3 + 1 more");
    Row voorne = r.get("GM1992@2022");
    assertThat((Double) voorne.getAs("value")).isEqualTo(72500.0);
    assertThat((String) voorne.getAs("status")).isNull();
    assertThat(voorne.getJavaMap(voorne.fieldIndex("dims"))).containsEntry("Geslacht", "T001038");
    // The days of the period stay with it through the mapping.
    assertThat(voorne.getDate(voorne.fieldIndex("period_start"))).hasToString("2022-01-01");
    assertThat(voorne.getDate(voorne.fieldIndex("period_end"))).hasToString("2022-12-31");
    Row westerkwartier = r.get("GM1969@2018");
    assertThat((Double) westerkwartier.getAs("value")).isNull();
    // Grootegast's (GM0015) secret part makes it secret; Winsum's split share is still an estimate.
    assertThat((String) westerkwartier.getAs("status")).isEqualTo("confidential,estimated");
    assertThat((Double) r.get("NL01@2018").getAs("value")).isEqualTo(17181084.0);
    assertThat((String) r.get("WK036300@2018").getAs("origin")).isEqualTo("t:10");
    assertThat(r).doesNotContainKeys("GM0005@2018", "GM0614@2022");
  }

  /**
   * Het Hogeland (GM1966, 2019) is Bedum + De Marne + Eemsmond + part of Winsum: a sum over a
   * provisional part (Eemsmond), a break (De Marne, {@code break,provisional} as stored) and a
   * plain one carries every state, strongest first; the split Winsum part adds {@code estimated}.
   */
  @Test
  void aMergedCountCarriesEveryStateOfItsParts() {
    Map<String, Row> r =
        byRegion(
            new ToReferenceYear(B, 2023, Set.of(POP))
                .apply(
                    obs(
                        "2018|GM0005|10500||t:1",
                        "2018|GM1663|10100|break,provisional|t:2",
                        "2018|GM1651|15600|provisional|t:3",
                        "2018|GM0053|13500||t:4")));
    assertThat((String) r.get("GM1966@2018").getAs("status"))
        .isEqualTo("break,provisional,estimated");
  }

  @Test
  void haarenSplitIsEstimatedAndKeepsTheTotal() {
    Map<String, Row> r =
        byRegion(
            new ToReferenceYear(B, 2021, Set.of(POP))
                .apply(obs("2020|GM0788|14000||h:1", "2020|GM0855|217000||h:2")));
    double sum = 0;
    for (String code : List.of("GM0757", "GM0824", "GM0865")) {
      assertThat((String) r.get(code + "@2020").getAs("status")).isEqualTo("estimated");
      sum += (Double) r.get(code + "@2020").getAs("value");
    }
    Row tilburg = r.get("GM0855@2020");
    assertThat((String) tilburg.getAs("status")).isEqualTo("estimated");
    assertThat((Double) tilburg.getAs("value") - 217000 + sum).isCloseTo(14000, within(1e-6));
  }

  @Test
  void rejectsUnknownCodeAndNonCountsOnChangedMunicipalities() {
    assertThatThrownBy(
            () -> new ToReferenceYear(B, 2021, Set.of(POP)).apply(obs("2019|GM9999|5||u:1")))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessageContaining("GM9999");
    assertThatThrownBy(
            () -> new ToReferenceYear(B, 2021, Set.of(POP)).apply(obs("2018!|GM0005|12.5||s:1")))
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining(SHARE)
        .hasMessageContaining("GM0005");
    assertThat(
            new ToReferenceYear(B, 2021, Set.of(POP)).apply(obs("2018!|GM0363|12.5||s:2")).count())
        .isEqualTo(1);
  }
}
