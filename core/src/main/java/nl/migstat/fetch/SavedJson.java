package nl.migstat.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.ingest.odata.JsonLimits;

/**
 * Reads what the fetcher needs from saved CBS OData pages (next-page link, row count, modification
 * date, dimension names) under the readers' own {@link JsonLimits}, so that fetch never keeps a
 * page the ingest refuses: a data page is streamed, never held whole; small metadata files are read
 * as trees.
 */
final class SavedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonLimits.FACTORY);

  private SavedJson() {}

  /** The rows in a page's {@code value} array and its next-page link (null on the last page). */
  record Page(long rows, String nextLink) {}

  /** Streams one saved page: counts {@code value} rows, reads {@code nextLinkField}. */
  static Page scanPage(Path file, String nextLinkField) throws IOException {
    requireSize(file);
    long rows = 0;
    String next = null;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JsonLimits.FACTORY.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file + ": an OData page must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("value") && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            rows++;
          }
        } else if (field.equals(nextLinkField) && value == JsonToken.VALUE_STRING) {
          next = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
    }
    return new Page(rows, next);
  }

  /** A small metadata file as a tree. */
  static JsonNode readMetadata(Path file) throws IOException {
    requireSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = MAPPER.readTree(in);
      if (root == null || !root.isObject()) {
        throw new IOException(file + ": an OData response must be a JSON object");
      }
      return root;
    }
  }

  /** The entities of an entity-set response ({@code value} array, not empty). */
  static Iterable<JsonNode> entities(JsonNode root, Path file) throws IOException {
    JsonNode value = root.get("value");
    if (value == null || !value.isArray() || value.isEmpty()) {
      throw new IOException(file + ": no entities in the 'value' array of this OData entity set");
    }
    return value;
  }

  /** The mapper with the same limits, for the fetch records. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static void requireSize(Path file) throws IOException {
    String problem = JsonLimits.sizeProblem(Files.size(file));
    if (problem != null) {
      throw new IOException(file + ": " + problem);
    }
  }
}
