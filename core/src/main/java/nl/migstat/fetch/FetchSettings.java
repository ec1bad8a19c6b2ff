package nl.migstat.fetch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the fetcher reaches the publishers from this machine: retries, timeouts, proxies, extra TLS
 * trust and the patience for Eurostat's asynchronous replies. Network settings belong to the
 * machine, not to a job, so they come from the command line and the environment (README, "Fetch").
 *
 * @param retry retries and back-off
 * @param timeouts connect, read and whole-file timeouts
 * @param proxies the proxies to use, per scheme and host
 * @param truststore a PKCS12 or JKS file whose certificates are trusted beside the JDK's, or null
 * @param truststorePassword its password, or null
 * @param eurostatAsync how asynchronous Eurostat replies are awaited
 */
public record FetchSettings(
    RetryPolicy retry,
    Timeouts timeouts,
    ProxyRules proxies,
    Path truststore,
    String truststorePassword,
    AsyncPolling eurostatAsync) {
  /** Requires every part but the truststore. */
  public FetchSettings {
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(proxies, "proxies");
    Objects.requireNonNull(eurostatAsync, "eurostatAsync");
  }

  /** Shows the settings with the password masked, so a log or an error never carries it. */
  @Override
  public String toString() {
    return "FetchSettings[retry="
        + retry
        + ", timeouts="
        + timeouts
        + ", proxies="
        + proxies.describe()
        + ", truststore="
        + truststore
        + (truststorePassword == null ? "" : " (password set)")
        + ", eurostatAsync="
        + eurostatAsync
        + "]";
  }

  /**
   * The defaults, with the proxies of an environment (the command line passes its process's: only
   * it reads environment variables).
   */
  public static FetchSettings defaults(Map<String, String> environment) {
    return new FetchSettings(
        RetryPolicy.defaults(),
        Timeouts.defaults(),
        ProxyRules.fromEnvironment(environment),
        null,
        null,
        AsyncPolling.defaults());
  }

  /** These settings with other retries. */
  public FetchSettings withRetry(RetryPolicy other) {
    return new FetchSettings(
        other, timeouts, proxies, truststore, truststorePassword, eurostatAsync);
  }

  /** These settings with other timeouts. */
  public FetchSettings withTimeouts(Timeouts other) {
    return new FetchSettings(retry, other, proxies, truststore, truststorePassword, eurostatAsync);
  }

  /** These settings with other proxies. */
  public FetchSettings withProxies(ProxyRules other) {
    return new FetchSettings(retry, timeouts, other, truststore, truststorePassword, eurostatAsync);
  }

  /** These settings trusting the certificates of {@code file} too. */
  public FetchSettings withTruststore(Path file, String password) {
    return new FetchSettings(retry, timeouts, proxies, file, password, eurostatAsync);
  }

  /** These settings with another patience for Eurostat's asynchronous replies. */
  public FetchSettings withEurostatAsync(AsyncPolling other) {
    return new FetchSettings(retry, timeouts, proxies, truststore, truststorePassword, other);
  }
}
