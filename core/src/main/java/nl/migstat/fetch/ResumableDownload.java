package nl.migstat.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one URL into one file byte for byte: the body goes to {@code <name>.part}, a body cut
 * short of its Content-Length is resumed with a {@code Range} request (guarded by {@code
 * If-Range}), 429/5xx and connect errors are retried with back-off, and only a complete, fsynced
 * file is renamed atomically onto its real name.
 */
final class ResumableDownload {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final HttpClient client;
  private final RetryPolicy policy;
  private final TransferStats stats;
  private final FetchLog log;
  private final String label;

  ResumableDownload(
      HttpClient client, RetryPolicy policy, TransferStats stats, FetchLog log, String label) {
    this.client = client;
    this.policy = policy;
    this.stats = stats;
    this.log = log;
    this.label = label;
  }

  /** What the last failed attempt saw, and what a resumed request must send. */
  private static final class Attempts {
    int status = -1;
    String problem = "no attempt made";
    Throwable cause;
    Duration retryAfter = Duration.ZERO;
    String validator;

    void failed(int status, String problem, Throwable cause) {
      this.status = status;
      this.problem = problem;
      this.cause = cause;
    }
  }

  /** Downloads {@code uri} into {@code file}; returns the file's size. */
  long get(URI uri, Path file, boolean requireGzip) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.deleteIfExists(part);
    Attempts attempts = new Attempts();
    try {
      for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
        if (attempt > 1) {
          pause(uri, attempt - 1, attempts);
        }
        if (tryOnce(uri, part, attempts)) {
          verifyGzip(uri, part, requireGzip);
          return commit(part, file);
        }
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    Files.deleteIfExists(part);
    throw new FetchFailure(
        uri,
        attempts.status,
        "gave up after " + policy.maxAttempts() + " attempts: " + attempts.problem,
        attempts.cause);
  }

  /** The value of one response header of a HEAD request, retried like a GET. */
  Optional<String> headHeader(URI uri, String header) throws IOException {
    Attempts attempts = new Attempts();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(policy.requestTimeout())
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      if (attempt > 1) {
        pause(uri, attempt - 1, attempts);
      }
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
        throw new FetchFailure(uri, status, "HEAD answered HTTP " + status, null);
      }
      attempts.failed(status, "HTTP " + status, null);
      attempts.retryAfter = retryAfter(response);
    }
    throw new FetchFailure(
        uri,
        attempts.status,
        "HEAD gave up after " + policy.maxAttempts() + " attempts: " + attempts.problem,
        attempts.cause);
  }

  /** One GET; true when {@code part} now holds the whole body. */
  private boolean tryOnce(URI uri, Path part, Attempts attempts) throws IOException {
    long have = Files.exists(part) ? Files.size(part) : 0;
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout());
    if (have > 0) {
      builder.header("Range", "bytes=" + have + "-");
      if (attempts.validator != null) {
        builder.header("If-Range", attempts.validator);
      }
    }
    HttpResponse<InputStream> response =
        send(builder.GET().build(), BodyHandlers.ofInputStream(), attempts);
    if (response == null) {
      return false;
    }
    try (InputStream body = response.body()) {
      OptionalLong expected = expectedSize(uri, response, have, part, attempts);
      if (expected == null) {
        return false;
      }
      long start = response.statusCode() == 206 ? have : 0;
      return receive(body, part, start, expected, attempts, response.statusCode());
    }
  }

  /**
   * The full size the file must reach, or null when this response cannot be used (retryable), after
   * preparing {@code part} for it (a 200 restarts from byte 0).
   */
  private OptionalLong expectedSize(
      URI uri, HttpResponse<InputStream> response, long have, Path part, Attempts attempts)
      throws IOException {
    int status = response.statusCode();
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    if (status == 200) {
      attempts.validator = validator(response);
      if (have > 0) {
        log.info(label + ": " + uri + " ignored the Range request; downloading from byte 0");
      }
      return length;
    }
    if (status == 206 && have > 0) {
      Matcher range =
          CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
      if (!range.matches() || Long.parseLong(range.group(1)) != have) {
        Files.deleteIfExists(part);
        attempts.failed(status, "unusable Content-Range for a resume from byte " + have, null);
        return null;
      }
      return range.group(3).equals("*")
          ? OptionalLong.of(Long.parseLong(range.group(2)) + 1)
          : OptionalLong.of(Long.parseLong(range.group(3)));
    }
    if (status == 416) {
      Files.deleteIfExists(part);
      attempts.failed(status, "the server refused the resume range", null);
      return null;
    }
    if (retryable(status)) {
      attempts.failed(status, "HTTP " + status, null);
      attempts.retryAfter = retryAfter(response);
      return null;
    }
    throw new FetchFailure(uri, status, "the server answered HTTP " + status, null);
  }

  /** Copies the body into {@code part} from {@code start}; true when it is complete. */
  private boolean receive(
      InputStream body, Path part, long start, OptionalLong expected, Attempts attempts, int status)
      throws IOException {
    StandardOpenOption mode =
        start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    IOException cut = null;
    boolean stalled;
    try (StallGuard guard = new StallGuard(body, policy.requestTimeout())) {
      try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, mode)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
          out.write(buffer, 0, n);
          guard.progress();
        }
      } catch (IOException e) {
        cut = e;
      }
      stalled = guard.stalled();
    }
    long size = Files.size(part);
    stats.bytes += size - start;
    if (cut != null) {
      String why = stalled ? "no bytes for " + policy.requestTimeout().toMillis() + " ms" : "";
      attempts.failed(
          status,
          "body cut short after " + size + " bytes: " + (stalled ? why : cut.getMessage()),
          cut);
      return false;
    }
    if (expected.isPresent() && size != expected.getAsLong()) {
      if (size > expected.getAsLong()) {
        Files.delete(part);
      }
      attempts.failed(status, "body has " + size + " of " + expected.getAsLong() + " bytes", null);
      return false;
    }
    return true;
  }

  private <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, Attempts attempts)
      throws IOException {
    stats.requests++;
    try {
      return client.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + request.uri());
    } catch (IOException e) {
      attempts.failed(-1, "no response: " + e, e);
      return null;
    }
  }

  private void pause(URI uri, int retry, Attempts attempts) throws IOException {
    Duration delay = policy.delayAfter(retry);
    if (attempts.retryAfter.compareTo(delay) > 0) {
      delay =
          attempts.retryAfter.compareTo(policy.maxDelay()) > 0
              ? policy.maxDelay()
              : attempts.retryAfter;
    }
    attempts.retryAfter = Duration.ZERO;
    stats.retries++;
    log.info(
        label
            + ": "
            + attempts.problem
            + " from "
            + uri
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

  /** A gzip body (by magic bytes) must inflate to its end with a valid trailer. */
  private static void verifyGzip(URI uri, Path part, boolean required) throws IOException {
    if (required && !GzipCheck.isGzip(part)) {
      throw new FetchFailure(uri, 200, "expected a gzip file, the body is not gzip", null);
    }
    try {
      GzipCheck.requireComplete(part);
    } catch (IOException e) {
      throw new FetchFailure(uri, 200, "the gzip body is corrupt: " + e.getMessage(), e);
    }
  }

  /** fsync, then the atomic rename that makes the file visible under its real name. */
  private static long commit(Path part, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Files.size(file);
  }

  private static boolean retryable(int status) {
    return status == 429 || status == 408 || (status >= 500 && status <= 599);
  }

  /** ETag if strong, else Last-Modified: what {@code If-Range} needs to refuse a changed file. */
  private static String validator(HttpResponse<?> response) {
    Optional<String> etag = response.headers().firstValue("ETag").filter(e -> !e.startsWith("W/"));
    return etag.orElse(response.headers().firstValue("Last-Modified").orElse(null));
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse("");
    return value.matches("\\d{1,6}") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.ZERO;
  }
}
