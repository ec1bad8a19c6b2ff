package nl.migstat.ingest.odata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the pages of one OData entity set are named when saved in a folder: the layout that {@code
 * migstat fetch} writes and the readers follow. CBS returns at most 10,000 rows per response and
 * links the next page as {@code …/TypedDataSet?$skip=10000} ({@code odata.nextLink} in v3,
 * {@code @odata.nextLink} in v4).
 *
 * <p>The first page is {@code <Set>.json} ({@code TypedDataSet.json}, {@code Observations.json});
 * the page a next-page link leads to is {@code <Set>_skip<N>.json}, N being the link's {@code
 * $skip}, or, for a link without one, the number of rows of the pages before it. Pages are read in
 * increasing numeric N, never in string order ({@code _skip100000} comes after {@code _skip20000}).
 */
public final class SavedPages {
  private static final Pattern SKIP = Pattern.compile("[?&]\\$skip=(\\d{1,18})(?:&|$)");

  private SavedPages() {}

  /** The file of the first page of an entity set. */
  public static String firstPage(String set) {
    return set + ".json";
  }

  /**
   * The file of the page a next-page link leads to.
   *
   * @param set the entity set ({@code TypedDataSet})
   * @param nextLink the link as the page wrote it (absolute or relative, possibly URL-encoded)
   * @param rowsBefore the rows of every page before the linked one
   */
  public static String nextPage(String set, String nextLink, long rowsBefore) {
    return set + "_skip" + skipOf(nextLink).orElse(rowsBefore) + ".json";
  }

  /**
   * The {@code $skip} of a next-page link, where it has one; a link with a malformed escape ({@code
   * %zz}) is read as written, not decoded.
   */
  public static OptionalLong skipOf(String nextLink) {
    String link;
    try {
      link = URLDecoder.decode(nextLink.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      link = nextLink; // URLDecoder refuses it whole; the $skip, if any, is still there
    }
    Matcher m = SKIP.matcher(link);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** Whether a file name is a page of this entity set (the first or a following one). */
  public static boolean isPage(String set, String fileName) {
    return fileName.equals(firstPage(set))
        || fileName.matches(Pattern.quote(set) + "_skip\\d+\\.json");
  }
}
