package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proxy environment variables, read as curl reads them. */
class ProxyRulesTest {
  private static final URI CBS = URI.create("https://opendata.cbs.nl/ODataApi/OData/");
  private static final URI PLAIN = URI.create("http://mirror.example.nl/v3/");

  private static String proxyOf(ProxyRules rules, URI uri) {
    return rules.proxyFor(uri).map(ProxyRules.Named::toString).orElse("direct");
  }

  @Test
  void choosesTheProxyByScheme() {
    ProxyRules rules =
        ProxyRules.fromEnvironment(
            Map.of("HTTPS_PROXY", "http://secure:3128", "http_proxy", "plain:8080"));
    assertThat(proxyOf(rules, CBS)).isEqualTo("secure:3128 (HTTPS_PROXY)");
    assertThat(proxyOf(rules, PLAIN)).isEqualTo("plain:8080 (http_proxy)");
  }

  @Test
  void lowerCaseWinsAllProxyFillsInAndThePortDefaultsTo1080() {
    ProxyRules rules =
        ProxyRules.fromEnvironment(
            Map.of("https_proxy", "lower", "HTTPS_PROXY", "upper:1", "ALL_PROXY", "all:2"));
    assertThat(proxyOf(rules, CBS)).isEqualTo("lower:1080 (https_proxy)");
    assertThat(proxyOf(rules, PLAIN)).isEqualTo("all:2 (ALL_PROXY)");
    assertThat(proxyOf(ProxyRules.fromEnvironment(Map.of()), CBS)).isEqualTo("direct");
  }

  @Test
  void noProxyMatchesHostsAndDomainsBelowThemButNotLookalikes() {
    ProxyRules rules =
        ProxyRules.fromEnvironment(
            Map.of("https_proxy", "p:1", "http_proxy", "p:1", "NO_PROXY", " .cbs.nl, localhost"));
    assertThat(proxyOf(rules, CBS)).isEqualTo("direct");
    assertThat(proxyOf(rules, URI.create("https://cbs.nl/"))).isEqualTo("direct");
    assertThat(proxyOf(rules, URI.create("https://notcbs.nl/"))).isEqualTo("p:1 (https_proxy)");
    assertThat(proxyOf(rules, URI.create("http://LOCALHOST:8080/"))).isEqualTo("direct");
    assertThat(proxyOf(rules, PLAIN)).isEqualTo("p:1 (http_proxy)");
  }

  @Test
  void noProxyStarAndAddressRanges() {
    ProxyRules all = ProxyRules.fromEnvironment(Map.of("https_proxy", "p:1", "no_proxy", "*"));
    assertThat(proxyOf(all, CBS)).isEqualTo("direct");
    ProxyRules ranges =
        ProxyRules.fromEnvironment(
            Map.of("http_proxy", "p:1", "no_proxy", "10.0.0.0/8,192.168.1.7,::1"));
    assertThat(proxyOf(ranges, URI.create("http://10.20.30.40/"))).isEqualTo("direct");
    assertThat(proxyOf(ranges, URI.create("http://11.0.0.1/"))).isEqualTo("p:1 (http_proxy)");
    assertThat(proxyOf(ranges, URI.create("http://192.168.1.7/"))).isEqualTo("direct");
    assertThat(proxyOf(ranges, URI.create("http://192.168.1.8/"))).isEqualTo("p:1 (http_proxy)");
    assertThat(proxyOf(ranges, URI.create("http://[::1]:80/"))).isEqualTo("direct");
  }

  @Test
  void refusesWhatTheJdkClientCannotDoNamingTheVariable() {
    assertThatThrownBy(() -> ProxyRules.fromEnvironment(Map.of("https_proxy", "socks5://s:1080")))
        .hasMessageContaining("https_proxy")
        .hasMessageContaining("only http:// proxies");
    assertThatThrownBy(() -> ProxyRules.fromEnvironment(Map.of("HTTP_PROXY", "http://u:pw@p:1")))
        .hasMessageContaining("HTTP_PROXY")
        .hasMessageContaining("user name and password");
  }
}
