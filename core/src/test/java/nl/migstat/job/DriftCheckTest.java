package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.export.Drift;
import nl.migstat.export.Drift.Change;
import nl.migstat.export.RunManifest;
import nl.migstat.export.RunManifest.InputEntry;
import nl.migstat.export.RunManifest.TableEntry;
import org.junit.jupiter.api.Test;

/**
 * The comparison of a run with the published one, on manifests made by hand: what is compared, the
 * changes beyond the limits, and what is recorded but is not drift.
 */
class DriftCheckTest {
  private static final Drift.Limits DEFAULTS = Drift.Limits.DEFAULTS;

  private static InputEntry input(String path, String source, long obs, int periods, int regions) {
    return new InputEntry(
        path, "sha", source, "cbs-odata-csv", obs, obs, obs, 0, "p", periods, regions, 0.1);
  }

  private static TableEntry table(String name, Long rows, Map<String, Double> totals) {
    return new TableEntry(name, rows, totals, List.of("cbs:1"), null, null, 0.1, null);
  }

  private static RunManifest manifest(
      int format, List<InputEntry> inputs, List<TableEntry> tables) {
    return new RunManifest(
        format, "j", "j.yaml", "run", "f", "c", 2023, 2023, null, inputs, tables, 1.0);
  }

  private static Optional<PreviousRun> published(RunManifest m) {
    return Optional.of(new PreviousRun(Path.of("out/j.runs/20240101T000000Z-ab"), Optional.of(m)));
  }

  private static final RunManifest BEFORE =
      manifest(
          3,
          List.of(input("a.csv", "cbs:A", 300, 9, 12), input("b.tsv", "eurostat:b", 50, 5, 0)),
          List.of(table("balance", 9L, Map.of("immigration", 1000.0))));

  @Test
  void anInputThatLostAThirdOfItsObservationsIsBeyondTheDefaultLimits() {
    RunManifest now =
        manifest(
            3,
            List.of(input("a.csv", "cbs:A", 200, 6, 12), input("b.tsv", "eurostat:b", 55, 5, 0)),
            List.of(table("balance", 6L, Map.of("immigration", 700.0))));

    Drift drift = DriftCheck.compare(DEFAULTS, published(BEFORE), now);

    assertThat(drift.previousRun()).isEqualTo("20240101T000000Z-ab");
    assertThat(drift.note()).isEqualTo("compared with the published run");
    assertThat(drift.changes())
        .containsExactly(
            new Change("input", "a.csv", "observations", 300.0, 200.0, -0.3333, true, null),
            new Change("input", "a.csv", "periods", 9.0, 6.0, -0.3333, true, null),
            new Change("input", "a.csv", "regions", 12.0, 12.0, 0.0, false, null),
            new Change("input", "b.tsv", "observations", 50.0, 55.0, 0.1, false, null),
            new Change("input", "b.tsv", "periods", 5.0, 5.0, 0.0, false, null),
            new Change("input", "b.tsv", "regions", 0.0, 0.0, null, false, null),
            new Change("table", "balance", "rows", 9.0, 6.0, -0.3333, true, null),
            new Change("table", "balance", "total immigration", 1000.0, 700.0, -0.3, true, null));
    assertThat(drift.beyondLimits()).isEqualTo(4);
    assertThat(drift.beyond().get(0).describe())
        .isEqualTo("input a.csv: observations 300 → 200 (-33.3 %)");
  }

  @Test
  void aChangeAtTheLimitIsWithinAndTheLimitsArePerMeasure() {
    RunManifest now =
        manifest(
            3,
            List.of(input("a.csv", "cbs:A", 240, 9, 12), input("b.tsv", "eurostat:b", 50, 5, 0)),
            List.of(table("balance", 9L, Map.of("immigration", 1000.5))));
    Drift.Limits strict = new Drift.Limits(Drift.Action.FAIL, 0.25, 0.2, 0.2, 0.2, 0.0001);

    assertThat(DriftCheck.compare(DEFAULTS, published(BEFORE), now).beyond()).isEmpty();
    assertThat(DriftCheck.compare(strict, published(BEFORE), now).beyond())
        .extracting(Change::measure)
        .containsExactly("total immigration");
  }

  @Test
  void aFirstRunPassesWithANoteAndTheCheckTurnedOffComparesNothing() {
    Drift first = DriftCheck.compare(DEFAULTS, Optional.empty(), BEFORE);
    assertThat(first.previousRun()).isNull();
    assertThat(first.note()).isEqualTo("first run: no published run to compare with");
    assertThat(first.changes()).isEmpty();

    Drift.Limits off = new Drift.Limits(Drift.Action.OFF, 0.2, 0.2, 0.2, 0.2, 0.2);
    Drift none = DriftCheck.compare(off, published(BEFORE), manifest(3, List.of(), List.of()));
    assertThat(none.note()).contains("turns the drift check off");
    assertThat(none.changes()).isEmpty();
  }

  @Test
  void aPreviousRunOfFormatTwoIsComparedOnObservationsAndRowsOnly() {
    RunManifest old =
        manifest(
            2,
            List.of(new InputEntry("a.csv", "sha", "cbs:A", "f", 300, 300, 300, 0, "p", 1.0)),
            List.of(new TableEntry("balance", 9L, List.of(), null, null, 1.0, null)));
    RunManifest now =
        manifest(
            3,
            List.of(input("a.csv", "cbs:A", 300, 9, 12)),
            List.of(table("balance", 9L, Map.of("immigration", 1000.0))));

    Drift drift = DriftCheck.compare(DEFAULTS, published(old), now);

    assertThat(drift.note()).contains("format 2", "observations and rows only");
    assertThat(drift.changes()).extracting(Change::measure).containsExactly("observations", "rows");
  }

  @Test
  void aNewDownloadOfTheSameSourceIsMatchedAndNewOrGoneInputsAndTablesAreNotDrift() {
    RunManifest now =
        manifest(
            3,
            List.of(input("a-2024.csv", "cbs:A", 310, 10, 12), input("c.csv", "cbs:C", 5, 1, 1)),
            List.of(
                table("balance", 9L, Map.of("immigration", 1000.0)),
                table("permits", 4L, Map.of())));

    Drift drift = DriftCheck.compare(DEFAULTS, published(BEFORE), now);

    assertThat(drift.changes())
        .filteredOn(c -> c.note() != null)
        .containsExactly(
            new Change(
                "input",
                "a-2024.csv",
                "observations",
                300.0,
                310.0,
                0.0333,
                false,
                "matched by source: was a.csv"),
            new Change("input", "c.csv", "observations", null, 5.0, null, false, "new"),
            new Change("input", "b.tsv", "observations", 50.0, null, null, false, "no longer read"),
            new Change("table", "permits", "rows", null, 4.0, null, false, "new"));
    assertThat(drift.beyond()).isEmpty();
  }

  @Test
  void aTableSkippedNowHasLostAllItsRows() {
    RunManifest now =
        manifest(
            3,
            BEFORE.inputs(),
            List.of(new TableEntry("balance", null, null, List.of(), "no input", null, 0.1, null)));

    Drift drift = DriftCheck.compare(DEFAULTS, published(BEFORE), now);

    assertThat(drift.beyond())
        .containsExactly(
            new Change("table", "balance", "rows", 9.0, 0.0, -1.0, true, "skipped now: no input"));
  }
}
