package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import nl.migstat.fetch.FetchReport.Outcome;
import nl.migstat.fetch.FetchSpec.Kind;
import nl.migstat.files.Checksums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a loopback server playing recorded CBS and Eurostat responses. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FetcherTest {
  private static final String V3 = "/v3/84809NED/";
  private static final String V4 = "/v4/84809NED/";
  private static final String TSV =
      "/eurostat/sdmx/2.1/data/migr_asyappctza?format=TSV&compressed=true";
  private static final String LAST_MODIFIED = "Wed, 26 Mar 2025 23:00:00 GMT";

  private static final FetchSpec V3_SPEC =
      new FetchSpec("cbs:84809NED", Kind.CBS_ODATA_V3, "cbs/84809NED");
  private static final FetchSpec V4_SPEC =
      new FetchSpec("cbs:84809NED", Kind.CBS_ODATA_V4, "cbs4/84809NED");
  private static final FetchSpec TSV_SPEC =
      new FetchSpec(
          "eurostat:migr_asyappctza", Kind.EUROSTAT_TSV, "eurostat/migr_asyappctza.tsv.gz");

  @TempDir Path raw;
  private RecordedServer server;
  private final List<String> log = new ArrayList<>();
  private final Fetcher fetcher = TestFetchers.fetcher(TestFetchers.quick());

  @BeforeEach
  void startServer() throws IOException {
    server = RecordedServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private void serveV3Table(String tableInfos) {
    server.on("GET", V3 + "TableInfos?$format=json", RecordedServer.ok(server.fixture(tableInfos)));
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

  private FetchReport fetch(FetchSpec spec) throws IOException {
    List<FetchReport> reports =
        fetcher.fetch(List.of(spec), raw, Endpoints.under(server.base()), log::add);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  @Test
  void savesBothTypedDataSetPagesOfAV3TableByteForByteUnderTheirSkipNames() throws IOException {
    serveV3Table("cbs-v3/TableInfos.json");

    FetchReport report = fetch(V3_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.modified()).isEqualTo("2024-06-28T02:00:00");
    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.requests()).isEqualTo(7);
    assertThat(report.retries()).isZero();
    Path table = raw.resolve("cbs/84809NED");
    assertThat(fileNames(table))
        .containsExactly(
            "CategoryGroups.json",
            "DataProperties.json",
            "Geslacht.json",
            "Perioden.json",
            "TableInfos.json",
            "TypedDataSet.json",
            "TypedDataSet_skip10000.json");
    assertThat(table.resolve("TypedDataSet.json"))
        .hasBinaryContent(server.fixture("cbs-v3/TypedDataSet.json"));
    assertThat(table.resolve("TypedDataSet_skip10000.json"))
        .hasBinaryContent(server.fixture("cbs-v3/TypedDataSet_skip10000.json"));
    assertThat(report.sha256())
        .hasSize(7)
        .containsEntry(
            "cbs/84809NED/TypedDataSet_skip10000.json",
            Checksums.of(table.resolve("TypedDataSet_skip10000.json")));
    assertThat(fileNames(raw.resolve("cbs"))).containsExactly("84809NED");
    String records = Files.readString(raw.resolve("fetch-records.json"));
    assertThat(records)
        .contains(
            "\"modified\" : \"2024-06-28T02:00:00\"",
            "\"fetchedAt\" : \"2025-04-01T08:00:00Z\"",
            "\"cbs/84809NED/TypedDataSet.json\" : \""
                + Checksums.of(table.resolve("TypedDataSet.json")));
  }

  @Test
  void followsTheObservationsNextLinkOfAV4Table() throws IOException {
    for (String set :
        List.of(
            "Properties",
            "MeasureCodes",
            "Dimensions",
            "GeslachtCodes",
            "PeriodenCodes",
            "Observations")) {
      server.on("GET", V4 + set, RecordedServer.ok(server.fixture("cbs-v4/" + set + ".json")));
    }
    server.on(
        "GET",
        V4 + "Observations?$skip=10000",
        RecordedServer.ok(server.fixture("cbs-v4/Observations_skip10000.json")));

    FetchReport report = fetch(V4_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.modified()).isEqualTo("2024-06-28T00:00:00Z");
    assertThat(report.pages()).isEqualTo(2);
    Path table = raw.resolve("cbs4/84809NED");
    assertThat(fileNames(table))
        .containsExactly(
            "Dimensions.json",
            "GeslachtCodes.json",
            "MeasureCodes.json",
            "Observations.json",
            "Observations_skip10000.json",
            "PeriodenCodes.json",
            "Properties.json");
    assertThat(table.resolve("Observations_skip10000.json"))
        .hasBinaryContent(server.fixture("cbs-v4/Observations_skip10000.json"));
  }

  @Test
  void retriesA503AndCountsTheRetry() throws IOException {
    serveV3Table("cbs-v3/TableInfos.json");
    server.on(
        "GET",
        V3 + "TypedDataSet?$format=json&$skip=10000",
        RecordedServer.status(503),
        RecordedServer.ok(server.fixture("cbs-v3/TypedDataSet_skip10000.json")));

    FetchReport report = fetch(V3_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.retries()).isEqualTo(1);
    assertThat(report.requests()).isEqualTo(8);
    assertThat(raw.resolve("cbs/84809NED/TypedDataSet_skip10000.json"))
        .hasBinaryContent(server.fixture("cbs-v3/TypedDataSet_skip10000.json"));
    assertThat(log).anyMatch(line -> line.contains("HTTP 503") && line.contains("retry 1 of 2"));
  }

  @Test
  void resumesATruncatedGzipBodyWithARangeRequest() throws IOException {
    byte[] gz = gzip(server.fixture("eurostat/migr_asyappctza.tsv"));
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on(
        "GET",
        TSV,
        RecordedServer.truncated(gz, 100, "ETag", "\"v1\""),
        RecordedServer.ok(gz, "ETag", "\"v1\""));

    FetchReport report = fetch(TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.retries()).isEqualTo(1);
    assertThat(report.bytes()).isEqualTo(gz.length);
    assertThat(server.requests())
        .containsExactly("HEAD " + TSV, "GET " + TSV, "GET " + TSV + " [bytes=100-]");
    Path file = raw.resolve("eurostat/migr_asyappctza.tsv.gz");
    assertThat(file).hasBinaryContent(gz);
    assertThat(report.sha256())
        .containsExactly(Map.entry("eurostat/migr_asyappctza.tsv.gz", sha256(gz)));
    assertThat(report.modified()).isEqualTo(LAST_MODIFIED);
    assertThat(fileNames(raw.resolve("eurostat"))).containsExactly("migr_asyappctza.tsv.gz");
  }

  @Test
  void resumesABodyThatStallsAfterTheAllowedWait() throws IOException {
    byte[] gz = gzip(server.fixture("eurostat/migr_asyappctza.tsv"));
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on(
        "GET",
        TSV,
        RecordedServer.stalled(gz, 50, "Last-Modified", LAST_MODIFIED),
        RecordedServer.ok(gz, "Last-Modified", LAST_MODIFIED));

    FetchReport report = fetch(TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests()).last().isEqualTo("GET " + TSV + " [bytes=50-]");
    assertThat(raw.resolve("eurostat/migr_asyappctza.tsv.gz")).hasBinaryContent(gz);
    assertThat(log).anyMatch(line -> line.contains("no bytes for 500 ms"));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void secondFetchWithTheSameModificationDateDownloadsNothing() throws IOException {
    serveV3Table("cbs-v3/TableInfos.json");
    FetchReport first = fetch(V3_SPEC);
    Map<String, byte[]> before = snapshot(raw);
    int requestsBefore = server.requests().size();

    FetchReport second = fetch(V3_SPEC);

    assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(server.requests()).hasSize(requestsBefore + 1);
    assertThat(server.requests().get(requestsBefore))
        .isEqualTo("GET " + V3 + "TableInfos?$format=json");
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(snapshot(raw)).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void aChangedModificationDateDownloadsAgain() throws IOException {
    serveV3Table("cbs-v3/TableInfos.json");
    fetch(V3_SPEC);
    server.on(
        "GET",
        V3 + "TableInfos?$format=json",
        RecordedServer.ok(server.fixture("cbs-v3/TableInfos-changed.json")));
    int requestsBefore = server.requests().size();

    FetchReport second = fetch(V3_SPEC);

    assertThat(second.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(second.modified()).isEqualTo("2025-06-27T02:00:00");
    assertThat(server.requests()).hasSize(requestsBefore + 7);
    assertThat(Files.readString(raw.resolve("fetch-records.json")))
        .contains("2025-06-27T02:00:00")
        .doesNotContain("2024-06-28T02:00:00");
  }

  @Test
  void aPermanentFailureLeavesThePreviousTableByteIdenticalAndNamesUrlAndStatus()
      throws IOException {
    serveV3Table("cbs-v3/TableInfos.json");
    fetch(V3_SPEC);
    Map<String, byte[]> before = snapshot(raw);
    server.on(
        "GET",
        V3 + "TableInfos?$format=json",
        RecordedServer.ok(server.fixture("cbs-v3/TableInfos-changed.json")));
    server.on("GET", V3 + "TypedDataSet?$format=json&$skip=10000", RecordedServer.status(404));

    FetchReport report = fetch(V3_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason())
        .contains(server.base() + "v3/84809NED/TypedDataSet?$format=json&$skip=10000", "HTTP 404");
    assertThat(report.retries()).isZero();
    assertThat(snapshot(raw)).containsExactlyInAnyOrderEntriesOf(before);
    assertThat(fileNames(raw.resolve("cbs"))).containsExactly("84809NED");
    // The pages that arrived wait, hidden, for the next fetch to resume from page 2.
    assertThat(raw.resolve("cbs/.84809NED.staging/TypedDataSet.json")).exists();
  }

  @Test
  void repeated503sGiveUpAfterTheConfiguredAttemptsAndKeepTheOldFile() throws IOException {
    byte[] gz = gzip(server.fixture("eurostat/migr_asyappctza.tsv"));
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on("GET", TSV, RecordedServer.ok(gz));
    fetch(TSV_SPEC);
    Map<String, byte[]> before = snapshot(raw);
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", "Thu, 27 Mar 2025 11:00:00 GMT"));
    server.on("GET", TSV, RecordedServer.status(503));

    FetchReport report = fetch(TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason())
        .contains("gave up after 3 attempts", "HTTP 503", server.base() + TSV.substring(1));
    assertThat(report.retries()).isEqualTo(2);
    assertThat(snapshot(raw)).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void refusesACorruptGzipAndKeepsNoPartFile() throws IOException {
    byte[] gz = gzip(server.fixture("eurostat/migr_asyappctza.tsv"));
    gz[gz.length - 6] ^= 0x55; // break the CRC-32 trailer, length unchanged
    server.on("HEAD", TSV, RecordedServer.head());
    server.on("GET", TSV, RecordedServer.ok(gz));

    FetchReport report = fetch(TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("gzip body is corrupt");
    assertThat(fileNames(raw.resolve("eurostat"))).isEmpty();
  }

  @Test
  void refusesATargetOutsideTheRawFolderOrAMismatchedSource() {
    assertThatThrownBy(() -> new FetchSpec("cbs:84809NED", Kind.CBS_ODATA_V3, "../elsewhere"))
        .hasMessageContaining("inside the raw folder");
    assertThatThrownBy(() -> new FetchSpec("cbs:84809NED", Kind.EUROSTAT_TSV, "x.tsv.gz"))
        .hasMessageContaining("eurostat:");
    assertThatThrownBy(() -> new FetchSpec("cbs:84809NED/../x", Kind.CBS_ODATA_V3, "cbs/x"))
        .hasMessageContaining("letters, digits");
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        if (hidden(root.relativize(p))) {
          continue; // staging folders and the lock: readers ignore hidden names (package-info)
        }
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] data) throws IOException {
    Path tmp = Files.createTempFile("sha", ".bin");
    try {
      Files.write(tmp, data);
      return Checksums.of(tmp);
    } finally {
      Files.delete(tmp);
    }
  }
}
