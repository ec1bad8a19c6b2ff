package nl.migstat.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import nl.migstat.files.AtomicDirectory;

/**
 * A self-signed key pair for 127.0.0.1 made with the JDK's {@code keytool}, once per test JVM: the
 * server's PKCS12 key store, and truststores with its certificate in PKCS12 and JKS, as a network
 * that inspects TLS hands its CA to its users.
 */
final class SelfSignedKeys {
  static final String SERVER_PASSWORD = "server-secret";
  static final String TRUST_PASSWORD = "trust-secret";

  private static SelfSignedKeys made;

  final Path serverStore;
  final Path trustPkcs12;
  final Path trustJks;

  private SelfSignedKeys(Path dir) {
    serverStore = dir.resolve("server.p12");
    trustPkcs12 = dir.resolve("trust.p12");
    trustJks = dir.resolve("trust.jks");
  }

  static synchronized SelfSignedKeys get() {
    if (made == null) {
      try {
        Path dir = Files.createTempDirectory("migstat-tls");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> AtomicDirectory.deleteTree(dir)));
        SelfSignedKeys keys = new SelfSignedKeys(dir);
        keys.generate(dir);
        made = keys;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return made;
  }

  /** The server side: presents the self-signed certificate. */
  SSLContext serverContext() {
    try (InputStream in = Files.newInputStream(serverStore)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, SERVER_PASSWORD.toCharArray());
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, SERVER_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void generate(Path dir) throws IOException {
    Path pem = dir.resolve("server.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2",
        "-keystore",
        serverStore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        SERVER_PASSWORD,
        "-keypass",
        SERVER_PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "server",
        "-keystore",
        serverStore.toString(),
        "-storepass",
        SERVER_PASSWORD,
        "-file",
        pem.toString());
    for (Path store : List.of(trustPkcs12, trustJks)) {
      keytool(
          "-importcert",
          "-noprompt",
          "-alias",
          "inspecting-ca",
          "-file",
          pem.toString(),
          "-keystore",
          store.toString(),
          "-storetype",
          store == trustJks ? "JKS" : "PKCS12",
          "-storepass",
          TRUST_PASSWORD);
    }
  }

  private static void keytool(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
