package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import nl.migstat.fetch.FetchSpec.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the fetch tests against a loopback server share: the server, a raw folder, the log. */
abstract class LoopbackFetch {
  static final String V3 = "/v3/84809NED/";
  static final String TSV = "/eurostat/sdmx/2.1/data/migr_asyappctza?format=TSV&compressed=true";
  static final String LAST_MODIFIED = "Wed, 26 Mar 2025 23:00:00 GMT";
  static final FetchSpec V3_SPEC = new FetchSpec("cbs:84809NED", Kind.CBS_ODATA_V3, "cbs/84809NED");
  static final FetchSpec TSV_SPEC =
      new FetchSpec(
          "eurostat:migr_asyappctza", Kind.EUROSTAT_TSV, "eurostat/migr_asyappctza.tsv.gz");
  static final List<String> V3_SETS =
      List.of("DataProperties", "CategoryGroups", "Geslacht", "Perioden", "TypedDataSet");

  @TempDir Path raw;
  RecordedServer server;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startServer() throws IOException {
    server = RecordedServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  FetchReport fetch(FetchSettings settings, FetchSpec spec) throws IOException {
    return fetch(settings, spec, server);
  }

  FetchReport fetch(FetchSettings settings, FetchSpec spec, RecordedServer at) throws IOException {
    List<FetchReport> reports =
        TestFetchers.fetcher(settings)
            .fetch(List.of(spec), raw, Endpoints.under(at.base()), log::add);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  /** Serves the v3 fixture table below {@code prefix} ({@code /v3/84809NED/}). */
  void serveV3Table(RecordedServer at, String prefix) {
    at.on(
        "GET",
        prefix + "TableInfos?$format=json",
        RecordedServer.ok(at.fixture("cbs-v3/TableInfos.json")));
    for (String set : V3_SETS) {
      at.on(
          "GET",
          prefix + set + "?$format=json",
          RecordedServer.ok(at.fixture("cbs-v3/" + set + ".json")));
    }
    at.on(
        "GET",
        prefix + "TypedDataSet?$format=json&$skip=10000",
        RecordedServer.ok(at.fixture("cbs-v3/TypedDataSet_skip10000.json")));
  }

  byte[] tsvGz() throws IOException {
    return gzip(server.fixture("eurostat/migr_asyappctza.tsv"));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** The names in a folder, hidden ones included. */
  static List<String> allNames(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Whether some log line holds every one of {@code parts}. */
  boolean logged(String... parts) {
    synchronized (log) {
      return log.stream().anyMatch(l -> Stream.of(parts).allMatch(l::contains));
    }
  }
}
