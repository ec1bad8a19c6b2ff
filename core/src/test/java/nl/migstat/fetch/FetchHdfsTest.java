package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.TestHdfs;
import nl.migstat.cli.ExitCode;
import nl.migstat.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migstat fetch} into a raw folder on HDFS (the test JVM's MiniDFSCluster): a CBS table from
 * the recorded server lands there with the fetch records, {@code validate} reads it there, and a
 * second fetch finds it up to date.
 */
@Tag("cluster")
class FetchHdfsTest {
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
        RecordedServer.ok(server.fixture("cbs-v3/TypedDataSet_skip10000.json")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetchesIntoARawFolderOnHdfsThatARunThenReads() throws IOException {
    Path raw = TestHdfs.folder("fetch-raw");
    Path job = tmp.resolve("fetch.yaml");
    Files.writeString(
        job,
        "name: fetched\nreport_year: 2023\nraw_dir: "
            + raw.toUri()
            + "\nchapters: [migratiestromen]\n"
            + "inputs:\n  - path: cbs/84809NED\n    source: cbs:84809NED\n    fetch: cbs-odata-v3\n",
        StandardCharsets.UTF_8);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "fetch", job.toString(), "--endpoints", server.base().toString()))
        .as(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(ExitCode.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("cbs:84809NED -> cbs/84809NED: DOWNLOADED", "2 pages");
    Path page = raw.resolve("cbs/84809NED/TypedDataSet_skip10000.json");
    assertThat(Files.isRegularFile(page)).isTrue();
    assertThat(Files.size(page)).isPositive();
    assertThat(Files.isRegularFile(raw.resolve("fetch-records.json"))).isTrue();
    try (var names = Files.list(raw.resolve("cbs"))) {
      assertThat(names.map(p -> p.getFileName().toString())).containsExactly("84809NED");
    }

    ByteArrayOutputStream validated = new ByteArrayOutputStream();
    assertThat(run(validated, "validate", job.toString())).isEqualTo(ExitCode.OK);
    assertThat(validated.toString(StandardCharsets.UTF_8))
        .contains("cbs-odata3-json, cbs:84809NED", "job fetched is valid");

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(run(again, "fetch", job.toString(), "--endpoints", server.base().toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("UP_TO_DATE");
  }

  private static ExitCode run(ByteArrayOutputStream out, String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }
}
