package nl.migstat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real CBS and Eurostat exports in {@code ../shared/data-real/}: present in CI, absent on a
 * user's clone, where tests that need them are skipped with the reason.
 */
public final class SharedData {
  private SharedData() {}

  /** The data-real folder, or a skipped test when it is absent. */
  public static Path realDir() {
    Path dir = Path.of(System.getProperty("migstat.shared", "../shared")).resolve("data-real");
    assumeTrue(
        Files.isDirectory(dir),
        "../shared/data-real is absent (a user's clone): real-file test skipped");
    return dir;
  }

  /** One real file, or a skipped test when it is absent. */
  public static Path real(String relative) {
    Path file = realDir().resolve(relative);
    assumeTrue(Files.exists(file), file + " is absent: real-file test skipped");
    return file;
  }

  /** The project's own sample folder. */
  public static Path samples() {
    return Path.of("data-samples");
  }
}
