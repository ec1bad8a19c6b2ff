package nl.migstat.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A loopback-only HTTP (or HTTPS) server that plays recorded responses per request line, in order
 * (the last one repeats), and records every request it receives with its resume headers.
 */
final class RecordedServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /** One recorded answer. */
  @FunctionalInterface
  interface Response {
    void send(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final String scheme;
  private final Map<String, Deque<Response>> routes = new ConcurrentHashMap<>();
  private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<String> ifRanges = java.util.Collections.synchronizedList(new ArrayList<>());

  private RecordedServer(SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 0);
      scheme = "http";
    } else {
      HttpsServer https = HttpsServer.create(loopback, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
      scheme = "https";
    }
    server.createContext("/", this::handle);
    server.start();
  }

  static RecordedServer start() throws IOException {
    return new RecordedServer(null);
  }

  /** An HTTPS server presenting the key of {@code tls}. */
  static RecordedServer startHttps(SSLContext tls) throws IOException {
    return new RecordedServer(tls);
  }

  URI base() {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The {@code If-Range} header of every request with a {@code Range} header, in order. */
  List<String> ifRanges() {
    synchronized (ifRanges) {
      return List.copyOf(ifRanges);
    }
  }

  /** Plays {@code responses} in order for {@code method path?query}; the last one repeats. */
  void on(String method, String pathAndQuery, Response... responses) {
    routes.put(method + " " + pathAndQuery, new ArrayDeque<>(Arrays.asList(responses)));
  }

  /** Every request received so far, as {@code METHOD path?query [Range]}. */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** A test resource under {@code fetch/}, with {@code {{base}}} replaced by this server's. */
  byte[] fixture(String name) {
    try (InputStream in = RecordedServer.class.getResourceAsStream("/fetch/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("{{base}}", base().toString()).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 200 with the body, or 206 for a {@code Range: bytes=N-} request. */
  static Response ok(byte[] body, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      String range = exchange.getRequestHeaders().getFirst("Range");
      Matcher m = range == null ? null : RANGE.matcher(range);
      if (m != null && m.matches() && Integer.parseInt(m.group(1)) < body.length) {
        int from = Integer.parseInt(m.group(1));
        exchange
            .getResponseHeaders()
            .add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        sendBody(exchange, 206, Arrays.copyOfRange(body, from, body.length));
      } else {
        sendBody(exchange, 200, body);
      }
    };
  }

  /** 200 with the whole body, even for a {@code Range} request (a server that ignores ranges). */
  static Response whole(byte[] body, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      sendBody(exchange, 200, body);
    };
  }

  /** Any status with a text body and headers, e.g. an error page or a Retry-After. */
  static Response answer(int code, String body, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      sendBody(exchange, code, body.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The body in pieces of {@code piece} bytes, {@code pauseMillis} apart: a slow line. */
  static Response slowly(byte[] body, int piece, long pauseMillis, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int from = 0; from < body.length; from += piece) {
          out.write(body, from, Math.min(piece, body.length - from));
          out.flush();
          pause(pauseMillis);
        }
      }
    };
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** {@code then}, after keeping the client waiting {@code millis} for the headers. */
  static Response late(long millis, Response then) {
    return exchange -> {
      pause(millis);
      then.send(exchange);
    };
  }

  /** A bare status with a short text body. */
  static Response status(int code) {
    return exchange ->
        sendBody(exchange, code, ("status " + code).getBytes(StandardCharsets.UTF_8));
  }

  /** Announces the whole body's Content-Length but sends only {@code cut} bytes, then hangs up. */
  static Response truncated(byte[] body, int cut, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, cut);
      out.flush();
      // A handler that throws makes HttpServer drop the connection: the client sees EOF early.
      throw new IOException("recorded connection reset after " + cut + " bytes");
    };
  }

  /** Announces the whole body but sends only {@code cut} bytes and then nothing: a stall. */
  static Response stalled(byte[] body, int cut, String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, cut);
      out.flush();
      // returns without finishing: the connection stays open until the client gives up
    };
  }

  /** The headers of a HEAD answer, no body. */
  static Response head(String... headers) {
    return exchange -> {
      addHeaders(exchange, headers);
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    String line =
        exchange.getRequestMethod()
            + " "
            + exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null
                ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
    String range = exchange.getRequestHeaders().getFirst("Range");
    requests.add(range == null ? line : line + " [" + range + "]");
    if (range != null) {
      ifRanges.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-Range")));
    }
    Deque<Response> queue = routes.get(line);
    Response response;
    if (queue == null) {
      response = status(404);
    } else {
      synchronized (queue) {
        response = queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
      }
    }
    response.send(exchange);
  }

  private static void addHeaders(HttpExchange exchange, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
  }

  private static void sendBody(HttpExchange exchange, int code, byte[] body) throws IOException {
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
