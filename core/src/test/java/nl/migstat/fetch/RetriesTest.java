package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 429 and 503 with Retry-After in both forms, honoured up to a cap before the back-off takes over,
 * and the server's error text in the failure message.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RetriesTest extends LoopbackFetch {
  private void serveTsv(RecordedServer.Response... answers) {
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on("GET", TSV, answers);
  }

  @Test
  void waitsTheSecondsThatA429AsksFor() throws IOException {
    byte[] gz = tsvGz();
    serveTsv(
        RecordedServer.answer(429, "Too Many Requests", "Retry-After", "1"), RecordedServer.ok(gz));

    long start = System.nanoTime();
    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(950));
    assertThat(logged("HTTP 429: \"Too Many Requests\"", "(Retry-After 1 s)", "in 1000 ms"))
        .as("%s", log)
        .isTrue();
    assertThat(raw.resolve(TSV_SPEC.target())).hasBinaryContent(gz);
  }

  @Test
  void waitsUntilTheHttpDateThatA503Names() throws IOException {
    String inOneSecond =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            TestFetchers.CLOCK.instant().plusSeconds(1).atZone(java.time.ZoneOffset.UTC));
    serveTsv(
        RecordedServer.answer(503, "maintenance", "Retry-After", inOneSecond),
        RecordedServer.ok(tsvGz()));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.retries()).isEqualTo(1);
    assertThat(logged("HTTP 503: \"maintenance\"", "Retry-After 1 s", "in 1000 ms"))
        .as("%s", log)
        .isTrue();
  }

  @Test
  void capsALongRetryAfterAndGivesUpWithTheServersText() throws IOException {
    FetchSettings settings =
        TestFetchers.quick()
            .withRetry(
                new RetryPolicy(
                    2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(300)));
    serveTsv(
        RecordedServer.answer(
            503,
            "<html><body><h1>Down\tfor\u0007 maintenance</h1></body></html>",
            "Retry-After",
            "86400"));

    FetchReport report = fetch(settings, TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(logged("Retry-After 86400 s, capped at 300 ms", "in 300 ms")).as("%s", log).isTrue();
    assertThat(report.reason())
        .contains(
            "gave up after 2 attempts", "HTTP 503: \"Down for maintenance\"", TSV.substring(1));
  }

  @Test
  void withoutRetryAfterTheBackOffApplies() throws IOException {
    serveTsv(RecordedServer.answer(503, "busy"), RecordedServer.ok(tsvGz()));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(logged("HTTP 503: \"busy\"", "retry 1 of 2 in 1 ms")).as("%s", log).isTrue();
  }

  @Test
  void aRefusalIsNotRetriedAndShowsTheErrorBody() throws IOException {
    serveTsv(
        RecordedServer.answer(
            404,
            "<?xml version=\"1.0\"?><S:Fault><faultcode>100</faultcode><faultstring>"
                + "NO_RESULTS_FOUND:\r\nDataset migr_asyappctza not found\u0000</faultstring>"
                + "</S:Fault>"));

    FetchReport report = fetch(TestFetchers.quick(), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.retries()).isZero();
    assertThat(report.reason())
        .contains(
            "the server answered HTTP 404: \"100 NO_RESULTS_FOUND: Dataset migr_asyappctza not"
                + " found\"");
  }
}
