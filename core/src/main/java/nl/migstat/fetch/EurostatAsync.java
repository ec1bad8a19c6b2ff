package nl.migstat.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eurostat's asynchronous delivery (Eurostat, "API - Detailed guidelines - Asynchronous API",
 * https://ec.europa.eu/eurostat/web/user-guides/data-browser/api-data-access/api-detailed-guidelines/asynchronous-api):
 * a data request that is too costly to serve at once is answered, instead of with the data, with a
 * note carrying a unique key and the status SUBMITTED; the client then asks {@code
 * 1.0/async/status/<key>} at regular intervals (SUBMITTED, PROCESSING, AVAILABLE, or EXPIRED when
 * the prepared data left the cache) and, once AVAILABLE, downloads {@code 1.0/async/data/<key>}.
 */
final class EurostatAsync {
  /** A note is small; a data file is not inspected beyond this. */
  private static final long NOTE_LIMIT = 64 * 1024;

  private static final Pattern KEY =
      Pattern.compile(
          "\\b([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\b");
  private static final Pattern PENDING =
      Pattern.compile("SUBMITTED|PROCESSING|queued|asynchron", Pattern.CASE_INSENSITIVE);
  private static final Pattern STATUS =
      Pattern.compile(
          "(?:>|\"status\"\\s*:\\s*\")\\s*(SUBMITTED|PROCESSING|AVAILABLE|EXPIRED|ERROR)\\s*(?:<|\")");

  private final ResumableDownload http;
  private final AsyncPolling polling;

  EurostatAsync(ResumableDownload http, AsyncPolling polling) {
    this.http = http;
    this.polling = polling;
  }

  /**
   * The key of an asynchronous-delivery note in {@code file}, or empty when the file is data: a
   * note is a small XML or JSON text naming a pending status and a UUID key.
   */
  static Optional<String> key(Path file) throws IOException {
    if (Files.size(file) > NOTE_LIMIT || GzipCheck.isGzip(file)) {
      return Optional.empty();
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).stripLeading();
    if (!(text.startsWith("<") || text.startsWith("{")) || !PENDING.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher key = KEY.matcher(text);
    return key.find() ? Optional.of(key.group(1)) : Optional.empty();
  }

  /** Polls the status of {@code key} until AVAILABLE, then downloads the data into {@code into}. */
  void await(URI base, String key, Path into) throws IOException {
    URI status = base.resolve("1.0/async/status/" + key);
    URI data = base.resolve("1.0/async/data/" + key);
    Exchanges exchanges = http.exchanges();
    exchanges.log("Eurostat will deliver asynchronously (key " + key + "); polling " + status);
    Path note = into.resolveSibling(into.getFileName() + ".status");
    long deadline = System.nanoTime() + polling.maxWait().toNanos();
    try {
      while (true) {
        http.get(status, note);
        String text = new String(Files.readAllBytes(note), StandardCharsets.UTF_8);
        Matcher m = STATUS.matcher(text);
        String state = m.find() ? m.group(1) : "unknown";
        if (state.equals("AVAILABLE")) {
          http.get(data, into);
          return;
        }
        if (!state.equals("SUBMITTED") && !state.equals("PROCESSING")) {
          throw new FetchFailure(
              status,
              200,
              "Eurostat's asynchronous request "
                  + key
                  + " ended "
                  + state
                  + ": \""
                  + ErrorBody.shown(text.getBytes(StandardCharsets.UTF_8))
                  + "\"");
        }
        Duration wait = polling.interval();
        if (System.nanoTime() + wait.toNanos() - deadline > 0) {
          throw new FetchFailure(
              status,
              200,
              "Eurostat's asynchronous request "
                  + key
                  + " is still "
                  + state
                  + " after "
                  + Exchanges.shown(polling.maxWait())
                  + " (--async-wait)");
        }
        exchanges.log(state + "; asking again in " + wait.toMillis() + " ms");
        sleep(wait, status);
      }
    } finally {
      Files.deleteIfExists(note);
    }
  }

  private static void sleep(Duration wait, URI uri) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + uri);
    }
  }
}
