package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import nl.migstat.fetch.FetchReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proxies from the environment and extra TLS trust, against a loopback forward proxy and an HTTPS
 * server with a self-signed certificate (a network that inspects TLS re-signs with its own CA).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NetworkTest extends LoopbackFetch {
  private static final String TABLE_INFOS = V3 + "TableInfos?$format=json";

  private RecordedServer https() throws IOException {
    RecordedServer tls = RecordedServer.startHttps(SelfSignedKeys.get().serverContext());
    serveV3Table(tls, V3);
    return tls;
  }

  private static FetchSettings trusting(java.nio.file.Path store) {
    return TestFetchers.quickWithSlowHandshake()
        .withTruststore(store, SelfSignedKeys.TRUST_PASSWORD);
  }

  @Test
  void httpRequestsGoThroughHttpProxyAsAbsoluteUris() throws IOException {
    serveV3Table(server, V3);
    try (ForwardProxy proxy = ForwardProxy.start()) {
      FetchSettings settings =
          TestFetchers.quick()
              .withProxies(ProxyRules.fromEnvironment(Map.of("http_proxy", proxy.url())));

      FetchReport report = fetch(settings, V3_SPEC);

      assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
      assertThat(proxy.requests())
          .hasSize(7)
          .allMatch(line -> line.startsWith("GET " + server.base() + "v3/84809NED/"))
          .contains("GET " + server.base() + TABLE_INFOS.substring(1) + " HTTP/1.1");
      assertThat(
              logged("http via 127.0.0.1:" + proxy.url().replaceAll(".*:", "") + " (http_proxy)"))
          .as("%s", log)
          .isTrue();
    }
  }

  @Test
  void httpsRequestsTunnelThroughHttpsProxyWithConnect() throws IOException {
    try (RecordedServer tls = https();
        ForwardProxy proxy = ForwardProxy.start()) {
      FetchSettings settings =
          trusting(SelfSignedKeys.get().trustPkcs12)
              .withProxies(ProxyRules.fromEnvironment(Map.of("HTTPS_PROXY", proxy.url())));

      FetchReport report = fetch(settings, V3_SPEC, tls);

      assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
      assertThat(proxy.requests())
          .isNotEmpty()
          .allMatch(line -> line.equals("CONNECT 127.0.0.1:" + tls.port() + " HTTP/1.1"));
      assertThat(tls.requests()).hasSize(7);
    }
  }

  @Test
  void noProxySendsTheHostDirect() throws IOException {
    serveV3Table(server, V3);
    try (ForwardProxy proxy = ForwardProxy.start()) {
      FetchSettings settings =
          TestFetchers.quick()
              .withProxies(
                  ProxyRules.fromEnvironment(
                      Map.of("http_proxy", proxy.url(), "NO_PROXY", "example.org,127.0.0.1")));

      FetchReport report = fetch(settings, V3_SPEC);

      assertThat(report.outcome()).as(report.reason()).isEqualTo(Outcome.DOWNLOADED);
      assertThat(proxy.requests()).isEmpty();
      assertThat(server.requests()).hasSize(7);
    }
  }

  @Test
  void aSelfSignedCertificateIsRefusedAtOnceWithoutTheTruststore() throws IOException {
    try (RecordedServer tls = https()) {
      FetchReport report = fetch(TestFetchers.quickWithSlowHandshake(), V3_SPEC, tls);

      assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(report.retries()).isZero();
      assertThat(report.reason())
          .contains("TLS certificate is not trusted", "--truststore", tls.base().toString());
      assertThat(tls.requests()).isEmpty();
    }
  }

  @Test
  void theTruststoreMakesItTrustedInPkcs12AndJks() throws IOException {
    for (java.nio.file.Path store :
        new java.nio.file.Path[] {
          SelfSignedKeys.get().trustPkcs12, SelfSignedKeys.get().trustJks
        }) {
      try (RecordedServer tls = https()) {
        FetchReport report = fetch(trusting(store), V3_SPEC, tls);

        assertThat(report.outcome())
            .as(store + ": " + report.reason())
            .isEqualTo(Outcome.DOWNLOADED);
        assertThat(raw.resolve("cbs/84809NED/TypedDataSet_skip10000.json"))
            .hasBinaryContent(tls.fixture("cbs-v3/TypedDataSet_skip10000.json"));
      }
      for (String name : allNames(raw)) {
        nl.migstat.files.AtomicDirectory.deleteTree(raw.resolve(name));
      }
    }
  }

  @Test
  void aWrongPasswordOrMissingTruststoreIsToldBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                new Fetcher(
                    TestFetchers.quick().withTruststore(SelfSignedKeys.get().trustPkcs12, "wrong"),
                    TestFetchers.CLOCK))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot read truststore")
        .hasMessageContaining("MIGSTAT_TRUSTSTORE_PASSWORD");
    assertThatThrownBy(
            () ->
                new Fetcher(
                    TestFetchers.quick().withTruststore(raw.resolve("none.p12"), "x"),
                    TestFetchers.CLOCK))
        .hasMessageContaining("does not exist");
    assertThat(TestFetchers.quick().withTruststore(raw, "secret").toString())
        .doesNotContain("secret")
        .contains("password set");
  }
}
