package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.migstat.files.Checksums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migstat fetch} in a child JVM is killed with SIGKILL at seeded random moments, while the
 * loopback publisher alternates between two versions of a paged CBS table and a slowly served
 * Eurostat file. After every kill the raw folder holds, under real names, only whole files of one
 * version or the other (compared byte for byte, and with the checksums in fetch-records.json):
 * never a torn table folder, never a half file. The next fetch completes. Properties: {@code
 * migstat.fetchKills} (8), {@code migstat.killSeed}, {@code migstat.killBudgetSeconds} (120).
 */
@Tag("slow")
class KilledFetchTest {
  private static final int KILLS = Integer.getInteger("migstat.fetchKills", 8);
  private static final long SEED = Long.getLong("migstat.killSeed", 20250401L);
  private static final long BUDGET_MILLIS = Long.getLong("migstat.killBudgetSeconds", 120) * 1000;
  private static final long RUN_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(3);

  @TempDir Path tmp;
  private RecordedServer server;
  private final List<Process> children = new ArrayList<>();
  private final BuildLog report = new BuildLog(KilledFetchTest.class);
  private int runs;

  /** One version of everything the publisher serves, by saved file name. */
  @BeforeEach
  void startServer() throws IOException {
    server = RecordedServer.start();
    Files.writeString(
        tmp.resolve("kill.yaml"),
        "name: kill\nreport_year: 2023\nraw_dir: raw\nchapters: [migratiestromen]\ninputs:\n"
            + "  - path: cbs/84809NED\n    source: cbs:84809NED\n    fetch: cbs-odata-v3\n"
            + "  - path: eurostat/migr_asyappctza.tsv.gz\n    source: eurostat:migr_asyappctza\n"
            + "    fetch: eurostat-tsv\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(tmp.resolve("raw"));
  }

  @AfterEach
  void stopServer() {
    children.forEach(Process::destroyForcibly);
    server.close();
  }

  @Test
  void aFetchKilledAtAnyMomentLeavesWholeFilesOfOneVersionAndTheNextOneCompletes()
      throws Exception {
    PublishedVersion a = PublishedVersion.make(server, "A", "2024-06-28T02:00:00", 1);
    PublishedVersion b = PublishedVersion.make(server, "B", "2025-06-27T02:00:00", 2);
    a.serve(server);
    long t0 = System.nanoTime();
    assertThat(runToEnd()).as("first fetch exits 0:\n%s", tail()).isZero();
    long runMillis = millisSince(t0);
    checkWhole(a, b);
    assertThat(same(table(), a.table())).as("first fetch saved version A").isTrue();

    Random random = new Random(SEED);
    long loopStart = System.nanoTime();
    int kills = 0;
    int putBack = 0;
    int recordsBehind = 0;
    while (kills < KILLS && (kills < 3 || millisSince(loopStart) < BUDGET_MILLIS)) {
      PublishedVersion now = (kills / 2) % 2 == 0 ? b : a;
      now.serve(server);
      long delay = (long) (random.nextDouble() * runMillis);
      boolean atPublish = kills % 3 == 2 && !same(table(), now.table());
      long started = System.nanoTime();
      Process p = start();
      boolean finished = atPublish ? killAtPublish(p, now) : killAfter(p, delay);
      delay = millisSince(started);
      Outcome outcome = checkWhole(a, b);
      putBack += outcome.tableAside ? 1 : 0;
      recordsBehind += outcome.recordsBehind ? 1 : 0;
      report.printf(
          "kill %d: serving %s, %s%s at %d ms of ~%d ms -> table %s, eurostat %s%s%s; staged %s",
          kills + 1,
          now.name(),
          atPublish ? "right after the table's publication, " : "",
          finished ? "exited " + p.exitValue() + " before the kill" : "killed",
          delay,
          runMillis,
          outcome.table,
          outcome.tsv,
          outcome.tableAside ? " (renamed aside, put back by the next fetch)" : "",
          outcome.recordsBehind ? " (records name the other version)" : "",
          staged());
      kills++;
    }

    PublishedVersion last = (kills / 2) % 2 == 0 ? b : a;
    last.serve(server);
    assertThat(runToEnd()).as("the fetch after the kills exits 0:\n%s", tail()).isZero();
    Outcome end = checkWhole(a, b);
    assertThat(same(table(), last.table())).as("last fetch saved version %s", last.name()).isTrue();
    assertThat(Files.readAllBytes(raw().resolve("eurostat/migr_asyappctza.tsv.gz")))
        .isEqualTo(last.tsv());
    assertThat(end.recordsBehind || end.tableAside).isFalse();
    assertThat(leftovers()).as("nothing staged, renamed aside or partial is left").isEmpty();
    report.printf(
        "killed fetches: %d kills, %d child runs, %d tables renamed aside (put back), %d records"
            + " behind the files, all fixed by the next fetch; %.1f s in all",
        kills, runs, putBack, recordsBehind, millisSince(t0) / 1000.0);
  }

  /** What the raw folder held after a kill. */
  private record Outcome(String table, String tsv, boolean tableAside, boolean recordsBehind) {}

  /**
   * Checks every visible file: the table folder is version A or B as a whole, the Eurostat file
   * whole A or B (or absent before it was first fetched), fetch-records.json readable with the
   * checksums of A or B, and no other visible file but {@code *.part}.
   */
  private Outcome checkWhole(PublishedVersion a, PublishedVersion b) throws IOException {
    Path raw = raw();
    Path tablePath = raw.resolve("cbs/84809NED");
    String table;
    boolean aside = false;
    if (Files.isDirectory(tablePath)) {
      table = which(table(), a.table(), b.table(), "table folder");
    } else {
      // Only between the two renames of a publication: the old folder is whole beside it.
      List<Path> old = hidden(raw.resolve("cbs"), ".84809NED.old-");
      assertThat(old).as("table folder missing without a copy renamed aside").hasSize(1);
      table = which(files(old.get(0)), a.table(), b.table(), "folder renamed aside");
      aside = true;
    }
    Path tsvPath = raw.resolve("eurostat/migr_asyappctza.tsv.gz");
    String tsv =
        Files.exists(tsvPath)
            ? which(
                Map.of("f", Files.readAllBytes(tsvPath)),
                Map.of("f", a.tsv()),
                Map.of("f", b.tsv()),
                "eurostat file")
            : "absent";
    try (Stream<Path> all = Files.walk(raw)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String rel = raw.relativize(p).toString().replace('\\', '/');
        boolean known =
            rel.equals("fetch-records.json")
                || rel.startsWith("cbs/84809NED/")
                || rel.equals("eurostat/migr_asyappctza.tsv.gz")
                || rel.endsWith(".part")
                || Stream.of(rel.split("/")).anyMatch(n -> n.startsWith("."));
        assertThat(known).as("unexpected visible file %s", rel).isTrue();
      }
    }
    boolean behind = !recordsMatch(raw, table, tsv, a, b);
    return new Outcome(table, tsv, aside, behind);
  }

  /** Whether fetch-records.json names what is on disk; fails when it is torn or names neither. */
  private boolean recordsMatch(
      Path raw, String table, String tsv, PublishedVersion a, PublishedVersion b)
      throws IOException {
    Path file = raw.resolve("fetch-records.json");
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    boolean match = true;
    for (JsonNode record : root.path("records")) {
      Map<String, String> sha = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = record.path("sha256").fields();
      fields.forEachRemaining(e -> sha.put(e.getKey(), e.getValue().asText()));
      String target = record.path("target").asText();
      String named;
      if (target.equals("cbs/84809NED")) {
        named = which(sha, checksums(target, a.table()), checksums(target, b.table()), "record");
        match &= named.equals(table);
      } else {
        Map<String, byte[]> one = Map.of(target, a.tsv());
        Map<String, byte[]> other = Map.of(target, b.tsv());
        named = which(sha, checksums("", one), checksums("", other), "record");
        match &= named.equals(tsv);
      }
    }
    return match;
  }

  private static String which(
      Map<String, ?> found, Map<String, ?> a, Map<String, ?> b, String what) {
    if (same(found, a)) {
      return "A";
    }
    assertThat(same(found, b)).as("%s is whole version A or B: %s", what, found.keySet()).isTrue();
    return "B";
  }

  private static boolean same(Map<String, ?> x, Map<String, ?> y) {
    if (!x.keySet().equals(y.keySet())) {
      return false;
    }
    for (String k : x.keySet()) {
      Object u = x.get(k);
      Object v = y.get(k);
      boolean eq =
          u instanceof byte[] ub && v instanceof byte[] vb
              ? java.util.Arrays.equals(ub, vb)
              : u.equals(v);
      if (!eq) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> checksums(String target, Map<String, byte[]> files)
      throws IOException {
    Map<String, String> sha = new TreeMap<>();
    Path tmp = Files.createTempFile("sha", ".bin");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(tmp, f.getValue());
        sha.put(target.isEmpty() ? f.getKey() : target + "/" + f.getKey(), Checksums.of(tmp));
      }
    } finally {
      Files.delete(tmp);
    }
    return sha;
  }

  private Path raw() {
    return tmp.resolve("raw");
  }

  private Map<String, byte[]> table() throws IOException {
    return files(raw().resolve("cbs/84809NED"));
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static List<Path> hidden(Path folder, String prefix) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  private String staged() throws IOException {
    Path staging = raw().resolve("cbs/.84809NED.staging");
    if (!Files.isDirectory(staging)) {
      return "nothing";
    }
    try (Stream<Path> list = Files.list(staging)) {
      return list.count() + " file(s)";
    }
  }

  /** Staging folders, copies renamed aside, partial files and downloads left anywhere. */
  private List<String> leftovers() throws IOException {
    try (Stream<Path> all = Files.walk(raw())) {
      return all.map(p -> raw().relativize(p).toString())
          .filter(
              n ->
                  n.contains(".staging")
                      || n.contains(".old-")
                      || n.endsWith(".part")
                      || n.endsWith(".download"))
          .toList();
    }
  }

  /** Waits {@code millis}, then SIGKILLs; true when the fetch ended by itself before that. */
  private static boolean killAfter(Process p, long millis) throws InterruptedException {
    if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
      return true;
    }
    p.destroyForcibly().waitFor();
    return false;
  }

  /**
   * The file's bytes, or null while it is not there: the fetch swaps the table folder in by two
   * renames, so the file can vanish between a check for it and the read.
   */
  private static byte[] readIfThere(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
  }

  /**
   * SIGKILLs as soon as the table folder holds version {@code now}: between the publication and the
   * write of fetch-records.json, or the Eurostat download after it.
   */
  private boolean killAtPublish(Process p, PublishedVersion now) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_TIMEOUT_MILLIS);
    Path infos = raw().resolve("cbs/84809NED/TableInfos.json");
    while (System.nanoTime() < deadline) {
      if (java.util.Arrays.equals(readIfThere(infos), now.table().get("TableInfos.json"))) {
        p.destroyForcibly().waitFor();
        return false;
      }
      if (p.waitFor(1, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    p.destroyForcibly().waitFor();
    throw new AssertionError("fetch did not end in time:\n" + tail());
  }

  private int runToEnd() throws Exception {
    Process p = start();
    if (!p.waitFor(RUN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("fetch did not end in time:\n" + tail());
    }
    return p.exitValue();
  }

  private Process start() throws IOException {
    runs++;
    Path log = tmp.resolve("fetch.log");
    Files.writeString(
        log,
        "\n=== run " + runs + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports"))
        .forEach(cmd::add);
    cmd.addAll(
        List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath()));
    cmd.addAll(
        List.of(
            "nl.migstat.cli.Main",
            "fetch",
            tmp.resolve("kill.yaml").toString(),
            "--endpoints",
            server.base().toString(),
            "--read-timeout",
            "5s"));
    Process p =
        new ProcessBuilder(cmd)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    children.add(p);
    return p;
  }

  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private String tail() throws IOException {
    Path log = tmp.resolve("fetch.log");
    String s = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}
