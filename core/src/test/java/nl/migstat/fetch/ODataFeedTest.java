package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.migstat.fetch.FetchReport.Outcome;
import nl.migstat.fetch.FetchSpec.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Large CBS v3 tables through the ODataFeed: CBS's standard API serves at most 10,000 cells per
 * request, its Feed is meant for large downloads and has no maximum (cbs.nl, "StatLine als open
 * data"); the Feed pages with the same nextLink, 10,000 rows a page, and its pages are saved under
 * the same names.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ODataFeedTest extends LoopbackFetch {
  private static final String FEED = "/v3feed/84809NED/";
  private static final FetchSpec FEED_SPEC =
      new FetchSpec("cbs:84809NED", Kind.CBS_ODATA_V3_FEED, "cbs/84809NED");

  /** A v3 fixture as the Feed serves it: its links point into the Feed. */
  private byte[] feedPage(String set) {
    String text = new String(server.fixture("cbs-v3/" + set + ".json"), StandardCharsets.UTF_8);
    return text.replace("v3/84809NED/", "v3feed/84809NED/").getBytes(StandardCharsets.UTF_8);
  }

  private void serveFeedData() {
    server.on(
        "GET", FEED + "TypedDataSet?$format=json", RecordedServer.ok(feedPage("TypedDataSet")));
    server.on(
        "GET",
        FEED + "TypedDataSet?$format=json&$skip=10000",
        RecordedServer.ok(feedPage("TypedDataSet_skip10000")));
  }

  @Test
  void aDataSetTheApiRefusesIsFetchedFromTheFeed() throws IOException {
    serveV3Table(server, V3);
    // CBS does not document the API's exact refusal; any HTTP error but 404 sends the data to the
    // Feed.
    server.on(
        "GET",
        V3 + "TypedDataSet?$format=json",
        RecordedServer.answer(
            500,
            "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"too many"
                + " cells\"}}}"));
    serveFeedData();

    FetchReport report = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.pages()).isEqualTo(2);
    assertThat(server.requests())
        .endsWith(
            "GET " + FEED + "TypedDataSet?$format=json",
            "GET " + FEED + "TypedDataSet?$format=json&$skip=10000");
    assertThat(server.requests()).filteredOn(r -> r.contains("/v3feed/")).hasSize(2);
    assertThat(raw.resolve("cbs/84809NED/TypedDataSet.json"))
        .hasBinaryContent(feedPage("TypedDataSet"));
    assertThat(raw.resolve("cbs/84809NED/TypedDataSet_skip10000.json"))
        .hasBinaryContent(feedPage("TypedDataSet_skip10000"));
    assertThat(raw.resolve("cbs/84809NED/DataProperties.json"))
        .hasBinaryContent(server.fixture("cbs-v3/DataProperties.json"));
    assertThat(logged("the ODataApi refused TypedDataSet", "too many cells", "ODataFeed"))
        .as("%s", log)
        .isTrue();
  }

  @Test
  void theFeedKindAsksTheFeedForEverything() throws IOException {
    server.on("GET", FEED + "TableInfos?$format=json", RecordedServer.ok(feedPage("TableInfos")));
    for (String set : V3_SETS) {
      server.on("GET", FEED + set + "?$format=json", RecordedServer.ok(feedPage(set)));
    }
    serveFeedData();

    FetchReport report = fetch(TestFetchers.quick(), FEED_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests()).hasSize(7).allMatch(r -> r.startsWith("GET " + FEED));
    assertThat(raw.resolve("cbs/84809NED/TypedDataSet_skip10000.json"))
        .hasBinaryContent(feedPage("TypedDataSet_skip10000"));
    assertThat(FEED_SPEC.targetIsFolder()).isTrue();
  }

  @Test
  void aMissingDataSetIsNotAskedOfTheFeed() throws IOException {
    serveV3Table(server, V3);
    server.on("GET", V3 + "TypedDataSet?$format=json", RecordedServer.status(404));
    serveFeedData();

    FetchReport report = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("HTTP 404");
    assertThat(server.requests()).noneMatch(r -> r.contains("/v3feed/"));
  }
}
