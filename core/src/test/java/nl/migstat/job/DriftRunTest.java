package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import nl.migstat.export.Drift;
import nl.migstat.export.Drift.Change;
import nl.migstat.export.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check in a run: a first run passes with a note; an input cut to two thirds of its lines
 * since the published run (a download cut short) is caught, with a warning and published, or
 * failing the run with nothing published, as the job file says.
 */
class DriftRunTest {
  @TempDir Path tmp;

  private JobRunner.Outcome run(Path jobFile, ByteArrayOutputStream log) {
    Job job = new JobFileParser(Chapters.all().names(), Chapters.all().tableNames()).parse(jobFile);
    Progress progress = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8));
    return new JobRunner(Chapters.all(), RunSettings.defaults(job, progress))
        .run(job, TestSpark.session(), null, false);
  }

  @Test
  void aFirstRunPassesWithANoteAndAnInputThatLostAThirdOfItsRowsIsPublishedWithWarnings()
      throws IOException {
    Path jobFile = DriftJob.write(tmp, "drifting", "");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JobRunner.Outcome first = run(jobFile, log);
    Drift none = RunManifest.read(first.runDir()).orElseThrow().drift();
    assertThat(none.previousRun()).isNull();
    assertThat(none.note()).isEqualTo("first run: no published run to compare with");
    assertThat(none.limits()).isEqualTo(Drift.Limits.DEFAULTS);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("drift: first run: no published run to compare with, ")
        .doesNotContain("warning: drift");

    DriftJob.cutKerncijfers(tmp, 6); // 2015-2020 of 2015-2023
    log.reset();
    JobRunner.Outcome second = run(jobFile, log);

    assertThat(tmp.resolve("out/drifting").toRealPath()).isEqualTo(second.runDir().toRealPath());
    RunManifest manifest = RunManifest.read(second.runDir()).orElseThrow();
    Drift drift = manifest.drift();
    String input = DriftJob.KERNCIJFERS;
    assertThat(drift.previousRun()).isEqualTo(first.runDir().getFileName().toString());
    // The totals are the sums of the file's columns over 2015-2023 and over 2015-2020.
    assertThat(drift.beyond())
        .extracting(Change::of, Change::name, Change::measure, Change::before, Change::now)
        .containsExactly(
            tuple("input", input, "observations", 36.0, 24.0),
            tuple("input", input, "periods", 9.0, 6.0),
            tuple("table", "migration_balance", "rows", 9.0, 6.0),
            tuple("table", "migration_balance", "total immigration", 2166360.0, 1173365.0),
            tuple("table", "migration_balance", "total emigration", 1231943.0, 689592.0),
            tuple("table", "migration_balance", "total net_migration", 934417.0, 483773.0),
            tuple("table", "migration_balance", "total population", 155709563.0, 102832185.0),
            tuple("table", "migration_balance", "total population_next", 138808837.0, 85931459.0),
            tuple(
                "table", "migration_balance", "total average_population", 138353554.5, 85678029.5));
    assertThat(drift.beyond().get(0).change()).isEqualTo(-0.3333);
    assertThat(drift.changes())
        .filteredOn(c -> c.name().equals("first_permits_by_reason"))
        .allSatisfy(c -> assertThat(c.change()).isZero());
    assertThat(manifest.inputs().get(0).periodCount()).isEqualTo(6);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("drift since " + drift.previousRun() + ": 9 of ")
        .contains(
            "warning: drift: input " + input + ": observations 36 → 24 (-33.3 %)",
            "warning: drift: table migration_balance: rows 9 → 6 (-33.3 %)");
  }

  @Test
  void withActionFailTheRunFailsAndThePublishedRunStays() throws IOException {
    Path jobFile = DriftJob.write(tmp, "strict", "drift:\n  action: fail\n  observations: 0.3\n");
    JobRunner.Outcome first = run(jobFile, new ByteArrayOutputStream());
    DriftJob.cutKerncijfers(tmp, 6);

    assertThatThrownBy(() -> run(jobFile, new ByteArrayOutputStream()))
        .isInstanceOf(DriftException.class)
        .hasMessageStartingWith(
            "9 change(s) beyond the job's drift: limits since the published run "
                + first.runDir().getFileName()
                + ":\n  input "
                + DriftJob.KERNCIJFERS
                + ": observations 36 → 24 (-33.3 %)\n")
        .hasMessageEndingWith(
            "\nif the change is right, raise the limits or set drift: action: warn for this run");

    Path out = tmp.resolve("out/strict");
    assertThat(out.toRealPath()).isEqualTo(first.runDir().toRealPath());
    try (var runs = Files.list(tmp.resolve("out/strict.runs"))) {
      assertThat(runs).as("the failed run is discarded").containsExactly(first.runDir());
    }
  }
}
