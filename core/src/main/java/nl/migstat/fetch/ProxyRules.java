package nl.migstat.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxies the environment names, read and applied as curl does (curl(1), "ENVIRONMENT"): {@code
 * https_proxy} for https URLs and {@code http_proxy} for http URLs, {@code all_proxy} where the
 * scheme has none, the lower-case name before the upper-case one, a proxy without port on 1080, and
 * {@code no_proxy}: a comma-separated list of host names each matching itself and every host below
 * it (a leading dot is ignored), IPv4 addresses or CIDR ranges, or {@code *} for every host. Unlike
 * curl, {@code HTTP_PROXY} in upper case is honoured too (curl ignores it against CGI header
 * injection, which cannot reach a command-line tool).
 */
public final class ProxyRules {
  /** One proxy and the variable that named it. */
  record Named(InetSocketAddress address, String variable) {
    @Override
    public String toString() {
      return address.getHostString() + ":" + address.getPort() + " (" + variable + ")";
    }
  }

  private final Named https;
  private final Named http;
  private final List<String> noProxy;

  private ProxyRules(Named https, Named http, List<String> noProxy) {
    this.https = https;
    this.http = http;
    this.noProxy = noProxy;
  }

  /** No proxy for any host. */
  public static ProxyRules none() {
    return new ProxyRules(null, null, List.of());
  }

  /**
   * The rules of an environment ({@code System.getenv()} in production).
   *
   * @throws IllegalArgumentException when a proxy URL cannot be used, naming the variable
   */
  public static ProxyRules fromEnvironment(Map<String, String> env) {
    Named all = proxy(env, "all_proxy");
    Named https = Optional.ofNullable(proxy(env, "https_proxy")).orElse(all);
    Named http = Optional.ofNullable(proxy(env, "http_proxy")).orElse(all);
    String list = variable(env, "no_proxy").map(Map.Entry::getValue).orElse("");
    List<String> noProxy = new ArrayList<>();
    for (String entry : list.split(",")) {
      String e = entry.trim().toLowerCase(Locale.ROOT);
      e = e.startsWith(".") ? e.substring(1) : e;
      if (!e.isEmpty()) {
        noProxy.add(e);
      }
    }
    return new ProxyRules(https, http, List.copyOf(noProxy));
  }

  /** The proxy for {@code uri}, or empty when it goes direct. */
  Optional<Named> proxyFor(URI uri) {
    Named proxy = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    if (proxy == null || bypassed(uri.getHost())) {
      return Optional.empty();
    }
    return Optional.of(proxy);
  }

  /** Whether {@code no_proxy} sends this host direct. */
  boolean bypassed(String rawHost) {
    if (rawHost == null) {
      return true;
    }
    String host = rawHost.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    for (String entry : noProxy) {
      if (entry.equals("*")
          || host.equals(entry)
          || host.endsWith("." + entry)
          || Ipv4Range.contains(entry, host)) {
        return true;
      }
    }
    return false;
  }

  /** A selector for the JDK HTTP client that applies these rules. */
  ProxySelector selector() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(
            proxyFor(uri)
                .<Proxy>map(p -> new Proxy(Proxy.Type.HTTP, p.address()))
                .orElse(Proxy.NO_PROXY));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // the request fails with e and is retried like any connect error
      }
    };
  }

  /** One line for the log: which proxy serves which scheme, and the exceptions. */
  String describe() {
    if (https == null && http == null) {
      return "no proxy (none of https_proxy, http_proxy, all_proxy is set)";
    }
    return "https via "
        + (https == null ? "no proxy" : https)
        + ", http via "
        + (http == null ? "no proxy" : http)
        + (noProxy.isEmpty() ? "" : "; not for no_proxy " + String.join(",", noProxy));
  }

  private static Optional<Map.Entry<String, String>> variable(
      Map<String, String> env, String lower) {
    for (String name : List.of(lower, lower.toUpperCase(Locale.ROOT))) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(Map.entry(name, value.trim()));
      }
    }
    return Optional.empty();
  }

  private static Named proxy(Map<String, String> env, String lower) {
    Optional<Map.Entry<String, String>> found = variable(env, lower);
    if (found.isEmpty()) {
      return null;
    }
    String name = found.get().getKey();
    String value = found.get().getValue();
    URI uri;
    try {
      uri = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + "='" + value + "' is not a proxy URL", e);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http")) {
      // The JDK HTTP client speaks to HTTP proxies only: no TLS to the proxy, no SOCKS.
      throw new IllegalArgumentException(
          name + "='" + value + "': only http:// proxies are supported, not " + scheme + "://");
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          name
              + ": a user name and password in the proxy URL are not supported (the JDK client"
              + " sends no Basic credentials through an HTTPS tunnel by default)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(name + "='" + value + "' names no proxy host");
    }
    int port = uri.getPort() < 0 ? 1080 : uri.getPort();
    return new Named(InetSocketAddress.createUnresolved(uri.getHost(), port), name);
  }
}
