package nl.migstat.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory one input may make a reader hold, whatever its bytes say: the longest line (or
 * CSV record), the largest JSON document after decompression, and how far a gzip stream may
 * inflate. A line beyond its limit is one reject; a document or a gzip stream beyond theirs makes
 * the file unusable ({@link BadInputException}), each named with the setting that allows more.
 *
 * @param maxLineBytes the longest line or CSV record, in bytes (job file {@code max_line_bytes},
 *     {@code ingest --max-line-bytes})
 * @param maxJsonBytes the largest JSON document, in bytes after decompression ({@code
 *     max_json_bytes}, {@code --max-json-bytes})
 * @param maxGzipRatio how many bytes a gzip stream may inflate per compressed byte ({@code
 *     max_gzip_ratio}, {@code --max-gzip-ratio}); checked once {@link #GZIP_RATIO_GRACE_BYTES} have
 *     been inflated
 */
public record InputLimits(long maxLineBytes, long maxJsonBytes, int maxGzipRatio)
    implements java.io.Serializable {
  /**
   * 1 MiB: the longest real line seen is a few KB (a Eurostat bulk line of 45 years, a CBS CSV row
   * of 118 topics); a StatLine layout with thousands of periods stays far below it.
   */
  public static final long DEFAULT_MAX_LINE_BYTES = 1L << 20;

  /**
   * 256 MiB, also the most a fetched OData page may have ({@code JsonLimits.MAX_DOCUMENT_BYTES}): a
   * CBS page of 10,000 rows is 2–4 MB, and a Eurostat JSON-stat response above this is refused by
   * the API itself (413, asynchronous delivery).
   */
  public static final long DEFAULT_MAX_JSON_BYTES = 256L << 20;

  /**
   * 200: real exports inflate 3–25 times, a bulk file whose every cell is {@code :} about 50 times,
   * while a gzip bomb (zeros, or one short line repeated) inflates about 1,000 times.
   */
  public static final int DEFAULT_MAX_GZIP_RATIO = 200;

  /** A gzip stream may inflate this much (1 MiB) before its ratio is checked. */
  public static final long GZIP_RATIO_GRACE_BYTES = 1L << 20;

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15})\\s*(B|KiB|MiB|GiB)?", Pattern.CASE_INSENSITIVE);

  public InputLimits {
    if (maxLineBytes < 1 || maxJsonBytes < 1 || maxGzipRatio < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxLineBytes + ", " + maxJsonBytes + ", " + maxGzipRatio);
    }
  }

  /** The documented defaults. */
  public static InputLimits defaults() {
    return new InputLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_GZIP_RATIO);
  }

  public InputLimits withMaxLineBytes(long bytes) {
    return new InputLimits(bytes, maxJsonBytes, maxGzipRatio);
  }

  public InputLimits withMaxJsonBytes(long bytes) {
    return new InputLimits(maxLineBytes, bytes, maxGzipRatio);
  }

  public InputLimits withMaxGzipRatio(int ratio) {
    return new InputLimits(maxLineBytes, maxJsonBytes, ratio);
  }

  /**
   * A size as written in a job file or on the command line: bytes ({@code 1048576}) or with a
   * binary unit ({@code 512KiB}, {@code 1 MiB}, {@code 2GiB}); at least 1 byte.
   *
   * @throws IllegalArgumentException naming what was expected
   */
  public static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "B" : m.group(2).toLowerCase(Locale.ROOT);
      int shift =
          switch (unit) {
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            default -> 0;
          };
      if (n >= 1 && n <= (Long.MAX_VALUE >> shift)) {
        return n << shift;
      }
    }
    throw new IllegalArgumentException(
        nl.migstat.ingest.text.Excerpt.quoted(text)
            + " is not a size: use bytes or KiB, MiB, GiB, e.g. 1MiB");
  }

  /** A size for messages: {@code 1 MiB}, {@code 300 KiB}, {@code 1234 bytes}. */
  public static String size(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
