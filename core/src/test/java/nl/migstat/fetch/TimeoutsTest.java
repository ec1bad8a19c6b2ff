package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The three timeouts: connect, read (headers and stalls) and the whole download of one file. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimeoutsTest extends LoopbackFetch {
  private static FetchSettings timeouts(long connectMs, long readMs, long downloadMs) {
    return TestFetchers.quick()
        .withRetry(
            new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1)))
        .withTimeouts(
            new Timeouts(
                Duration.ofMillis(connectMs),
                Duration.ofMillis(readMs),
                Duration.ofMillis(downloadMs)));
  }

  @Test
  void aTricklingBodyEndsAtTheDownloadTimeout() throws IOException {
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    // 100 bytes every 50 ms: never a stall, but 100 KB would take 50 s.
    server.on("GET", TSV, RecordedServer.slowly(new byte[100_000], 100, 50));

    long start = System.nanoTime();
    FetchReport report = fetch(timeouts(2000, 500, 1000), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("the download timeout of 1 s (--download-timeout)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(allNames(raw.resolve("eurostat"))).isEmpty();
  }

  @Test
  void headersThatNeverComeEndAtTheReadTimeout() throws IOException {
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", LAST_MODIFIED));
    server.on("GET", TSV, RecordedServer.late(1500, RecordedServer.ok(tsvGz())));

    FetchReport report = fetch(timeouts(2000, 300, 20_000), TSV_SPEC);

    assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.reason()).contains("gave up after 2 attempts", "HttpTimeoutException");
  }

  @Test
  void aServerThatAcceptsNoConnectionEndsAtTheConnectTimeout() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    List<Socket> queued = new ArrayList<>();
    try (ServerSocket full = new ServerSocket(0, 1, loopback)) {
      // Fill the accept queue of a socket that never accepts: later connects get no answer.
      for (int i = 0; i < 50 && queued.size() == i; i++) {
        Socket s = new Socket();
        try {
          s.connect(new InetSocketAddress(loopback, full.getLocalPort()), 200);
          queued.add(s);
        } catch (SocketTimeoutException e) {
          s.close();
        }
      }
      URI base = URI.create("http://127.0.0.1:" + full.getLocalPort() + "/");
      long start = System.nanoTime();
      List<FetchReport> reports =
          TestFetchers.fetcher(timeouts(300, 5000, 20_000))
              .fetch(List.of(TSV_SPEC), raw, Endpoints.under(base), log::add);

      assertThat(reports.get(0).outcome()).isEqualTo(Outcome.FAILED);
      assertThat(reports.get(0).reason()).contains("HttpConnectTimeoutException");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    } finally {
      for (Socket s : queued) {
        s.close();
      }
    }
  }
}
