package nl.migstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The project version and the git commit this build was made from, as {@code --version} prints
 * them; the build writes both into a resource (core/pom.xml), so asking costs no git and no Spark.
 */
public final class BuildVersion implements IVersionProvider {
  static final String RESOURCE = "/nl/migstat/cli/build.properties";

  @Override
  public String[] getVersion() {
    return lines(read());
  }

  /** Two lines: the version, then the commit and whether the build had changes beyond it. */
  static String[] lines(Properties build) {
    String commit = value(build, "commit");
    String changes =
        "true".equals(build.getProperty("dirty")) ? " (built with uncommitted changes)" : "";
    return new String[] {"migstat " + value(build, "version"), "commit " + commit + changes};
  }

  /**
   * A value the build filled in; "unknown" where it could not (no git, or a build that copied the
   * resource without filtering it, as some IDEs do).
   */
  private static String value(Properties build, String key) {
    String v = build.getProperty(key, "").trim();
    return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
  }

  private static Properties read() {
    Properties build = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build;
  }
}
