package nl.migstat.job;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import nl.migstat.files.Checksums;

/**
 * The version of the code that runs: a digest of the compiled classes and bundled resources (the
 * jar or the classes folder), so that a rebuilt project is never mistaken for the old one when a
 * run decides whether it is up to date.
 */
public final class CodeVersion {
  /**
   * The resource the build writes the git commit into (for {@code --version}): left out, or every
   * commit, a README change included, would make the next run rebuild everything.
   */
  static final String BUILD_PROPERTIES = "nl/migstat/cli/build.properties";

  private static final Predicate<String> CODE = name -> !name.equals(BUILD_PROPERTIES);

  private CodeVersion() {}

  /** The first 16 hex digits of the digest of the code's jar or classes folder, or "unknown". */
  public static String current() {
    try {
      return of(
          Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The version of the code in a classes folder or a jar, whatever commit the build recorded. */
  static String of(Path location) {
    String digest =
        Files.isDirectory(location)
            ? Checksums.ofFolder(location, CODE)
            : Checksums.ofZipEntries(location, CODE);
    return digest.substring(0, 16);
  }
}
