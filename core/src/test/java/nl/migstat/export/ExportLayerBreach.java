package nl.migstat.export;

import nl.migstat.ingest.FileReport;

/**
 * A fixture that breaks the layers on purpose, for {@code LayerBreachesTest}: export using an
 * ingest type, as it once did. Production code never refers to it.
 */
final class ExportLayerBreach {
  private ExportLayerBreach() {}

  static String source(FileReport report) {
    return report.source();
  }
}
