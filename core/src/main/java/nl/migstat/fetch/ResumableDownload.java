package nl.migstat.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
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
 * short of its Content-Length is resumed with a {@code Range} request guarded by {@code If-Range}
 * (RFC 9110, 13.1.5: a changed file comes back whole, with 200, and replaces the part instead of
 * being spliced onto it), 408/429/5xx and connect errors are retried ({@link Exchanges}), and only
 * a complete, fsynced file is renamed atomically onto its real name.
 */
final class ResumableDownload {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final Exchanges http;
  private final TransferStats stats;

  ResumableDownload(Exchanges http, TransferStats stats) {
    this.http = http;
    this.stats = stats;
  }

  /** The requests, retries and log this download shares with HEAD and status requests. */
  Exchanges exchanges() {
    return http;
  }

  /**
   * Downloads {@code uri} into {@code file}; returns the file's size. A gzip body (by its magic
   * bytes) must also inflate to its end with a valid trailer.
   */
  long get(URI uri, Path file) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.deleteIfExists(part);
    Attempts attempts = http.attempts();
    try {
      for (int attempt = 1; attempt <= http.maxAttempts(); attempt++) {
        if (attempt > 1) {
          http.pause(uri, attempt - 1, attempts);
        }
        attempts.requireTimeFor(uri, Duration.ZERO);
        if (tryOnce(uri, part, attempts)) {
          verifyGzip(uri, part);
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
        "gave up after " + http.maxAttempts() + " attempts: " + attempts.problem,
        attempts.cause);
  }

  /** One GET; true when {@code part} now holds the whole body. */
  private boolean tryOnce(URI uri, Path part, Attempts attempts) throws IOException {
    long have = Files.exists(part) ? Files.size(part) : 0;
    if (have > 0 && attempts.validator == null) {
      // Without ETag or Last-Modified a Range request cannot tell a changed file from the same.
      http.log(uri + " sent no ETag or Last-Modified: downloading again from byte 0, not resuming");
      Files.delete(part);
      have = 0;
    }
    HttpRequest.Builder builder = http.request(uri, attempts);
    if (have > 0) {
      builder.header("Range", "bytes=" + have + "-");
      builder.header("If-Range", attempts.validator);
    }
    HttpResponse<InputStream> response =
        http.send(builder.GET().build(), BodyHandlers.ofInputStream(), attempts);
    if (response == null) {
      return false;
    }
    try (InputStream body = response.body()) {
      OptionalLong expected = expectedSize(uri, response, body, have, part, attempts);
      if (expected == null) {
        return false;
      }
      long start = response.statusCode() == 206 ? have : 0;
      return receive(body, part, start, expected, attempts, response.statusCode());
    }
  }

  /**
   * The full size the file must reach, or null when this response cannot be used (retryable), after
   * preparing {@code part} for it (a whole body restarts from byte 0).
   */
  private OptionalLong expectedSize(
      URI uri,
      HttpResponse<InputStream> response,
      InputStream body,
      long have,
      Path part,
      Attempts attempts)
      throws IOException {
    int status = response.statusCode();
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    // 202: Eurostat may answer a large request with an asynchronous-delivery note (EurostatAsync).
    if (status == 200 || status == 202) {
      if (have > 0) {
        http.log(
            uri
                + " answered the range request with the whole file (it ignored Range, or the file"
                + " changed since the first response): downloading from byte 0");
      }
      attempts.validator = validator(response).orElse(null);
      return length;
    }
    if (status == 206 && have > 0) {
      return resumedSize(response, have, part, attempts);
    }
    String shown = ErrorBody.read(body);
    if (status == 206 || status == 416) {
      Files.deleteIfExists(part);
      attempts.failed(status, "unusable answer to a resume from byte " + have, null);
      return null;
    }
    if (Exchanges.retryable(status)) {
      attempts.failed(status, ErrorBody.describe(status, shown), null);
      attempts.retryAfter = http.retryAfter(response);
      return null;
    }
    throw new FetchFailure(uri, status, "the server answered " + ErrorBody.describe(status, shown));
  }

  /** The full size of a 206 answer that continues {@code part}, or null when it does not. */
  private static OptionalLong resumedSize(
      HttpResponse<InputStream> response, long have, Path part, Attempts attempts)
      throws IOException {
    Matcher range =
        CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
    Optional<String> now = validator(response);
    String problem = null;
    if (!range.matches() || Long.parseLong(range.group(1)) != have) {
      problem = "unusable Content-Range for a resume from byte " + have;
    } else if (now.isPresent() && !now.get().equals(attempts.validator)) {
      // A server that ignores If-Range but serves the range of a changed file: never splice.
      problem = "the file changed during the download (" + attempts.validator + " -> " + now.get();
      problem += ")";
    }
    if (problem != null) {
      Files.deleteIfExists(part);
      attempts.failed(206, problem, null);
      return null;
    }
    return range.group(3).equals("*")
        ? OptionalLong.of(Long.parseLong(range.group(2)) + 1)
        : OptionalLong.of(Long.parseLong(range.group(3)));
  }

  /** Copies the body into {@code part} from {@code start}; true when it is complete. */
  private boolean receive(
      InputStream body, Path part, long start, OptionalLong expected, Attempts attempts, int status)
      throws IOException {
    StandardOpenOption mode =
        start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    IOException cut = null;
    boolean stalled;
    boolean late;
    try (StallGuard guard = new StallGuard(body, http.readTimeout(), attempts.deadlineNanos)) {
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
      late = guard.late();
    }
    long size = Files.size(part);
    stats.bytes += size - start;
    if (cut != null) {
      String why =
          stalled
              ? "no bytes for " + http.readTimeout().toMillis() + " ms"
              : late ? "the download timeout passed" : cut.getMessage();
      attempts.failed(status, "body cut short after " + size + " bytes: " + why, cut);
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

  /** A gzip body (by magic bytes) must inflate to its end with a valid trailer. */
  private static void verifyGzip(URI uri, Path part) throws IOException {
    try {
      GzipCheck.requireComplete(part);
    } catch (IOException e) {
      throw new FetchFailure(uri, 200, "the gzip body is corrupt: " + e.getMessage(), e);
    }
  }

  /** Fails unless {@code file} is gzip (Eurostat's {@code compressed=true} bulk files). */
  static void requireGzip(URI uri, Path file) throws IOException {
    if (!GzipCheck.isGzip(file)) {
      throw new FetchFailure(
          uri,
          200,
          "expected a gzip file, the body is not gzip: \""
              + ErrorBody.shown(readStart(file))
              + "\"");
    }
  }

  /** The first bytes of a file, for a message. */
  static byte[] readStart(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(ErrorBody.READ_LIMIT);
    }
  }

  /** fsync, then the atomic rename that makes the file visible under its real name. */
  static long commit(Path part, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Files.size(file);
  }

  /** ETag if strong, else Last-Modified: what {@code If-Range} needs to refuse a changed file. */
  private static Optional<String> validator(HttpResponse<?> response) {
    Optional<String> etag = response.headers().firstValue("ETag").filter(e -> !e.startsWith("W/"));
    return etag.isPresent() ? etag : response.headers().firstValue("Last-Modified");
  }
}
