package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of "Publishing that cannot be corrupted": {@code migstat run --force} in a child JVM
 * is killed with SIGKILL at seeded random moments (and right after its run folder is renamed
 * complete), and each time {@code out/<job>} must still be a complete run, either the one published
 * before or a complete new one, never a mix and never missing ({@link PublicationCheck}).
 * Properties: {@code migstat.kills} (12), {@code migstat.killSeed}, {@code
 * migstat.killBudgetSeconds} (120; no new kill starts after it, at least 3 are made).
 */
@Tag("slow")
class KilledRunTest {
  private static final int KILLS = Integer.getInteger("migstat.kills", 12);
  private static final long SEED = Long.getLong("migstat.killSeed", 20231231L);
  private static final long BUDGET_MILLIS = Long.getLong("migstat.killBudgetSeconds", 120) * 1000;
  private static final int MIN_KILLS = 3;
  private static final long RUN_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(6);

  @TempDir Path tmp;
  private final BuildLog report = new BuildLog(KilledRunTest.class);
  private final List<Process> children = new ArrayList<>();
  private int runs;

  /** A published run as the test saw it. */
  private record Published(String name, String files, SortedMap<String, String> digest) {}

  @AfterEach
  void destroyChildren() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void aRunKilledAtAnyMomentLeavesAPublishedRunCompleteAndNeverAMix() throws Exception {
    SmallJob.write(tmp, "small");
    long t0 = System.nanoTime();
    assertThat(runToEnd()).as("first run exits 0:\n%s", ChildJvm.tail(log(), 4000)).isZero();
    long runMillis = millisSince(t0);
    Published reference = published();
    report.printf(
        "killed runs: first run %.1f s, published %s, %d parts",
        runMillis / 1000.0, reference.name(), reference.digest().size());
    assertThat(reference.digest())
        .containsKeys(
            "migration_balance",
            "first_permits_by_reason",
            "observations",
            "codes",
            "rejects",
            "small.xlsx",
            RunDigest.MANIFEST);
    assertThat(reference.digest().values()).noneMatch(v -> v.startsWith("INCOMPLETE"));

    Published current = reference;
    Random random = new Random(SEED);
    long loopStart = System.nanoTime();
    int partialsSeen = 0;
    int kills = 0;
    while (kills < KILLS && (kills < MIN_KILLS || millisSince(loopStart) < BUDGET_MILLIS)) {
      boolean atRename = kills % 3 == 2;
      long delay = atRename ? -1 : (long) (random.nextDouble() * runMillis);
      Set<String> before = runFolders();
      long start = System.nanoTime();
      Process p = start();
      boolean finished = atRename ? killAtRename(p, before) : killAfter(p, delay);
      long moment = millisSince(start);
      Published now = checkPublished(current, reference);
      int partials = partials().size();
      partialsSeen += partials;
      report.printf(
          "kill %2d: %-12s at %6.2f s of ~%.1f s -> %s; %d .partial left",
          kills + 1,
          atRename ? "at rename" : "random",
          moment / 1000.0,
          runMillis / 1000.0,
          outcome(current, now, finished, p),
          partials);
      current = now;
      kills++;
      if (finished && p.exitValue() == 0) {
        runMillis = moment; // the machine is shared: aim at the latest run time, not the first
      }
    }
    assertThat(runToEnd()).as("cleaning run exits 0:\n%s", ChildJvm.tail(log(), 4000)).isZero();
    Published last = checkPublished(current, reference);
    assertThat(last.name()).isNotEqualTo(current.name());
    assertThat(partials()).as("unfinished runs are cleaned by the next successful run").isEmpty();
    assertThat(runFolders()).as("current plus at most 3 older runs").hasSizeLessThanOrEqualTo(4);
    report.printf(
        "killed runs: after the last run: runs %s, beside the link %s",
        names(runsDir()), names(tmp.resolve("out")));
    report.printf(
        "killed runs: %d kills, %d child runs, %d .partial folders seen after"
            + " kills, none left after the next run; %.1f s in all",
        kills, runs, partialsSeen, millisSince(t0) / 1000.0);
  }

  private static String outcome(Published before, Published now, boolean finished, Process p) {
    if (now.name().equals(before.name())) {
      return (finished ? "exited " + p.exitValue() + " before the kill, " : "")
          + "previous run "
          + now.name()
          + " still published, unchanged";
    }
    return (finished
            ? "finished before the kill (exit " + p.exitValue() + ")"
            : "killed after publishing")
        + ": new complete run "
        + now.name();
  }

  /**
   * Checks that the link resolves to a complete run: the one published before, byte for byte, or a
   * new one whose content equals the reference run's. The run before stays untouched.
   */
  private Published checkPublished(Published before, Published reference) throws IOException {
    assertThat(PublicationCheck.problems(tmp.resolve("out/small")))
        .as("out/small is one clean publication")
        .isEmpty();
    Published now = published();
    assertThat(now.name()).doesNotEndWith(".partial");
    if (now.name().equals(before.name())) {
      assertThat(now.files())
          .as("published run %s unchanged byte for byte", now.name())
          .isEqualTo(before.files());
      assertThat(now.digest()).isEqualTo(before.digest());
    } else {
      assertThat(now.digest())
          .as("new published run %s is complete", now.name())
          .isEqualTo(reference.digest());
      Path old = runsDir().resolve(before.name());
      if (Files.exists(old)) {
        assertThat(RunDigest.files(old))
            .as("the run published before, %s, is unchanged", old)
            .isEqualTo(before.files());
      }
    }
    return now;
  }

  private Published published() throws IOException {
    Path link = tmp.resolve("out/small");
    assertThat(Files.isSymbolicLink(link)).as("out/small is a link: never missing").isTrue();
    Path run = link.toRealPath();
    assertThat(run.getParent()).isEqualTo(runsDir().toRealPath());
    return new Published(
        run.getFileName().toString(), RunDigest.files(run), RunDigest.of(TestSpark.session(), run));
  }

  /** Waits {@code delayMillis}, then SIGKILLs; true when the run ended by itself before that. */
  private static boolean killAfter(Process p, long delayMillis) throws InterruptedException {
    if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
      return true;
    }
    p.destroyForcibly().waitFor();
    return false;
  }

  /**
   * Polls the runs folder and SIGKILLs as soon as a new complete ({@code <id>}, not {@code
   * .partial}) run folder appears: the moment between the rename and the link swap.
   */
  private boolean killAtRename(Process p, Set<String> before) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_TIMEOUT_MILLIS);
    while (System.nanoTime() < deadline) {
      Set<String> now = runFolders();
      now.removeAll(before);
      if (!now.isEmpty()) {
        p.destroyForcibly().waitFor();
        return false;
      }
      if (p.waitFor(2, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    p.destroyForcibly().waitFor();
    throw new AssertionError("run did not end in time:\n" + ChildJvm.tail(log(), 4000));
  }

  private int runToEnd() throws Exception {
    Process p = start();
    if (!p.waitFor(RUN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("run did not end in time:\n" + ChildJvm.tail(log(), 4000));
    }
    return p.exitValue();
  }

  private Process start() throws IOException {
    runs++;
    Files.writeString(
        log(),
        "\n=== run " + runs + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    Process p =
        ChildJvm.builder(
                List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                "nl.migstat.cli.Main",
                List.of("run", "jobs/small", "--force"),
                tmp,
                log())
            .start();
    children.add(p);
    return p;
  }

  private Path log() {
    return tmp.resolve("runs.log");
  }

  private Path runsDir() {
    return tmp.resolve("out/small.runs");
  }

  /** Complete run folders (not {@code .partial}). */
  private Set<String> runFolders() throws IOException {
    Set<String> names = new TreeSet<>(names(runsDir()));
    names.removeIf(n -> n.endsWith(".partial"));
    return names;
  }

  private List<String> partials() throws IOException {
    return names(runsDir()).stream().filter(n -> n.endsWith(".partial")).toList();
  }

  private static List<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}
