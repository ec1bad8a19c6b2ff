package nl.migstat.ingest.odata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import nl.migstat.ingest.InputLimits;

/**
 * The one set of limits under which every OData JSON document is parsed, by the readers and by
 * fetch alike (RELIABILITY.md "Security": check the size before parsing, give Jackson explicit
 * constraints), so that fetch never saves a page that the ingest then refuses.
 */
public final class JsonLimits {
  /**
   * The largest JSON document read. A CBS page holds at most 10,000 rows (v3 TypedDataSet about 4
   * MB, v4 Observations about 2 MB; the ODataFeed endpoint's pages are of the same size); 256 MiB
   * leaves room for wide tables, not for abuse.
   */
  public static final long MAX_DOCUMENT_BYTES = InputLimits.DEFAULT_MAX_JSON_BYTES;

  /** CBS responses are an object, an array of row objects, and scalars: 3 levels deep. */
  public static final int MAX_NESTING = 16;

  /** The longest string: a CBS description (TableInfos) is a few KB. */
  public static final int MAX_STRING_CHARS = 4 << 20;

  /** The longest number as written. */
  public static final int MAX_NUMBER_CHARS = 64;

  /**
   * The factory every parser comes from. Duplicate keys are refused: a row with two values for one
   * key would otherwise keep whichever came last, silently.
   */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING)
                  .maxNumberLength(MAX_NUMBER_CHARS)
                  .maxStringLength(MAX_STRING_CHARS)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonLimits() {}

  /**
   * Why an input of {@code bytes} bytes on disk is refused as a JSON document of at most {@code
   * max} bytes ({@link InputLimits#maxJsonBytes()}), or null.
   */
  public static String sizeProblem(long bytes, long max) {
    if (bytes > max) {
      return "the file has "
          + bytes
          + " bytes, more than the "
          + InputLimits.size(max)
          + " a JSON document may have (max_json_bytes); refusing to parse";
    }
    return bytes == 0 ? "the file is empty" : null;
  }

  /** Why a document of {@code bytes} bytes is refused, or null when it is within the limit. */
  public static String sizeProblem(long bytes) {
    if (bytes > MAX_DOCUMENT_BYTES) {
      return "the file has "
          + bytes
          + " bytes, more than the "
          + MAX_DOCUMENT_BYTES
          + " a CBS OData page can have; refusing to parse";
    }
    return bytes == 0 ? "the file is empty" : null;
  }
}
