package nl.migstat.job;

import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.migstat.files.Checksums;

/**
 * The version of the code that runs: a digest of the compiled classes and bundled resources (the
 * jar or the classes folder), so that a rebuilt project is never mistaken for the old one when a
 * run decides whether it is up to date.
 */
public final class CodeVersion {
  private CodeVersion() {}

  /** The first 16 hex digits of the digest of the code's jar or classes folder, or "unknown". */
  public static String current() {
    try {
      Path location =
          Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Checksums.of(location).substring(0, 16);
    } catch (URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
