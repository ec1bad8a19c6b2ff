package nl.migstat.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends the requests of one table's fetch and paces their retries: counts each request, turns
 * transport errors into retryable failures (but an untrusted TLS certificate into a final one),
 * waits between attempts by exponential back-off or by the server's {@code Retry-After} (capped),
 * and never past the download's deadline.
 */
final class Exchanges {
  private final HttpClient client;
  private final FetchSettings settings;
  private final Clock clock;
  private final TransferStats stats;
  private final FetchLog log;
  private final String label;

  Exchanges(
      HttpClient client,
      FetchSettings settings,
      Clock clock,
      TransferStats stats,
      FetchLog log,
      String label) {
    this.client = client;
    this.settings = settings;
    this.clock = clock;
    this.stats = stats;
    this.log = log;
    this.label = label;
  }

  /** Fresh attempt state, with the deadline of one whole download. */
  Attempts attempts() {
    return new Attempts(settings.timeouts().download());
  }

  int maxAttempts() {
    return settings.retry().maxAttempts();
  }

  Duration readTimeout() {
    return settings.timeouts().read();
  }

  /** Logs one line, prefixed with the table. */
  void log(String message) {
    log.info(label + ": " + message);
  }

  /** A request for {@code uri} whose headers must arrive within the read timeout. */
  HttpRequest.Builder request(URI uri, Attempts attempts) {
    return HttpRequest.newBuilder(uri).timeout(attempts.readTimeout(readTimeout()));
  }

  /** Whether a status is worth another attempt: 408, 429 and every 5xx. */
  static boolean retryable(int status) {
    return status == 429 || status == 408 || (status >= 500 && status <= 599);
  }

  /** Sends once; null (and the failure noted) when no response came. */
  <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, Attempts attempts)
      throws IOException {
    stats.requests++;
    try {
      return client.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + request.uri());
    } catch (IOException e) {
      Optional<CertificateException> untrusted = certificateProblem(e);
      if (untrusted.isPresent()) {
        // Retrying cannot help: the chain or the host name will not verify the next time either.
        throw new FetchFailure(
            request.uri(),
            -1,
            "the server's TLS certificate is not trusted ("
                + untrusted.get().getMessage()
                + "); on a network that inspects TLS, give its CA certificate with --truststore"
                + " (README, Fetch)",
            e);
      }
      attempts.failed(-1, "no response: " + e, e);
      return null;
    }
  }

  /** The wait a 429 or 503 asks for, read against this fetch's clock. */
  Optional<Duration> retryAfter(HttpResponse<?> response) {
    return RetryAfter.parse(
        response.headers().firstValue("Retry-After").orElse(null), clock.instant());
  }

  /**
   * Waits before attempt {@code retry + 1}: the server's Retry-After when it sent one (at most
   * {@link RetryPolicy#maxRetryAfter()}), else the back-off; fails when the wait would pass the
   * download's deadline.
   */
  void pause(URI uri, int retry, Attempts attempts) throws IOException {
    RetryPolicy policy = settings.retry();
    Duration delay = policy.delayAfter(retry);
    String reason = "";
    if (attempts.retryAfter.isPresent()) {
      Duration asked = attempts.retryAfter.get();
      boolean capped = asked.compareTo(policy.maxRetryAfter()) > 0;
      delay = capped ? policy.maxRetryAfter() : asked;
      reason =
          " (Retry-After "
              + shown(asked)
              + (capped ? ", capped at " + shown(policy.maxRetryAfter()) : "")
              + ")";
    }
    attempts.retryAfter = Optional.empty();
    attempts.requireTimeFor(uri, delay);
    stats.retries++;
    log(
        attempts.problem
            + " from "
            + uri
            + reason
            + "; retry "
            + retry
            + " of "
            + (policy.maxAttempts() - 1)
            + " in "
            + delay.toMillis()
            + " ms");
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + uri);
    }
  }

  /** The value of one response header of a HEAD request, retried like a GET. */
  Optional<String> headHeader(URI uri, String header) throws IOException {
    Attempts attempts = attempts();
    for (int attempt = 1; attempt <= maxAttempts(); attempt++) {
      if (attempt > 1) {
        pause(uri, attempt - 1, attempts);
      }
      HttpRequest request =
          request(uri, attempts).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
      HttpResponse<Void> response = send(request, BodyHandlers.discarding(), attempts);
      if (response == null) {
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return response.headers().firstValue(header);
      }
      if (status == 405 || status == 501) {
        return Optional.empty();
      }
      if (!retryable(status)) {
        throw new FetchFailure(uri, status, "HEAD answered HTTP " + status);
      }
      attempts.failed(status, "HTTP " + status, null);
      attempts.retryAfter = retryAfter(response);
    }
    throw new FetchFailure(
        uri,
        attempts.status,
        "HEAD gave up after " + maxAttempts() + " attempts: " + attempts.problem,
        attempts.cause);
  }

  /** {@code 120 s}, or {@code 300 ms} for a wait that is no whole number of seconds. */
  static String shown(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Optional<CertificateException> certificateProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException c) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
