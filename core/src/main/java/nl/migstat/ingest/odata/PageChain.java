package nl.migstat.ingest.odata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;

/**
 * The pages of one paged OData entity set saved in one folder, followed through their {@code
 * odata.nextLink} (v3) or {@code @odata.nextLink} (v4): CBS returns at most 10,000 rows per
 * response and links the next page as {@code …/TypedDataSet?$skip=10000}.
 *
 * <p>Naming convention for a saved download: the first page is {@code <Set>.json} ({@code
 * TypedDataSet.json}, {@code Observations.json}); the page that a nextLink with {@code $skip=N}
 * names is {@code <Set>_skipN.json} ({@code TypedDataSet_skip10000.json}). A page named by a link
 * but absent from the folder means the download is incomplete, which is an error, never a shorter
 * table.
 */
public final class PageChain {
  private static final Pattern SKIP = Pattern.compile("[?&]\\$skip=(\\d+)(?:&|$)");

  private final InputFile first;
  private final String set;
  private final String linkKey;
  private final boolean follow;

  /**
   * @param first the first page ({@code <set>.json})
   * @param set the entity set name ({@code TypedDataSet})
   * @param linkKey the top-level property holding the next link ({@code odata.nextLink})
   */
  public PageChain(InputFile first, String set, String linkKey) {
    this(first, set, linkKey, true);
  }

  /**
   * @param follow false when the user named one page file: a link to a next page is then an error
   *     (the rest of the table is in other files the user did not name)
   */
  public PageChain(InputFile first, String set, String linkKey, boolean follow) {
    this.first = first;
    this.set = set;
    this.linkKey = linkKey;
    this.follow = follow;
  }

  /** What a walk through the pages read. */
  public record Walk(List<String> pages, long rows, long lines) {}

  /** Receives each page's rows, told which page they come from. */
  @FunctionalInterface
  public interface PageHandler {
    ODataJson.RowHandler forPage(InputFile page);
  }

  /** The file name of the page a nextLink points to, by the convention above. */
  public static String pageName(String set, String nextLink, String fromPage) {
    String link = URLDecoder.decode(nextLink.replace("+", "%2B"), StandardCharsets.UTF_8);
    Matcher m = SKIP.matcher(link);
    if (!m.find()) {
      throw new BadInputException(
          fromPage,
          0,
          "the next-page link '"
              + nextLink
              + "' has no $skip=<n>, so its saved page cannot be named ("
              + set
              + "_skip<n>.json)");
    }
    return set + "_skip" + Long.parseLong(m.group(1)) + ".json";
  }

  /** Reads every page in link order; a missing or repeated page throws BadInputException. */
  public Walk walk(PageHandler handler) {
    List<String> seen = new ArrayList<>();
    Set<String> names = new HashSet<>();
    InputFile page = first;
    long rows = 0;
    long lines = 0;
    while (page != null) {
      String name = page.fileName();
      if (!names.add(name)) {
        throw new BadInputException(
            page.displayName(),
            0,
            "the next-page links loop back to " + name + " (pages read: " + seen + ")");
      }
      seen.add(name);
      ODataJson.Page read = ODataJson.read(page, handler.forPage(page));
      rows += read.rows();
      lines += read.lines();
      String next = read.top().get(linkKey);
      page = next == null ? null : nextPage(page, next, read.lines());
    }
    return new Walk(List.copyOf(seen), rows, lines);
  }

  private InputFile nextPage(InputFile page, String link, long line) {
    String name = pageName(set, link, page.displayName());
    if (!follow) {
      throw new BadInputException(
          page.displayName(),
          line,
          "this page continues in "
              + name
              + " ("
              + linkKey
              + " '"
              + link
              + "'); read the folder that holds all pages instead");
    }
    InputFile next = page.resolve(name);
    if (!Files.isRegularFile(next.path())) {
      throw new BadInputException(
          page.displayName(),
          line,
          linkKey
              + " '"
              + link
              + "' names the page "
              + name
              + ", which is missing from the folder"
              + " (truncated download?)");
    }
    return next;
  }

  /** Page files of this set in a folder listing, for a warning about pages no link reaches. */
  public static boolean isPageName(String set, String fileName) {
    return fileName.equals(set + ".json")
        || fileName.matches(Pattern.quote(set) + "_skip\\d+\\.json");
  }

  public InputFile first() {
    return first;
  }
}
