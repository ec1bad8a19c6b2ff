package nl.migstat.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.migstat.export.SourceLines;

/**
 * The publisher's date and the download time of each source, from the raw folder's {@code
 * fetch-records.json} that {@code migstat fetch} writes (nl.migstat.fetch, "fetch-records.json");
 * none when the inputs were not fetched by migstat.
 */
final class FetchDates {
  static final String FILE = "fetch-records.json";

  private FetchDates() {}

  /** By source ({@code cbs:84809NED}); the last record of a source wins. */
  static Map<String, SourceLines.Fetched> read(Path rawDir) {
    Map<String, SourceLines.Fetched> bySource = new HashMap<>();
    Path file = rawDir == null ? null : rawDir.resolve(FILE);
    if (file == null || !Files.isRegularFile(file)) {
      return bySource;
    }
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      for (JsonNode r : root.path("records")) {
        String source = r.path("source").asText(null);
        if (source != null) {
          bySource.put(
              source,
              new SourceLines.Fetched(
                  r.path("modified").asText(null), r.path("fetchedAt").asText(null)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fetch records " + file, e);
    }
    return bySource;
  }
}
