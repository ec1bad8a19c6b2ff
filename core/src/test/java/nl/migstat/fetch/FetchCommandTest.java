package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.cli.ExitCode;
import nl.migstat.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migstat fetch} on a job file against recorded responses on loopback, then {@code migstat
 * validate} reading what was fetched: the job's inputs come from the download, not by hand.
 */
class FetchCommandTest {
  private static final String V3 = "/v3/84809NED/";

  @TempDir Path tmp;
  private RecordedServer server;

  @BeforeEach
  void start() throws IOException {
    server = RecordedServer.start();
    server.on(
        "GET",
        V3 + "TableInfos?$format=json",
        RecordedServer.ok(server.fixture("cbs-v3/TableInfos.json")));
    for (String set :
        List.of("DataProperties", "CategoryGroups", "Geslacht", "Perioden", "TypedDataSet")) {
      server.on(
          "GET",
          V3 + set + "?$format=json",
          RecordedServer.ok(server.fixture("cbs-v3/" + set + ".json")));
    }
    server.on(
        "GET",
        V3 + "TypedDataSet?$format=json&$skip=10000",
        RecordedServer.status(503),
        RecordedServer.ok(server.fixture("cbs-v3/TypedDataSet_skip10000.json")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ExitCode run(ByteArrayOutputStream out, String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void fetchesTheJobsTablesAndTheJobThenReadsThem() throws IOException {
    Files.createDirectories(tmp.resolve("raw"));
    Path job = tmp.resolve("fetch.yaml");
    Files.writeString(
        job,
        "name: fetched\nreport_year: 2023\nraw_dir: raw\nchapters: [migratiestromen]\n"
            + "inputs:\n  - path: cbs/84809NED\n    source: cbs:84809NED\n    fetch: cbs-odata-v3\n",
        StandardCharsets.UTF_8);
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    assertThat(run(before, "validate", job.toString())).isEqualTo(ExitCode.BAD_JOB_FILE);
    assertThat(before.toString(StandardCharsets.UTF_8)).contains("run ./migstat fetch first");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "fetch", job.toString(), "--endpoints", server.base().toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("cbs:84809NED -> cbs/84809NED: DOWNLOADED", "2 pages", "1 retries");
    assertThat(tmp.resolve("raw/cbs/84809NED/TypedDataSet_skip10000.json")).exists();
    assertThat(tmp.resolve("raw/fetch-records.json")).exists();

    ByteArrayOutputStream validated = new ByteArrayOutputStream();
    assertThat(run(validated, "validate", job.toString())).isEqualTo(ExitCode.OK);
    assertThat(validated.toString(StandardCharsets.UTF_8))
        .contains("cbs-odata3-json, cbs:84809NED", "job fetched is valid");

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(run(again, "fetch", job.toString(), "--endpoints", server.base().toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("UP_TO_DATE");
  }

  private Path job(String fetchKind) throws IOException {
    Files.createDirectories(tmp.resolve("raw"));
    Path job = tmp.resolve("fetch.yaml");
    Files.writeString(
        job,
        "name: fetched\nreport_year: 2023\nraw_dir: raw\nchapters: [migratiestromen]\n"
            + "inputs:\n  - path: cbs/84809NED\n    source: cbs:84809NED\n    fetch: "
            + fetchKind
            + "\n",
        StandardCharsets.UTF_8);
    return job;
  }

  @Test
  void theFeedKindOfAJobFileFetchesFromTheODataFeed() throws IOException {
    String feed = "/v3feed/84809NED/";
    server.on(
        "GET",
        feed + "TableInfos?$format=json",
        RecordedServer.ok(server.fixture("cbs-v3/TableInfos.json")));
    for (String set :
        List.of("DataProperties", "CategoryGroups", "Geslacht", "Perioden", "TypedDataSet")) {
      server.on(
          "GET",
          feed + set + "?$format=json",
          RecordedServer.ok(server.fixture("cbs-v3/" + set + ".json")));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The fixture's nextLink points at the API: the same server, so the page is followed there.
    assertThat(
            run(
                out,
                "fetch",
                job("cbs-odata-v3-feed").toString(),
                "--endpoints",
                server.base().toString()))
        .as(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(ExitCode.OK);
    assertThat(server.requests()).first().isEqualTo("GET " + feed + "TableInfos?$format=json");
    assertThat(Files.readString(tmp.resolve("raw/fetch-records.json")))
        .contains("CBS_ODATA_V3_FEED");
  }

  @Test
  void networkSettingsThatCannotWorkStopBeforeAnyRequest() throws IOException {
    Path job = job("cbs-odata-v3");
    ByteArrayOutputStream missing = new ByteArrayOutputStream();
    assertThat(
            run(
                missing,
                "fetch",
                job.toString(),
                "--truststore",
                tmp.resolve("corporate-ca.p12").toString(),
                "--endpoints",
                server.base().toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(missing.toString(StandardCharsets.UTF_8))
        .contains("migstat fetch: truststore", "corporate-ca.p12 does not exist");

    ByteArrayOutputStream zero = new ByteArrayOutputStream();
    assertThat(run(zero, "fetch", job.toString(), "--connect-timeout", "0s"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(zero.toString(StandardCharsets.UTF_8)).contains("not a positive time");
    ByteArrayOutputStream attempts = new ByteArrayOutputStream();
    assertThat(run(attempts, "fetch", job.toString(), "--attempts", "21"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(attempts.toString(StandardCharsets.UTF_8)).contains("--attempts must be 1..20");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theHelpNamesTheDefaultTimeouts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "fetch", "--help")).isEqualTo(ExitCode.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("(default: 30s)", "(default: 5m)", "(default: 2h)", "(default: 1h)")
        .contains("https_proxy", "MIGSTAT_TRUSTSTORE_PASSWORD");
    assertThat(Timeouts.defaults())
        .isEqualTo(
            new Timeouts(
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ofMinutes(5),
                java.time.Duration.ofHours(2)));
    assertThat(AsyncPolling.defaults().maxWait()).isEqualTo(java.time.Duration.ofHours(1));
  }

  @Test
  void aSecondFetchOfTheSameRawFolderStopsWithTheLockExitCode() throws IOException {
    Path job = job("cbs-odata-v3");
    try (RawFolderLock held = RawFolderLock.take(tmp.resolve("raw").toRealPath())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(run(out, "fetch", job.toString(), "--endpoints", server.base().toString()))
          .isEqualTo(ExitCode.RUN_LOCKED);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains(held.file().toString());
    }
    assertThat(server.requests()).isEmpty();
  }
}
