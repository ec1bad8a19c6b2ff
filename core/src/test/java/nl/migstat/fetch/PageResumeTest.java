package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A CBS table whose page failed resumes from that page on the next fetch (the staged pages of the
 * same publisher version are kept), a new version starts again from page 1, and a table folder
 * renamed aside by a killed publication is put back.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PageResumeTest extends LoopbackFetch {
  private static final String PAGE_2 = V3 + "TypedDataSet?$format=json&$skip=10000";

  @Test
  void theNextFetchAsksOnlyForThePageThatFailed() throws IOException {
    serveV3Table(server, V3);
    server.on("GET", PAGE_2, RecordedServer.status(503));

    FetchReport failed = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(raw.resolve("cbs/84809NED")).doesNotExist();
    assertThat(allNames(raw.resolve("cbs/.84809NED.staging")))
        .contains("TypedDataSet.json", "DataProperties.json", ".fetch-stamp")
        .noneMatch(n -> n.endsWith(".part") || n.startsWith("TypedDataSet_skip"));

    server.on(
        "GET", PAGE_2, RecordedServer.ok(server.fixture("cbs-v3/TypedDataSet_skip10000.json")));
    int before = server.requests().size();
    FetchReport resumed = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(resumed.outcome()).as(resumed.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(server.requests().subList(before, server.requests().size()))
        .containsExactly("GET " + V3 + "TableInfos?$format=json", "GET " + PAGE_2);
    assertThat(resumed.pages()).isEqualTo(2);
    assertThat(logged("resuming: 5 file(s) of this version kept")).as("%s", log).isTrue();
    Path table = raw.resolve("cbs/84809NED");
    for (String set : V3_SETS) {
      assertThat(table.resolve(set + ".json"))
          .hasBinaryContent(server.fixture("cbs-v3/" + set + ".json"));
    }
    assertThat(table.resolve("TypedDataSet_skip10000.json"))
        .hasBinaryContent(server.fixture("cbs-v3/TypedDataSet_skip10000.json"));
    assertThat(allNames(table)).noneMatch(n -> n.startsWith("."));
    assertThat(allNames(raw.resolve("cbs"))).containsExactly("84809NED");
    assertThat(resumed.sha256()).hasSize(7);
  }

  @Test
  void aNewPublisherVersionStartsAgainFromPageOne() throws IOException {
    serveV3Table(server, V3);
    server.on("GET", PAGE_2, RecordedServer.status(404));
    assertThat(fetch(TestFetchers.quick(), V3_SPEC).outcome()).isEqualTo(Outcome.FAILED);

    server.on(
        "GET",
        V3 + "TableInfos?$format=json",
        RecordedServer.ok(server.fixture("cbs-v3/TableInfos-changed.json")));
    server.on(
        "GET", PAGE_2, RecordedServer.ok(server.fixture("cbs-v3/TypedDataSet_skip10000.json")));
    int before = server.requests().size();
    FetchReport report = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(report.modified()).isEqualTo("2025-06-27T02:00:00");
    assertThat(server.requests().size() - before).isEqualTo(7);
    assertThat(raw.resolve("cbs/84809NED/TableInfos.json"))
        .hasBinaryContent(server.fixture("cbs-v3/TableInfos-changed.json"));
  }

  @Test
  void aTableLeftRenamedAsideByAKilledPublicationIsPutBack() throws IOException {
    serveV3Table(server, V3);
    FetchReport first = fetch(TestFetchers.quick(), V3_SPEC);
    Path table = raw.resolve("cbs/84809NED");
    // What a kill between the two renames of AtomicDirectory.publish leaves.
    Files.move(table, raw.resolve("cbs/.84809NED.old-1234"));
    Files.createDirectories(raw.resolve("cbs/.84809NED.old-0000"));

    int before = server.requests().size();
    FetchReport second = fetch(TestFetchers.quick(), V3_SPEC);

    assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(server.requests().size() - before).isEqualTo(1);
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(allNames(raw.resolve("cbs"))).containsExactly("84809NED");
    assertThat(logged("put back 84809NED from .84809NED.old-")).as("%s", log).isTrue();
  }

  @Test
  void aSecondFetchIntoTheSameRawFolderStopsAtOnce() throws IOException {
    serveV3Table(server, V3);
    try (RawFolderLock held = RawFolderLock.take(raw.toRealPath())) {
      assertThat(held.file()).exists();
      assertThatThrownBy(() -> fetch(TestFetchers.quick(), V3_SPEC))
          .isInstanceOf(FetchLockedException.class)
          .hasMessageContaining(".fetch.lock");
    }
    assertThat(server.requests()).isEmpty();
    assertThat(fetch(TestFetchers.quick(), V3_SPEC).outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(List.of(raw.toFile().list())).contains(".fetch.lock");
  }
}
