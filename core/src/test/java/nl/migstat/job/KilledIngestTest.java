package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migstat ingest <inputs> --out out/obs} in a child JVM, with two sets of inputs in turn,
 * killed with SIGKILL in turn at a seeded random moment, as soon as its staging folder holds {@code
 * codes} (the rejects, the seal and the renames are next) and as soon as the old output is renamed
 * aside (while the new one goes in or the old one is deleted): each time {@code out/obs} must be
 * one clean publication ({@link PublicationCheck}), either the output before, byte for byte, or the
 * complete output of the inputs being ingested, never a mix. The one window the two renames leave,
 * {@code out/obs} renamed aside and the new one not yet in, is accepted only as the old output
 * complete beside it, which the next ingest puts back. Properties: {@code migstat.ingestKills} (9),
 * {@code migstat.killSeed}.
 */
@Tag("slow")
class KilledIngestTest {
  private static final int KILLS = Integer.getInteger("migstat.ingestKills", 9);
  private static final long SEED = Long.getLong("migstat.killSeed", 20231231L);
  private static final List<String> MODES = List.of("random", "late", "aside");
  private static final long RUN_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(4);
  private static final List<List<String>> INPUTS =
      List.of(
          List.of(
              "eurostat-tsv/tps00001.tsv", "cbs-odata-csv/03742_immi_emigratie_geboorteland.csv"),
          List.of("eurostat-sdmx/migr_resfirst_sdmx-csv-2.0_action.csv"));

  @TempDir Path tmp;
  private final BuildLog report = new BuildLog(KilledIngestTest.class);
  private final List<Process> children = new ArrayList<>();
  private int runs;

  /** An output as the test saw it: its files byte for byte and its tables by content. */
  private record Output(String files, SortedMap<String, String> tables) {}

  @AfterEach
  void destroyChildren() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void anIngestKilledAtAnyMomentLeavesTheOldOutputOrTheNewOneAndNeverAMix() throws Exception {
    long t0 = System.nanoTime();
    List<Output> references = new ArrayList<>();
    long runMillis = 0;
    for (int set = 0; set < INPUTS.size(); set++) {
      long start = System.nanoTime();
      assertThat(ingestToEnd(set)).as("ingest exits 0:\n%s", ChildJvm.tail(log(), 4000)).isZero();
      runMillis = Math.max(runMillis, millisSince(start));
      assertThat(PublicationCheck.problems(out())).isEmpty();
      references.add(output(out()));
    }
    assertThat(references.get(0).tables()).isNotEqualTo(references.get(1).tables());
    assertThat(references.get(0).tables()).containsOnlyKeys("observations", "codes", "rejects");

    Output before = references.get(1);
    Random random = new Random(SEED);
    int putAside = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      int set = kill % 2;
      String mode = MODES.get(kill % MODES.size());
      long delay = (long) (random.nextDouble() * runMillis);
      List<String> left = names(out().getParent());
      long start = System.nanoTime();
      Process p = start(set);
      boolean finished =
          switch (mode) {
            case "late" -> killWhen(p, left, this::late);
            case "aside" -> killWhen(p, left, KilledIngestTest::aside);
            default -> killAfter(p, delay);
          };
      String outcome = check(before, references.get(set));
      report.printf(
          "kill %d: %-8s at %5.2f s of ~%.1f s, inputs %d -> %s",
          kill + 1,
          mode,
          millisSince(start) / 1000.0,
          runMillis / 1000.0,
          set + 1,
          (finished ? "exited " + p.exitValue() + " before the kill, " : "") + outcome);
      if (outcome.startsWith("renamed aside")) {
        putAside++;
      } else {
        before = output(out());
      }
    }
    assertThat(ingestToEnd(0))
        .as("cleaning ingest exits 0:\n%s", ChildJvm.tail(log(), 4000))
        .isZero();
    assertThat(PublicationCheck.problems(out())).isEmpty();
    assertThat(output(out()).tables()).isEqualTo(references.get(0).tables());
    assertThat(names(out().getParent()))
        .as("staging and old folders are cleaned by the next ingest")
        .containsExactly("obs");
    report.printf(
        "killed ingests: %d kills, %d child runs, %d outputs left renamed aside; %.1f s in all",
        KILLS, runs, putAside, millisSince(t0) / 1000.0);
  }

  /**
   * Checks what a kill left and says what it was: the output before unchanged, the new complete
   * one, or (between the two renames) the output before renamed aside, complete.
   */
  private String check(Output before, Output reference) throws IOException {
    if (!Files.exists(out(), LinkOption.NOFOLLOW_LINKS)) {
      Optional<Path> aside =
          names(out().getParent()).stream()
              .filter(n -> n.startsWith(".obs.old-"))
              .map(out()::resolveSibling)
              .findFirst();
      assertThat(aside).as("out/obs missing and no old output beside it").isPresent();
      assertThat(RunDigest.files(aside.get())).isEqualTo(before.files());
      return "renamed aside, complete: " + aside.get().getFileName();
    }
    assertThat(PublicationCheck.problems(out())).as("out/obs is one clean output").isEmpty();
    Output now = output(out());
    if (now.files().equals(before.files())) {
      return "output before unchanged";
    }
    assertThat(now.tables()).as("a new output is complete").isEqualTo(reference.tables());
    return "new complete output";
  }

  private Output output(Path dir) {
    return new Output(RunDigest.files(dir), RunDigest.tables(TestSpark.session(), dir));
  }

  /** Waits {@code delayMillis}, then SIGKILLs; true when the ingest ended by itself before that. */
  private static boolean killAfter(Process p, long delayMillis) throws InterruptedException {
    if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
      return true;
    }
    p.destroyForcibly().waitFor();
    return false;
  }

  /**
   * SIGKILLs as soon as {@code moment} holds of the names beside the output that were not {@code
   * left} by an earlier kill; true when the ingest ended by itself before that.
   */
  private boolean killWhen(Process p, List<String> left, Predicate<List<String>> moment)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_TIMEOUT_MILLIS);
    while (System.nanoTime() < deadline) {
      List<String> names = new ArrayList<>(names(out().getParent()));
      names.removeAll(left);
      if (moment.test(names)) {
        p.destroyForcibly().waitFor();
        return false;
      }
      if (p.waitFor(1, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    p.destroyForcibly().waitFor();
    throw new AssertionError("ingest did not end in time:\n" + ChildJvm.tail(log(), 4000));
  }

  /** The staging folder holds {@code codes}: the rejects, the seal and the renames are next. */
  private boolean late(List<String> names) {
    return names.stream()
        .anyMatch(
            n ->
                n.startsWith(".obs.staging-")
                    && Files.isDirectory(out().resolveSibling(n + "/codes")));
  }

  /** The old output is renamed aside: the new one goes in, or is in and the old one is deleted. */
  private static boolean aside(List<String> names) {
    return names.stream().anyMatch(n -> n.startsWith(".obs.old-"));
  }

  private int ingestToEnd(int set) throws Exception {
    Process p = start(set);
    if (!p.waitFor(RUN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("ingest did not end in time:\n" + ChildJvm.tail(log(), 4000));
    }
    return p.exitValue();
  }

  private Process start(int set) throws IOException {
    runs++;
    Files.writeString(
        log(),
        "\n=== ingest " + runs + " (inputs " + (set + 1) + ")\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    List<String> args =
        new ArrayList<>(List.of("ingest", "--max-reject-share", "0.05", "--out", "out/obs"));
    INPUTS.get(set).forEach(f -> args.add(Path.of("data-samples", f).toAbsolutePath().toString()));
    Process p =
        ChildJvm.builder(
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                "nl.migstat.cli.Main",
                args,
                tmp,
                log())
            .start();
    children.add(p);
    return p;
  }

  private Path out() {
    return tmp.resolve("out/obs");
  }

  private Path log() {
    return tmp.resolve("ingests.log");
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
