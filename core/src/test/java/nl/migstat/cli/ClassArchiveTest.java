package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker that lets the launcher keep a class archive is written only where it asks for one. */
class ClassArchiveTest {
  @Test
  void writesTheMarkerTheLauncherNamed(@TempDir Path dir) {
    Path marker = dir.resolve("migstat.jsa.123.job");
    jobBuiltWithMarker(marker);
    assertThat(marker).exists();
  }

  @Test
  void aMarkerThatCannotBeWrittenOnlyCostsTheArchive(@TempDir Path dir) {
    Path marker = dir.resolve("no-such-folder/migstat.jsa.123.job");
    jobBuiltWithMarker(marker);
    assertThat(marker).doesNotExist();
  }

  /** As the launcher's archiving run: the marker's path in the system property. */
  private static void jobBuiltWithMarker(Path marker) {
    System.setProperty(ClassArchive.MARKER, marker.toString());
    try {
      ClassArchive.jobBuilt();
    } finally {
      System.clearProperty(ClassArchive.MARKER);
    }
  }
}
