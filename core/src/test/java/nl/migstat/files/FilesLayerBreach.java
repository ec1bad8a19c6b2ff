package nl.migstat.files;

import java.nio.file.Path;
import nl.migstat.export.PublishedRuns;

/**
 * A fixture that breaks the layers on purpose, for {@code LayerBreachesTest}: files using export,
 * which uses files, a cycle between two packages. Production code never refers to it.
 */
final class FilesLayerBreach {
  private FilesLayerBreach() {}

  static Path output(PublishedRuns runs) {
    return runs.output();
  }
}
