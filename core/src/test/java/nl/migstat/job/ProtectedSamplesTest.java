package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.RunCells;
import nl.migstat.chapters.gemeenten.Gemeenten;
import nl.migstat.chapters.gemeenten.SampleTables;
import nl.migstat.disclosure.AppliesTo;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.disclosure.FeasibleInterval;
import nl.migstat.export.DisclosureRecord;
import nl.migstat.export.Drift;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.InputLimits;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's worked example at table level: chapter Gemeenten's four tables as the sample job
 * builds them, protected under the sample job's rule ({@code jobs/samples.yaml}: threshold 10,
 * round_to 5, ±10 %, applies_to all). Schiermonnikoog (GM0088) had 932 inhabitants on 1 January
 * 2019: 840 Dutch, 84 western, 8 non-western (84910NED). The 8 is secret, and none of the three
 * ways the issue found gives it back: total − Dutch − western, the profile's shares, the diversity
 * index with the national sums.
 */
class ProtectedSamplesTest {
  private static final DisclosureRules SAMPLES = new DisclosureRules(10, 5, 0.10, AppliesTo.ALL);
  private static final String POPULATION = "population_by_background_municipality";
  private static final String PROFILE = "municipality_profile";
  private static final String CONCENTRATION = "concentration";

  private static ProtectTables.Protected samples;

  @Test
  void theEightIsSecretAndItsFeasibleIntervalReachesTenPercentEachWay() {
    ProtectTables.Protected run = samples();
    Map<String, Object> eight = population(run, "GM0088", 2019, "niet_westers");
    assertThat(eight.get("population")).isNull();
    assertThat(eight.get("population_status")).isEqualTo("confidential");
    assertThat((String) eight.get("population_states")).contains("confidential");

    FeasibleInterval interval =
        run.audit().interval(RunCells.id(POPULATION, "GM0088|2019|niet_westers", "population"));
    assertThat(interval.value()).isEqualTo(8.0);
    assertThat(interval.min()).isLessThanOrEqualTo(8 * 0.9);
    assertThat(interval.max()).isGreaterThanOrEqualTo(8 * 1.1);
    assertThat(interval.meetsRule()).isTrue();
    assertThat(run.audit().passed()).isTrue();
  }

  @Test
  void totalMinusDutchMinusWesternDoesNotGiveItBack() {
    ProtectTables.Protected run = samples();
    assertThat(population(run, "GM0088", 2019, "totaal").get("population")).isEqualTo(932.0);
    // 932 − 840 − 84: at least one of the Dutch and the western count is hidden beside the 8.
    assertThat(
            Stream.of("nederlands", "westers")
                .map(g -> population(run, "GM0088", 2019, g).get("population"))
                .filter(Objects::isNull))
        .isNotEmpty();
    assertThat(population(run, "GM0088", 2019, "niet_westers").get("share")).isNull();
  }

  @Test
  void theProfilesSharesDoNotGiveItBack() {
    Map<String, Object> profile = row(samples(), PROFILE, "GM0088", 2019, null);
    assertThat(profile.get("population")).isEqualTo(932.0);
    assertThat(profile.get("non_western_share")).isNull();
    // the migration-background share minus the western share would be the non-western one
    assertThat(
            profile.get("migration_background_share") == null
                || profile.get("western_share") == null)
        .isTrue();
  }

  @Test
  void theDiversityIndexWithTheNationalSumsDoesNotGiveItBack() {
    ProtectTables.Protected run = samples();
    assertThat(row(run, PROFILE, "GM0088", 2019, null).get("diversity_index")).isNull();
    // The national sum of the non-western column is published; beside the 8 at least one other
    // municipality's count of that column is hidden, so the sum minus the others is no answer.
    Map<String, Object> national = concentration(run, 2019, "niet_westers");
    assertThat(national.get("group_population")).isNotNull();
    assertThat(national.get("herfindahl_index")).isNull();
    long hidden =
        rows(run, POPULATION).stream()
            .filter(r -> r.get("year").equals(2019) && "niet_westers".equals(group(r)))
            .filter(r -> r.get("population") == null)
            .count();
    assertThat(hidden).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aHigherThresholdKeepsMoreCellsSecret() {
    ProtectTables.Protected at10 = samples();
    ProtectTables.Protected at100 = protect(new DisclosureRules(100, 5, 0.10, AppliesTo.ALL));

    assertThat(confidential(at100)).isGreaterThan(confidential(at10));
    assertThat(at100.record().secretPrimary()).isGreaterThan(at10.record().secretPrimary());
    // The 84 western inhabitants of Schiermonnikoog are secret by themselves under 100.
    assertThat(at100.audit().interval(RunCells.id(POPULATION, "GM0088|2019|westers", "population")))
        .satisfies(i -> assertThat(i.status().name()).isEqualTo("PRIMARY"));
  }

  @Test
  void aCellSecretAtTheSourceStaysSecretAndKeepsItsOtherStates() {
    // 85458NED, Vaals 1 January 2023, Buiten Europa: x in the source, provisional like its year.
    Map<String, Object> outside = population(samples(), "GM0981", 2023, "H008859");
    assertThat(outside.get("population")).isNull();
    assertThat(outside.get("population_status")).isEqualTo("confidential");
    assertThat(outside.get("population_states")).isEqualTo("confidential,provisional");
  }

  @Test
  void roundsTheCountsThisPipelineDerivesAndFootnotesTotalsBesideRoundedParts() {
    ProtectTables.Protected run = samples();
    // Oisterwijk 2020 is a part of split Haaren: 32,228.8 estimated, shown as 32,230.
    assertThat(population(run, "GM0824", 2020, "totaal").get("population")).isEqualTo(32230.0);
    // Schiermonnikoog's total is CBS's own register count: exact.
    assertThat(population(run, "GM0088", 2019, "totaal").get("population")).isEqualTo(932.0);
    // The 2019 national sums are ours, rounded, beside exact municipal counts.
    assertThat(concentration(run, 2019, "totaal").get("group_population")).isEqualTo(1046110.0);
    TableInfo concentration = info(run, CONCENTRATION);
    assertThat(concentration.footnotes())
        .contains("afgerond op 5; totalen kunnen afwijken van de som der delen");
  }

  @Test
  void theManifestCountsWhatTheRowsShow() {
    ProtectTables.Protected run = samples();
    DisclosureRecord.Table table =
        run.record().tables().stream()
            .filter(t -> t.name().equals(POPULATION))
            .findFirst()
            .orElseThrow();
    long shown =
        rows(run, POPULATION).stream()
            .flatMap(r -> Stream.of("population", "share", "change").map(c -> r.get(c + "_status")))
            .filter("confidential"::equals)
            .count();
    // A share or change over a count secret in the source has no value as built: not under control.
    long builtSecretFigures =
        SampleTables.built().get(POPULATION).stream()
            .flatMap(r -> Stream.of("share", "change").map(c -> r.getAs(c + "_status")))
            .filter("confidential"::equals)
            .count();
    assertThat(table.primary() + table.secondary() + table.secretAtSource())
        .isEqualTo(shown - builtSecretFigures);
    assertThat(table.primary()).isPositive();
    assertThat(run.record().appliesTo()).isEqualTo("all");
    assertThat(run.ruleLines().get(0))
        .isEqualTo(
            "Een aantal van 1 tot en met 9 personen is geheim (x), ook als de bron het zo"
                + " publiceert.");
  }

  @Test
  void aJobThatBuildsTheProfileWithoutTable1IsABadJobFile() {
    List<Row> profile = SampleTables.built().get(PROFILE);
    TableOutcome alone =
        TableOutcome.built(
            new Gemeenten().infos().get(1),
            WriteTable.byColumn(profile),
            List.of("cbs:84910NED"),
            0,
            profile.get(0).schema());
    Progress progress =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThatThrownBy(
            () ->
                new ProtectTables(Chapters.all(), progress)
                    .protect(
                        job(SAMPLES), List.of(new ChapterOutcome("Gemeenten", List.of(alone)))))
        .isInstanceOf(JobFileException.class)
        .hasMessage(
            "jobs/samples.yaml: tables: disclosure control of municipality_profile needs"
                + " population_by_background_municipality in the run (its figures are computed"
                + " from that table's counts): add it to the job's tables");
  }

  private static synchronized ProtectTables.Protected samples() {
    if (samples == null) {
      samples = protect(SAMPLES);
    }
    return samples;
  }

  /** The sample tables of chapter Gemeenten, protected under {@code rules}. */
  private static ProtectTables.Protected protect(DisclosureRules rules) {
    Map<String, List<Row>> built = SampleTables.built();
    List<TableOutcome> tables = new ArrayList<>();
    for (TableInfo info : new Gemeenten().infos()) {
      List<Row> rows = built.get(info.name());
      tables.add(
          TableOutcome.built(
              info, WriteTable.byColumn(rows), List.of("cbs:84910NED"), 0, rows.get(0).schema()));
    }
    Progress progress =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return new ProtectTables(Chapters.all(), progress)
        .protect(job(rules), List.of(new ChapterOutcome("Gemeenten", tables)));
  }

  private static Job job(DisclosureRules rules) {
    return new Job(
        Path.of("jobs/samples.yaml"),
        "samples",
        2023,
        2021,
        Path.of("data-samples"),
        Path.of("out/samples"),
        "samples.xlsx",
        0.05,
        Duplicates.DEFAULT,
        InputLimits.defaults(),
        List.of(),
        List.of("gemeenten"),
        List.of(),
        rules,
        Drift.Limits.DEFAULTS);
  }

  private static long confidential(ProtectTables.Protected run) {
    return run.chapters().stream()
        .flatMap(c -> c.tables().stream())
        .flatMap(t -> t.rows().stream())
        .flatMap(r -> r.entrySet().stream())
        .filter(e -> e.getKey().endsWith("_status") && "confidential".equals(e.getValue()))
        .count();
  }

  private static List<Map<String, Object>> rows(ProtectTables.Protected run, String table) {
    return run.chapters().stream()
        .flatMap(c -> c.tables().stream())
        .filter(t -> t.name().equals(table))
        .findFirst()
        .orElseThrow()
        .rows();
  }

  private static TableInfo info(ProtectTables.Protected run, String table) {
    return run.chapters().stream()
        .flatMap(c -> c.tables().stream())
        .filter(t -> t.name().equals(table))
        .findFirst()
        .orElseThrow()
        .info();
  }

  private static Map<String, Object> population(
      ProtectTables.Protected run, String code, int year, String group) {
    return row(run, POPULATION, code, year, group);
  }

  private static Map<String, Object> concentration(
      ProtectTables.Protected run, int year, String group) {
    return rows(run, CONCENTRATION).stream()
        .filter(r -> r.get("year").equals(year) && group.equals(group(r)))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> row(
      ProtectTables.Protected run, String table, String code, int year, String group) {
    return rows(run, table).stream()
        .filter(r -> code.equals(r.get("municipality_code")) && r.get("year").equals(year))
        .filter(r -> group == null || group.equals(group(r)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code + " " + year + " " + group));
  }

  private static String group(Map<String, Object> row) {
    return (String) row.get("background_group");
  }
}
