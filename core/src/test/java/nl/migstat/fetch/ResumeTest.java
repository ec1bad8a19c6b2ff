package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A body cut short is resumed with Range and If-Range (RFC 9110, 13.1.5), and never spliced onto a
 * changed file: a 200 answer to the range request, a 206 of another version or a missing validator
 * start the file again from byte 0.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResumeTest extends LoopbackFetch {
  private static final String CSV =
      "/eurostat/sdmx/3.0/data/dataflow/ESTAT/migr_asyappctza/1.0?format=csvdata&formatVersion=2.0";
  private static final FetchSpec CSV_SPEC =
      new FetchSpec(
          "eurostat:migr_asyappctza",
          FetchSpec.Kind.EUROSTAT_SDMX_CSV,
          "eurostat/migr_asyappctza.csv");

  private static byte[] csv(String version, int rows) {
    StringBuilder s = new StringBuilder("STRUCTURE,STRUCTURE_ID,geo,TIME_PERIOD,OBS_VALUE\n");
    for (int i = 0; i < rows; i++) {
      s.append("dataflow,ESTAT:migr_asyappctza(1.0),NL,").append(2000 + i % 20).append(',');
      s.append(version).append(i).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void resumesWithIfRangeCarryingTheStrongEtag() throws IOException {
    byte[] gz = tsvGz();
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on(
        "GET",
        TSV,
        RecordedServer.truncated(gz, 100, "ETag", "\"v1\"", "Last-Modified", LAST_MODIFIED),
        RecordedServer.ok(gz, "ETag", "\"v1\""));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests()).last().isEqualTo("GET " + TSV + " [bytes=100-]");
    assertThat(server.ifRanges()).containsExactly("\"v1\"");
    assertThat(raw.resolve(TSV_SPEC.target())).hasBinaryContent(gz);
  }

  @Test
  void aWeakEtagIsNoValidatorSoIfRangeCarriesLastModified() throws IOException {
    byte[] body = csv("a", 2000);
    server.on("HEAD", CSV, RecordedServer.head());
    server.on(
        "GET",
        CSV,
        RecordedServer.truncated(body, 500, "ETag", "W/\"weak\"", "Last-Modified", LAST_MODIFIED),
        RecordedServer.ok(body, "Last-Modified", LAST_MODIFIED));

    FetchReport report = fetch(TestFetchers.quick(), CSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.ifRanges()).containsExactly(LAST_MODIFIED);
    assertThat(raw.resolve(CSV_SPEC.target())).hasBinaryContent(body);
  }

  @Test
  void aWholeBodyAnsweringTheRangeRequestReplacesThePartInsteadOfExtendingIt() throws IOException {
    byte[] v1 = csv("a", 2000);
    byte[] v2 = csv("b", 2100);
    server.on("HEAD", CSV, RecordedServer.head());
    server.on(
        "GET",
        CSV,
        RecordedServer.truncated(v1, 700, "ETag", "\"v1\""),
        // The file changed: If-Range does not match, so the server sends all of v2 with 200.
        RecordedServer.whole(v2, "ETag", "\"v2\""));

    FetchReport report = fetch(TestFetchers.quick(), CSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests()).last().isEqualTo("GET " + CSV + " [bytes=700-]");
    assertThat(raw.resolve(CSV_SPEC.target())).hasBinaryContent(v2);
    assertThat(report.bytes()).isEqualTo(700L + v2.length);
    assertThat(logged("answered the range request with the whole file", "from byte 0"))
        .as("%s", log)
        .isTrue();
  }

  @Test
  void aPartialAnswerOfAnotherVersionIsDiscardedNotSpliced() throws IOException {
    byte[] v1 = csv("a", 2000);
    byte[] v2 = csv("b", 2000);
    server.on("HEAD", CSV, RecordedServer.head());
    server.on(
        "GET",
        CSV,
        RecordedServer.truncated(v1, 700, "ETag", "\"v1\""),
        // A server that ignores If-Range and serves the range of the new version.
        RecordedServer.ok(v2, "ETag", "\"v2\""),
        RecordedServer.ok(v2, "ETag", "\"v2\""));

    FetchReport report = fetch(TestFetchers.quick(), CSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests())
        .containsExactly("HEAD " + CSV, "GET " + CSV, "GET " + CSV + " [bytes=700-]", "GET " + CSV);
    assertThat(raw.resolve(CSV_SPEC.target())).hasBinaryContent(v2);
    assertThat(logged("the file changed during the download (\"v1\" -> \"v2\")"))
        .as("%s", log)
        .isTrue();
  }

  @Test
  void withoutAValidatorACutBodyIsDownloadedAgainWhole() throws IOException {
    byte[] body = csv("a", 2000);
    server.on("HEAD", CSV, RecordedServer.head());
    server.on("GET", CSV, RecordedServer.truncated(body, 300), RecordedServer.ok(body));

    FetchReport report = fetch(TestFetchers.quick(), CSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests()).containsExactly("HEAD " + CSV, "GET " + CSV, "GET " + CSV);
    assertThat(raw.resolve(CSV_SPEC.target())).hasBinaryContent(body);
  }
}
