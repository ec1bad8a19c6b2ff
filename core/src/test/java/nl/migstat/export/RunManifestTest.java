package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest keeps the field names of every run published so far, and reads the old ones. */
class RunManifestTest {
  /** A manifest as runs published before the format field wrote it (abridged, same fields). */
  private static final String FORMAT_1 =
      """
      {
        "tables" : [ {
          "name" : "migration_balance",
          "rows" : 9,
          "sources" : [ "cbs:85524NED" ]
        }, {
          "name" : "immigration_by_motive",
          "skipped" : "input absent: needs cbs:84809NED or cbs:84808NED"
        }, {
          "name" : "first_permits_by_reason",
          "rows" : 21,
          "carried_over_from" : "20261206T201351Z-ff4fdd05",
          "sources" : [ "eurostat:migr_resfirst" ]
        } ],
        "job" : "samples",
        "job_file" : "jobs/samples.yaml",
        "run_id" : "20261206T214659Z-0a112ecb",
        "fingerprint" : "0a112ecb1350ce0ac678f3b38c5728186ba3ffdbfbc01ef32db2e554f69757ab",
        "code_version" : "0bbdf1240162b224",
        "report_year" : 2023,
        "reference_year" : 2021,
        "only" : "first_permits_by_reason",
        "inputs" : [ {
          "path" : "migratiestromen/85524NED_bevolking_kerncijfers.csv",
          "sha256" : "80491cd6784a7f2c17d5bced04bc6dc75b0dd7d4ea41d1e7ba42806fe86658b0",
          "source" : "cbs:85524NED",
          "format" : "cbs-odata-csv",
          "lines" : 10,
          "records" : 36,
          "observations" : 36,
          "rejects" : 0,
          "periods" : "2015–2023 (9)"
        } ],
        "seconds" : 87.4
      }
      """;

  private static final TableInfo BALANCE =
      new TableInfo(
          "migration_balance",
          "Immigratie, emigratie en migratiesaldo",
          "aantal personen",
          List.of("Saldo = immigratie − emigratie."),
          List.of(
              ColumnInfo.integer("year", "Jaar"),
              ColumnInfo.figure("immigration", "Immigratie", 0),
              ColumnInfo.flag("netherlands", "Nederland"),
              ColumnInfo.text("origin", "Herkomst")));

  @TempDir Path tmp;

  @Test
  void readsAManifestPublishedBeforeTheFormatFieldWithoutTableInfos() throws IOException {
    Files.writeString(tmp.resolve(RunManifest.FILE), FORMAT_1, StandardCharsets.UTF_8);
    RunManifest m = RunManifest.read(tmp).orElseThrow();

    assertThat(m.formatVersion()).isEqualTo(1);
    assertThat(m.fingerprint()).startsWith("0a112ecb");
    assertThat(m.jobFile()).isEqualTo("jobs/samples.yaml");
    assertThat(m.codeVersion()).isEqualTo("0bbdf1240162b224");
    assertThat(m.reportYear()).isEqualTo(2023);
    assertThat(m.referenceYear()).isEqualTo(2021);
    assertThat(m.only()).isEqualTo("first_permits_by_reason");
    assertThat(m.seconds()).isEqualTo(87.4);
    assertThat(m.tables()).extracting(RunManifest.TableEntry::info).containsOnlyNulls();
    assertThat(m.table("migration_balance").orElseThrow().rows()).isEqualTo(9);
    RunManifest.TableEntry skipped = m.table("immigration_by_motive").orElseThrow();
    assertThat(skipped.skipped()).startsWith("input absent");
    assertThat(skipped.rows()).isNull();
    assertThat(skipped.sources()).isEmpty();
    assertThat(m.table("first_permits_by_reason").orElseThrow().carriedOverFrom())
        .isEqualTo("20261206T201351Z-ff4fdd05");
    RunManifest.InputEntry input = m.inputs().get(0);
    assertThat(input.sha256()).startsWith("80491cd6");
    assertThat(input.records()).isEqualTo(36);
    assertThat(input.periods()).isEqualTo("2015–2023 (9)");
    assertThat(input.seconds()).isNull();
  }

  @Test
  void writesTheFieldNamesOfEarlierRunsAndReadsBackWhatItWrote() throws IOException {
    RunManifest written = manifest();
    written.write(tmp);

    assertThat(RunManifest.read(tmp)).contains(written);
    JsonNode json = new ObjectMapper().readTree(tmp.resolve(RunManifest.FILE).toFile());
    assertThat(json.path("format").asInt()).isEqualTo(RunManifest.FORMAT);
    for (String field :
        List.of(
            "job",
            "job_file",
            "run_id",
            "fingerprint",
            "code_version",
            "report_year",
            "reference_year",
            "inputs",
            "tables",
            "seconds")) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    assertThat(json.has("only")).as("no --only: no field").isFalse();
    JsonNode built = json.path("tables").get(0);
    assertThat(built.path("info").path("columns").get(1).path("kind").asText()).isEqualTo("FIGURE");
    assertThat(built.path("info").path("columns").get(1).path("decimals").asInt()).isZero();
    assertThat(built.path("sources").get(0).asText()).isEqualTo("cbs:85524NED");
    JsonNode carried = json.path("tables").get(1);
    assertThat(carried.path("carried_over_from").asText()).isEqualTo("20240101T000000Z-aa");
    JsonNode skipped = json.path("tables").get(2);
    assertThat(skipped.has("rows")).isFalse();
    assertThat(skipped.has("sources")).as("a skipped table lists no sources").isFalse();
    assertThat(skipped.path("skipped").asText()).isEqualTo("input absent");
  }

  @Test
  void writesTheDriftTheTotalsAndTheCountsItComparesAndReadsThemBack() throws IOException {
    Drift drift =
        new Drift(
            "20240101T000000Z-aa",
            Drift.Limits.DEFAULTS,
            "compared with the published run",
            List.of(
                new Drift.Change("input", "a.csv", "observations", 36.0, 24.0, -0.3333, true, null),
                new Drift.Change("table", "t", "rows", null, 4.0, null, false, "new")));
    RunManifest.InputEntry input =
        new RunManifest.InputEntry(
            "a.csv", "ab", "cbs:1", "cbs-odata-csv", 7, 24, 24, 0, "2015–2020 (6)", 6, 0, 0.1);
    Map<String, Double> totals = new LinkedHashMap<>();
    totals.put("immigration", 1000.0);
    totals.put("emigration", 400.5);
    RunManifest.TableEntry table =
        new RunManifest.TableEntry("t", 4L, totals, List.of("cbs:1"), null, null, 0.2, BALANCE);
    RunManifest written =
        new RunManifest(
                RunManifest.FORMAT,
                "j",
                "j.yaml",
                "r",
                "f",
                "c",
                2023,
                2023,
                null,
                List.of(input),
                List.of(table),
                1.0)
            .withDrift(drift);
    written.write(tmp);

    RunManifest read = RunManifest.read(tmp).orElseThrow();
    assertThat(read).isEqualTo(written);
    assertThat(read.tables().get(0).totals().keySet()).containsExactly("immigration", "emigration");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve(RunManifest.FILE).toFile());
    assertThat(json.path("inputs").get(0).path("period_count").asInt()).isEqualTo(6);
    assertThat(json.path("inputs").get(0).path("regions").asInt()).isZero();
    assertThat(json.path("tables").get(0).path("totals").path("emigration").asDouble())
        .isEqualTo(400.5);
    JsonNode d = json.path("drift");
    assertThat(d.path("previous_run").asText()).isEqualTo("20240101T000000Z-aa");
    assertThat(d.path("limits").path("action").asText()).isEqualTo("warn");
    assertThat(d.path("limits").path("observations").asDouble()).isEqualTo(0.2);
    assertThat(d.path("beyond_limits").asInt()).isEqualTo(1);
    assertThat(d.path("changes").get(0).path("change").asDouble()).isEqualTo(-0.3333);
    assertThat(d.path("changes").get(1).has("before")).as("null fields are left out").isFalse();
  }

  @Test
  void aRunWithoutManifestHasNoneAndABrokenOneIsAnError() throws IOException {
    assertThat(RunManifest.read(tmp)).isEmpty();
    Files.writeString(tmp.resolve(RunManifest.FILE), "{ \"tables\": [", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RunManifest.read(tmp))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("manifest.json");
  }

  private static RunManifest manifest() {
    return new RunManifest(
        RunManifest.FORMAT,
        "samples",
        "jobs/samples.yaml",
        "20240102T000000Z-bb",
        "bb",
        "0123456789abcdef",
        2023,
        2021,
        null,
        List.of(
            new RunManifest.InputEntry(
                "a.csv",
                "ab",
                "cbs:85524NED",
                "cbs-odata-csv",
                10,
                36,
                36,
                0,
                "2015–2023 (9)",
                0.4)),
        List.of(
            new RunManifest.TableEntry(
                "migration_balance", 9L, List.of("cbs:85524NED"), null, null, 1.5, BALANCE),
            new RunManifest.TableEntry(
                "other", 3L, List.of("cbs:1"), null, "20240101T000000Z-aa", null, BALANCE),
            new RunManifest.TableEntry(
                "skipped_one", null, List.of(), "input absent", null, 0.1, BALANCE)),
        12.3);
  }
}
