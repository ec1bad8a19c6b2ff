package nl.migstat.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.migstat.export.Drift;
import nl.migstat.export.RunManifest;
import nl.migstat.export.RunManifest.InputEntry;
import nl.migstat.export.RunManifest.TableEntry;

/**
 * Compares a run's manifest with the manifest of the run published before it: each input's
 * observations, periods and regions, each table's rows and key totals. Uses only counts the run
 * already has (the ingest reports, the tables' collected rows) and the previous manifest, so it
 * costs no pass over the data.
 *
 * <p>An input is matched by its path in the job file, else by its source when one input of each run
 * has it (a new download under a new name). Inputs and tables new in this run, or gone from it, are
 * recorded with a note and are not drift: the job file changed, not the data.
 */
final class DriftCheck {
  private final Drift.Limits limits;

  private DriftCheck(Drift.Limits limits) {
    this.limits = limits;
  }

  /** How {@code now} compares with {@code previous}, the job's published run, if any. */
  static Drift compare(Drift.Limits limits, Optional<PreviousRun> previous, RunManifest now) {
    String id = previous.map(PreviousRun::id).orElse(null);
    if (limits.action() == Drift.Action.OFF) {
      return new Drift(id, limits, "not compared: the job turns the drift check off", List.of());
    }
    if (previous.isEmpty()) {
      return new Drift(null, limits, "first run: no published run to compare with", List.of());
    }
    Optional<RunManifest> before = previous.get().manifest();
    if (before.isEmpty()) {
      return new Drift(
          id, limits, "not compared: the published run has no readable manifest", List.of());
    }
    DriftCheck check = new DriftCheck(limits);
    List<Drift.Change> changes = new ArrayList<>();
    check.inputs(before.get().inputs(), now.inputs(), changes);
    check.tables(before.get().tables(), now.tables(), changes);
    return new Drift(id, limits, note(before.get()), changes);
  }

  private static String note(RunManifest before) {
    if (before.formatVersion() >= 3) {
      return "compared with the published run";
    }
    return "compared with the published run, whose manifest (format "
        + before.formatVersion()
        + ") has no period or region counts and no key totals: observations and rows only";
  }

  private void inputs(List<InputEntry> before, List<InputEntry> now, List<Drift.Change> out) {
    Set<InputEntry> matched = new HashSet<>();
    for (InputEntry in : now) {
      Optional<InputEntry> old = match(in, before, now);
      if (old.isEmpty()) {
        out.add(unmatched("input", in.path(), "observations", null, in.observations(), "new"));
        continue;
      }
      matched.add(old.get());
      InputEntry b = old.get();
      String note = b.path().equals(in.path()) ? null : "matched by source: was " + b.path();
      add(out, "input", in.path(), "observations", b.observations(), in.observations(), note);
      add(out, "input", in.path(), "periods", b.periodCount(), in.periodCount(), null);
      add(out, "input", in.path(), "regions", b.regions(), in.regions(), null);
    }
    for (InputEntry b : before) {
      if (!matched.contains(b)) {
        out.add(
            unmatched("input", b.path(), "observations", b.observations(), null, "no longer read"));
      }
    }
  }

  /**
   * Adds the change of a measure when both runs have it (a format-2 manifest counted no periods or
   * regions), against the measure's limit.
   */
  private void add(
      List<Drift.Change> out,
      String of,
      String name,
      String measure,
      Number before,
      Number now,
      String note) {
    if (before == null || now == null) {
      return;
    }
    double limit =
        switch (measure) {
          case "observations" -> limits.observations();
          case "periods" -> limits.periods();
          case "regions" -> limits.regions();
          case "rows" -> limits.rows();
          default -> limits.totals();
        };
    out.add(change(of, name, measure, before.doubleValue(), now.doubleValue(), limit, note));
  }

  /** The previous run's entry for {@code in}: same path, else the only one with its source. */
  private static Optional<InputEntry> match(
      InputEntry in, List<InputEntry> before, List<InputEntry> now) {
    Optional<InputEntry> byPath =
        before.stream().filter(b -> b.path().equals(in.path())).findFirst();
    if (byPath.isPresent() || in.source() == null) {
      return byPath;
    }
    Function<List<InputEntry>, List<InputEntry>> sameSource =
        list -> list.stream().filter(e -> in.source().equals(e.source())).toList();
    List<InputEntry> candidates = sameSource.apply(before);
    boolean onlyOne = candidates.size() == 1 && sameSource.apply(now).size() == 1;
    boolean pathGone =
        onlyOne && now.stream().noneMatch(e -> e.path().equals(candidates.get(0).path()));
    return pathGone ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private void tables(List<TableEntry> before, List<TableEntry> now, List<Drift.Change> out) {
    for (TableEntry t : now) {
      Optional<TableEntry> old = before.stream().filter(b -> b.name().equals(t.name())).findFirst();
      if (old.isEmpty() || old.get().rows() == null) {
        if (t.rows() != null) {
          String note = old.isEmpty() ? "new" : "skipped in the previous run";
          out.add(unmatched("table", t.name(), "rows", null, t.rows(), note));
        }
        continue;
      }
      TableEntry b = old.get();
      if (t.rows() == null) {
        add(out, "table", t.name(), "rows", b.rows(), 0, "skipped now: " + t.skipped());
        continue;
      }
      add(out, "table", t.name(), "rows", b.rows(), t.rows(), null);
      // A total the previous run did not have (a column added) is not compared.
      t.totals()
          .forEach(
              (column, total) ->
                  add(
                      out,
                      "table",
                      t.name(),
                      "total " + column,
                      b.totals().get(column),
                      total,
                      null));
    }
    for (TableEntry b : before) {
      if (b.rows() != null && now.stream().noneMatch(t -> t.name().equals(b.name()))) {
        out.add(unmatched("table", b.name(), "rows", b.rows(), null, "no longer built"));
      }
    }
  }

  /** A measure compared: beyond when its relative change exceeds the limit, or it left 0. */
  private static Drift.Change change(
      String of,
      String name,
      String measure,
      double before,
      double now,
      double limit,
      String note) {
    Double change = before == 0 ? null : Math.round((now - before) / Math.abs(before) * 1e4) / 1e4;
    boolean beyond = before == 0 ? now != 0 : Math.abs(now - before) / Math.abs(before) > limit;
    return new Drift.Change(of, name, measure, before, now, change, beyond, note);
  }

  private static Drift.Change unmatched(
      String of, String name, String measure, Number before, Number now, String note) {
    return new Drift.Change(
        of,
        name,
        measure,
        before == null ? null : before.doubleValue(),
        now == null ? null : now.doubleValue(),
        null,
        false,
        note);
  }
}
