package nl.migstat.chapters;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.harmonise.StatusColumns;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A figure made from others keeps every state of those it was made from, and its table publishes
 * the strongest as {@code <figure>_status} and all of them as {@code <figure>_states}.
 */
class FiguresTest {
  private static final TableInfo BY_MOTIVE =
      new TableInfo(
          "immigration_by_motive_test",
          "Immigratie naar motief",
          "aantal personen",
          List.of(),
          List.of(
              integer("year", "Jaar"),
              text("motive", "Motief"),
              figure("immigration", "Immigratie", 0),
              figure("share", "Aandeel", 1)));

  /**
   * Immigration 2023 by motive, as stored: arbeid 100 provisional ({@code 2023*}), studie 50 a
   * break that is also nader voorlopig ({@code 2023**} na revisie), gezin 30 estimated, asiel 20
   * plain; 2022 has a secret part.
   */
  private static Dataset<Row> parts() {
    return StatusColumns.carryingStates(
        InlineRows.observations(
            "cbs:t|Immigratie|2023|NL|motive=arbeid|100|provisional",
            "cbs:t|Immigratie|2023|NL|motive=studie|50|break,revised_provisional",
            "cbs:t|Immigratie|2023|NL|motive=gezin|30|estimated",
            "cbs:t|Immigratie|2023|NL|motive=asiel|20|",
            "cbs:t|Immigratie|2022|NL|motive=arbeid|90|",
            "cbs:t|Immigratie|2022|NL|motive=studie|7|confidential,provisional"));
  }

  /** Per year the total over the motives ({@code total}) beside each motive, with their shares. */
  private static Map<String, Row> table() {
    Dataset<Row> motives =
        parts()
            .select(
                col("period").cast("int").as("year"),
                col("dims").getItem("motive").as("motive"),
                col("value").as("immigration"),
                col("status").as("immigration_status"));
    Dataset<Row> totals =
        motives
            .groupBy("year")
            .agg(
                Figures.sumOrMissing(col("immigration")).as("immigration"),
                Figures.strongestOver(col("immigration_status")).as("immigration_status"))
            .withColumn("motive", lit("total"))
            .select("year", "motive", "immigration", "immigration_status");
    Dataset<Row> shares = Shares.ofSum(motives, "immigration", "share", "year");
    Dataset<Row> all =
        shares.unionByName(
            Shares.of(
                    totals
                        .withColumn("whole", col("immigration"))
                        .withColumn("whole_status", col("immigration_status")),
                    "immigration",
                    "whole",
                    "share")
                .drop("whole", "whole_status"));
    Map<String, Row> byKey = new TreeMap<>();
    for (Row r : ChapterTable.built(BY_MOTIVE, all, List.of("cbs:t")).rows().collectAsList()) {
      byKey.put(r.getAs("year") + " " + r.getAs("motive"), r);
    }
    return byKey;
  }

  /**
   * 2023 total = 100 + 50 + 30 + 20 = 200; its states are the union of the parts' (provisional;
   * break, nader voorlopig; estimated), strongest first in the order of Status, and its status the
   * strongest: the break, which a provisional part must never hide (issue 16, rule 4).
   */
  @Test
  void aSumOverPartsCarriesEveryStateOfThemAndTheStrongestAsStatus() {
    Row total = table().get("2023 total");
    assertThat(total.<Double>getAs("immigration")).isEqualTo(200.0);
    assertThat(total.<String>getAs("immigration_status")).isEqualTo("break");
    assertThat(total.<String>getAs("immigration_states"))
        .isEqualTo("break,provisional,revised_provisional,estimated");
  }

  /**
   * Arbeid's share 2023 = 100 × 100 / 200 = 50.0, over the whole of every part: its own state
   * (provisional) and all the whole's. Asiel (20 / 200 = 10.0) is plain itself, yet its share is
   * taken over the same whole.
   */
  @Test
  void aShareCarriesTheStatesOfItsPartAndOfTheWhole() {
    Map<String, Row> t = table();
    Row arbeid = t.get("2023 arbeid");
    assertThat(arbeid.<String>getAs("immigration_states")).isEqualTo("provisional");
    assertThat(arbeid.<String>getAs("immigration_status")).isEqualTo("provisional");
    assertThat(arbeid.<Double>getAs("share")).isEqualTo(50.0);
    assertThat(arbeid.<String>getAs("share_states"))
        .isEqualTo("break,provisional,revised_provisional,estimated");
    Row asiel = t.get("2023 asiel");
    assertThat(asiel.<Double>getAs("share")).isEqualTo(10.0);
    assertThat(asiel.<String>getAs("immigration_status")).isNull();
    assertThat(asiel.<String>getAs("immigration_states")).isNull();
    assertThat(asiel.<String>getAs("share_status")).isEqualTo("break");
  }

  /**
   * 2022 = 90 + a secret 7: the sum would reveal the secret part, so it is missing, its status
   * confidential (the strongest) and the provisional of that part kept beside it.
   */
  @Test
  void aSumOverASecretPartIsSecretAndKeepsTheOtherStates() {
    Row total = table().get("2022 total");
    assertThat(total.<Double>getAs("immigration")).isNull();
    assertThat(total.<String>getAs("immigration_status")).isEqualTo("confidential");
    assertThat(total.<String>getAs("immigration_states")).isEqualTo("confidential,provisional");
  }

  @Test
  void theStatesOfOneRowAreJoinedStrongestFirstWithoutRepeats() {
    Row r =
        TestSpark.session()
            .sql(
                "SELECT 'provisional,estimated' AS a, 'break,estimated' AS b,"
                    + " CAST(NULL AS STRING) AS c")
            .select(
                Figures.strongest(col("a"), col("b"), col("c")).as("ab"),
                Figures.strongest(col("c"), col("c")).as("none"),
                Figures.rank(col("b")).as("rank"))
            .first();
    assertThat(r.<String>getAs("ab")).isEqualTo("break,provisional,estimated");
    assertThat(r.<String>getAs("none")).isNull();
    // Rank of b's strongest state, the break: 4th in the order of Status.
    assertThat(r.<Integer>getAs("rank")).isEqualTo(4);
  }
}
