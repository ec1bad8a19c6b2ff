package nl.migstat.fetch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what the fetcher needs from saved CBS OData pages (next-page link, row count, modification
 * date, dimension names) with size and parser limits, per RELIABILITY.md "JSON input": a data page
 * is streamed, never held whole; small metadata files are read as trees.
 */
final class ODataJson {
  /** A CBS v3 page holds at most 10,000 rows; 1 GiB leaves room for wide tables, not for abuse. */
  static final long MAX_PAGE_BYTES = 1L << 30;

  /** Metadata entity sets (TableInfos, DataProperties, code lists) are kilobytes to a few MB. */
  static final long MAX_METADATA_BYTES = 64L << 20;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxNumberLength(64)
                  .maxStringLength(4 << 20)
                  .build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ODataJson() {}

  /** The rows in a page's {@code value} array and its next-page link (null on the last page). */
  record Page(long rows, String nextLink) {}

  /** Streams one saved page: counts {@code value} rows, reads {@code nextLinkField}. */
  static Page scanPage(Path file, String nextLinkField) throws IOException {
    requireSize(file, MAX_PAGE_BYTES);
    long rows = 0;
    String next = null;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in)) {
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
    requireSize(file, MAX_METADATA_BYTES);
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

  private static void requireSize(Path file, long max) throws IOException {
    long size = Files.size(file);
    if (size > max) {
      throw new IOException(file + " is " + size + " bytes, over the limit of " + max);
    }
  }
}
