package nl.migstat.fetch;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS trust for networks that inspect TLS: the certificates of a truststore file (PKCS12 or JKS,
 * the type is detected) are trusted beside the JDK's own (its {@code cacerts}, or the file that
 * {@code -Djavax.net.ssl.trustStore} names), so that the hosts not behind the inspecting proxy
 * still verify against the public CAs.
 */
final class TrustStores {
  private TrustStores() {}

  /**
   * A TLS context trusting the certificates in {@code store} and the JDK's.
   *
   * @throws IOException when the file is missing, unreadable, or holds no trusted certificate
   */
  static SSLContext withExtraTrust(Path store, String password) throws IOException {
    if (!Files.isRegularFile(store)) {
      throw new IOException("truststore " + store + " does not exist or is not a file");
    }
    KeyStore keys;
    try {
      keys = KeyStore.getInstance(store.toFile(), password == null ? null : password.toCharArray());
    } catch (GeneralSecurityException | IOException e) {
      throw new IOException(
          "cannot read truststore "
              + store
              + " as PKCS12 or JKS (wrong password in MIGSTAT_TRUSTSTORE_PASSWORD?): "
              + e.getMessage(),
          e);
    }
    try {
      if (!hasTrustedCertificate(keys)) {
        throw new IOException(
            "truststore " + store + " holds no trusted certificate (import the CA certificate)");
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new Either(manager(keys), manager(null))}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot use truststore " + store + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasTrustedCertificate(KeyStore keys) throws GeneralSecurityException {
    for (String alias : Collections.list(keys.aliases())) {
      if (keys.isCertificateEntry(alias)) {
        return true;
      }
    }
    return false;
  }

  /** The PKIX trust manager of {@code keys}, or the JDK's default when null. */
  private static X509ExtendedTrustManager manager(KeyStore keys) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(keys);
    for (TrustManager tm : factory.getTrustManagers()) {
      if (tm instanceof X509ExtendedTrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X509 trust manager");
  }

  /**
   * Trusts a server chain that either manager trusts; the engine variants keep the host-name check
   * that the JDK client asks for.
   */
  private static final class Either extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager first;
    private final X509ExtendedTrustManager second;

    Either(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
      this.first = first;
      this.second = second;
    }

    @FunctionalInterface
    private interface Check {
      void run(X509ExtendedTrustManager tm) throws CertificateException;
    }

    private void either(Check check) throws CertificateException {
      try {
        check.run(first);
      } catch (CertificateException e) {
        try {
          check.run(second);
        } catch (CertificateException also) {
          e.addSuppressed(also);
          throw e;
        }
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      either(tm -> tm.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      either(tm -> tm.checkClientTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      either(tm -> tm.checkClientTrusted(chain, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      either(tm -> tm.checkClientTrusted(chain, authType));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      List<X509Certificate> all = new ArrayList<>(List.of(first.getAcceptedIssuers()));
      all.addAll(List.of(second.getAcceptedIssuers()));
      return all.toArray(new X509Certificate[0]);
    }
  }
}
