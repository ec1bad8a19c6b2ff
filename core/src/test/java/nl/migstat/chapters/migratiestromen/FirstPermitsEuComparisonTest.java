package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import nl.migstat.chapters.Labelling;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 item 3, {@code first_permits_eu_comparison}: permits per 1 000 inhabitants by reason,
 * each reason ranked on its own, read from migr_resfirst or from tps00171 in the data browser's
 * labelled download (the shape of the real {@code eurostat-jatofi/permits.csv}).
 */
class FirstPermitsEuComparisonTest {
  private static final FirstPermitsEuComparison TABLE = new FirstPermitsEuComparison();

  private static String permit(String source, String geo, String reason, String value) {
    return source
        + "|PER|2022|"
        + geo
        + "|reason="
        + reason
        + ",citizen=EXT_EU27_2020,duration=TOTAL|"
        + value
        + "|"
        + (value.isEmpty() ? "not_available" : "");
  }

  private static String population(String geo, String value) {
    return "eurostat:tps00001|JAN|2022|" + geo + "||" + value + "|";
  }

  private static ChapterTable table(Set<String> sources, String... lines) {
    ChapterInputs inputs =
        new ChapterInputs(InlineRows.observations(lines), InlineRows.codes(), sources, 2023, 2021);
    return Labelling.labelled(TABLE.buildFrom(inputs), TABLE.codeLists(), inputs);
  }

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> at(String geo, String reason) {
    return r -> geo.equals(r.getAs("country_code")) && reason.equals(r.getAs("reason"));
  }

  @Test
  void eachReasonIsRankedOnItsOwnAndSubReasonsAreLeftOut() {
    // Invented, per 1 000 in 2022: EDUC NL 2.0 (34 000 / 17 000 000) above BE 1.0 (10 000 /
    // 10 000 000); OCC the other way round: BE 3.0 (30 000), NL 1.0 (17 000). EDUC_STUD (a part of
    // EDUC) is not a row of its own. tps00171 (invented 1) is only the fallback.
    String resfirst = "eurostat:migr_resfirst";
    ChapterTable table =
        table(
            Set.of(resfirst, "eurostat:tps00171", "eurostat:tps00001"),
            permit(resfirst, "NL", "EDUC", "34000"),
            permit(resfirst, "NL", "EDUC_STUD", "30000"),
            permit(resfirst, "NL", "OCC", "17000"),
            permit(resfirst, "BE", "EDUC", "10000"),
            permit(resfirst, "BE", "OCC", "30000"),
            permit("eurostat:tps00171", "NL", "EDUC", "1"),
            population("NL", "17000000"),
            population("BE", "10000000"));
    assertThat(table.sources()).containsExactly(resfirst, "eurostat:tps00001");
    List<Row> rows = table.rows().collectAsList();
    assertThat(rows).hasSize(4);
    Row nlStudy = one(rows, at("NL", "EDUC"));
    assertThat(nlStudy.<Double>getAs("permits")).isEqualTo(34000.0);
    assertThat(nlStudy.<Double>getAs("permits_per_1000")).isCloseTo(2.0, within(1e-12));
    assertThat(nlStudy.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(nlStudy.<String>getAs("reason_label")).isEqualTo("Studie");
    assertThat(nlStudy.<String>getAs("citizens_label")).isEqualTo("Buiten de EU-27");
    assertThat(one(rows, at("BE", "EDUC")).<Integer>getAs("rank")).isEqualTo(2);
    assertThat(one(rows, at("BE", "OCC")).<Integer>getAs("rank")).isEqualTo(1);
    Row nlWork = one(rows, at("NL", "OCC"));
    assertThat(nlWork.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(nlWork.<Integer>getAs("countries_ranked")).isEqualTo(2);
    // report order of the reasons: arbeid (OCC) before studie (EDUC)
    assertThat(rows.stream().map(r -> r.<String>getAs("reason")).toList())
        .containsExactly("OCC", "OCC", "EDUC", "EDUC");
  }

  @Test
  void aReasonOutsideTheHierarchyStopsTheTableNamingIt() {
    ChapterTable table =
        table(
            Set.of("eurostat:migr_resfirst", "eurostat:tps00001"),
            permit("eurostat:migr_resfirst", "NL", "ASYL", "5000"),
            population("NL", "17000000"));
    assertThat(table.skipReason()).startsWith("eurostat:migr_resfirst: reason codes [ASYL]");
  }

  @Test
  void tps00171AsTheDataBrowserDownloadsItWithItsLabels(@TempDir Path dir) throws IOException {
    // The shape of the real eurostat-jatofi/permits.csv (MANIFEST B3): labels instead of codes,
    // "Other reason" in the singular, citizen "Total", an empty OBS_VALUE, a non-EU country
    // (Albania). Invented: NL 2022 total 89 685 over 17 590 672 (TPS00001, labels) = 5.0985;
    // Belgium 59 925 / 11 617 623 = 5.1581, first. Albania has a figure but no rank.
    Files.writeString(
        dir.resolve("permits.csv"),
        "DATAFLOW,LAST UPDATE,freq,duration,reason,unit,citizen,geo,TIME_PERIOD,OBS_VALUE,"
            + "OBS_FLAG,CONF_STATUS\n"
            + permits171("Total", "Netherlands", "89685")
            + permits171("Other reason", "Netherlands", "9890")
            + permits171("Total", "Belgium", "59925")
            + permits171("Other reason", "Belgium", "")
            + permits171("Total", "Albania", "1200"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("population.csv"),
        "DATAFLOW,LAST UPDATE,freq,indic_de,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n"
            + population001("Netherlands", "17590672")
            + population001("Belgium", "11617623")
            + population001("Albania", "2793592"),
        StandardCharsets.UTF_8);
    Path job = dir.resolve("permits.yaml");
    Files.writeString(
        job,
        "name: permits\nreport_year: 2023\nreference_year: 2021\nraw_dir: "
            + dir.toAbsolutePath()
            + "\noutput_dir: "
            + dir.resolve("out")
            + "\nworkbook: p.xlsx\nchapters: [migratiestromen]\ninputs:\n"
            + "  - path: permits.csv\n  - path: population.csv\n",
        StandardCharsets.UTF_8);
    ChapterInputs inputs = ChapterFixture.inputsOf(job);
    ChapterTable table =
        ChapterFixture.table(new Migratiestromen(), "first_permits_eu_comparison", inputs);
    assertThat(table.sources()).containsExactly("eurostat:tps00171", "eurostat:tps00001");
    List<Row> rows = table.rows().collectAsList();
    Row nl = one(rows, at("NL", "TOTAL"));
    assertThat(nl.<Double>getAs("permits_per_1000"))
        .isCloseTo(89685.0 * 1000 / 17590672, within(1e-9));
    assertThat(nl.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(nl.<String>getAs("citizens")).isEqualTo("TOTAL");
    assertThat(one(rows, at("BE", "TOTAL")).<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, at("NL", "OTH")).<Integer>getAs("rank")).isEqualTo(1);
    assertThat(one(rows, at("BE", "OTH")).<Integer>getAs("rank")).isNull();
    Row albania = one(rows, at("AL", "TOTAL"));
    assertThat(albania.<String>getAs("level")).isEqualTo("other");
    assertThat(albania.<Integer>getAs("rank")).isNull();
  }

  private static String permits171(String reason, String geo, String value) {
    return "ESTAT:TPS00171(1.0),27/01/25 23:00:00,Annual,Total,"
        + reason
        + ",Person,Total,"
        + geo
        + ",2022,"
        + value
        + ",,\n";
  }

  private static String population001(String geo, String value) {
    return "ESTAT:TPS00001(1.0),27/03/25 23:00:00,Annual,Population on 1 January - total,"
        + geo
        + ",2022,"
        + value
        + ",,\n";
  }
}
