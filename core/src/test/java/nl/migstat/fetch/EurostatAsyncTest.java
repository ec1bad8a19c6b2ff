package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eurostat's asynchronous delivery and its 413 (Eurostat, "API - Detailed guidelines - Asynchronous
 * API"): a note with a key instead of the data, polled at {@code 1.0/async/status/} until AVAILABLE
 * and then fetched from {@code 1.0/async/data/}; a 413 EXTRACTION_TOO_BIG is explained and not
 * retried. The status envelopes are those of Eurostat's async API description.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EurostatAsyncTest extends LoopbackFetch {
  private static final String KEY = "0f164c29-0e96-4757-9b81-e9fcff8b9899";
  private static final String STATUS = "/eurostat/1.0/async/status/" + KEY;
  private static final String DATA = "/eurostat/1.0/async/data/" + KEY;

  private static String envelope(String status) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?> <S:Envelope"
        + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <env:Header/>\n  <S:Body>\n"
        + "    <ns0:asyncResponse xmlns:ns1=\"http://estat.ec.europa.eu/disschain/asynchronous\""
        + " xmlns:ns0=\"http://estat.ec.europa.eu/disschain/soap/asynchronous\">\n"
        + "      <ns1:status>\n        <ns1:key>"
        + KEY
        + "</ns1:key>\n        <ns1:status>"
        + status
        + "</ns1:status>\n      </ns1:status>\n    </ns0:asyncResponse>\n  </S:Body>\n"
        + "</S:Envelope>";
  }

  private void serveNote(int code, String note) {
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on("GET", TSV, RecordedServer.answer(code, note, "Content-Type", "application/xml"));
  }

  @Test
  void pollsTheStatusUntilAvailableThenSavesTheData() throws IOException {
    byte[] gz = tsvGz();
    serveNote(200, envelope("SUBMITTED"));
    server.on(
        "GET",
        STATUS,
        RecordedServer.answer(200, envelope("SUBMITTED")),
        RecordedServer.answer(200, envelope("PROCESSING")),
        RecordedServer.answer(200, envelope("AVAILABLE")));
    server.on("GET", DATA, RecordedServer.ok(gz));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests())
        .containsExactly(
            "HEAD " + TSV,
            "GET " + TSV,
            "GET " + STATUS,
            "GET " + STATUS,
            "GET " + STATUS,
            "GET " + DATA);
    assertThat(raw.resolve(TSV_SPEC.target())).hasBinaryContent(gz);
    assertThat(allNames(raw.resolve("eurostat"))).containsExactly("migr_asyappctza.tsv.gz");
    assertThat(report.modified()).isEqualTo(LAST_MODIFIED);
    assertThat(logged("Eurostat will deliver asynchronously (key " + KEY + ")")).isTrue();
  }

  @Test
  void acceptsAJsonNoteWith202() throws IOException {
    byte[] gz = tsvGz();
    serveNote(
        202,
        "{\"warning\":{\"status\":\"SUBMITTED\",\"label\":\"The request will be processed"
            + " asynchronously\",\"key\":\""
            + KEY
            + "\"}}");
    server.on("GET", STATUS, RecordedServer.answer(200, envelope("AVAILABLE")));
    server.on("GET", DATA, RecordedServer.ok(gz));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(raw.resolve(TSV_SPEC.target())).hasBinaryContent(gz);
  }

  @Test
  void anExpiredRequestFailsAndLeavesNoFile() throws IOException {
    serveNote(200, envelope("SUBMITTED"));
    server.on("GET", STATUS, RecordedServer.answer(200, envelope("EXPIRED")));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("asynchronous request " + KEY + " ended EXPIRED");
    assertThat(allNames(raw.resolve("eurostat"))).isEmpty();
  }

  @Test
  void givesUpAfterTheAsyncWait() throws IOException {
    serveNote(200, envelope("SUBMITTED"));
    server.on("GET", STATUS, RecordedServer.answer(200, envelope("PROCESSING")));
    FetchSettings settings =
        TestFetchers.quick()
            .withEurostatAsync(new AsyncPolling(Duration.ofMillis(20), Duration.ofMillis(200)));

    FetchReport report = fetch(settings, TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("still PROCESSING after 200 ms (--async-wait)");
    assertThat(server.requests()).noneMatch(r -> r.contains("/async/data/"));
  }

  @Test
  void a413IsExplainedAndNotRetried() throws IOException {
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on(
        "GET",
        TSV,
        RecordedServer.answer(
            413,
            "<S:Fault xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
                + "    <faultcode>413</faultcode>\n    <faultstring>EXTRACTION_TOO_BIG: The"
                + " requested extraction is too big, estimated 420709314 rows, max authorised is"
                + " 5000000, please change your filters to reduce the extraction"
                + " size</faultstring>\n</S:Fault>"));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.retries()).isZero();
    assertThat(report.reason())
        .contains(
            "will not extract this whole dataset",
            "HTTP 413: \"413 EXTRACTION_TOO_BIG: The requested extraction is too big, estimated"
                + " 420709314 rows",
            "Download it in parts");
    assertThat(server.requests()).containsExactly("HEAD " + TSV, "GET " + TSV);
  }

  @Test
  void anUnexpectedXmlBodyIsNotSavedAsData() throws IOException {
    serveNote(200, "<html><body>Service page</body></html>");

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("expected a gzip file", "Service page");
    assertThat(allNames(raw.resolve("eurostat"))).isEmpty();
  }
}
