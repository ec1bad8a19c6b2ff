package nl.migstat.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of inputs (a file, or every file of a folder in name order) and of the code itself. */
public final class Checksums {
  private Checksums() {}

  /** The digest of a file, or of a folder's files (relative names and contents, sorted). */
  public static String of(Path path) {
    MessageDigest md = sha256();
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update(path.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          digestFile(md, f);
        }
      } else {
        digestFile(md, path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The digest of a text. */
  public static String of(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The version of the code that runs: a digest of the compiled classes and bundled resources (the
   * jar or the classes folder), so a rebuilt project is never mistaken for the old one.
   */
  public static String codeVersion() {
    try {
      Path location =
          Path.of(Checksums.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return of(location).substring(0, 16);
    } catch (URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void digestFile(MessageDigest md, Path f) throws IOException {
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
