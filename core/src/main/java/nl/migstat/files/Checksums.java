package nl.migstat.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 in lower-case hex: of an input (a file, or every file of a folder in name order), of a
 * saved page, of a text. One digest for fetch records, run fingerprints and manifests, so a file
 * checked by one is checked the same way by the others.
 */
public final class Checksums {
  private Checksums() {}

  /**
   * The digest of a file (its bytes), or of a folder's files (relative names and contents, in name
   * order).
   */
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
