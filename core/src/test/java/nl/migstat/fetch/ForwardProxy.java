package nl.migstat.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback forward proxy as an office network has one: {@code CONNECT host:port} tunnels (for
 * https) and absolute-URI requests (for http), each request line recorded.
 */
final class ForwardProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  private ForwardProxy() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(this::acceptAll);
  }

  static ForwardProxy start() throws IOException {
    return new ForwardProxy();
  }

  /** The proxy's URL, as an {@code https_proxy} variable names it. */
  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Every request line the proxy received. */
  List<String> requests() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  private void acceptAll() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        pool.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      List<String> head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String line = head.get(0);
      seen.add(line);
      String[] parts = line.split(" ");
      if (parts[0].equals("CONNECT")) {
        tunnel(client, in, parts[1]);
      } else {
        forward(client, parts, head);
      }
    } catch (IOException e) {
      // a client or upstream that hung up: nothing to do
    }
  }

  private void tunnel(Socket client, InputStream in, String hostPort) throws IOException {
    int colon = hostPort.lastIndexOf(':');
    try (Socket upstream =
        new Socket(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
      OutputStream out = client.getOutputStream();
      out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      pool.execute(() -> pipe(in, upstream));
      pipe(upstream.getInputStream(), client);
    }
  }

  private void forward(Socket client, String[] requestLine, List<String> head) throws IOException {
    URI target = URI.create(requestLine[1]);
    try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
      StringBuilder request = new StringBuilder();
      String path =
          target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
      request.append(requestLine[0]).append(' ').append(path).append(" HTTP/1.1\r\n");
      for (String header : head.subList(1, head.size())) {
        String name =
            header.substring(0, Math.max(header.indexOf(':'), 0)).toLowerCase(Locale.ROOT);
        if (!name.equals("connection") && !name.equals("proxy-connection")) {
          request.append(header).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      upstream.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      upstream.getOutputStream().flush();
      upstream.getInputStream().transferTo(client.getOutputStream());
    }
  }

  private static void pipe(InputStream from, Socket to) {
    try {
      from.transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException e) {
      // one side closed: the other follows
    }
  }

  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
        line.reset();
      } else {
        line.write(b);
      }
    }
    return lines;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    pool.shutdownNow();
  }
}
