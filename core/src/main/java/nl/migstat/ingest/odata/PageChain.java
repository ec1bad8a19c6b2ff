package nl.migstat.ingest.odata;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.Excerpt;

/**
 * The pages of one paged OData entity set saved in one folder, followed through their {@code
 * odata.nextLink} (v3) or {@code @odata.nextLink} (v4): CBS returns at most 10,000 rows per
 * response and links the next page as {@code …/TypedDataSet?$skip=10000}.
 *
 * <p>Pages are named as {@link SavedPages} says, the layout {@code migstat fetch} writes. A page
 * named by a link but absent from the folder means the download is incomplete, which is an error,
 * never a shorter table.
 */
public final class PageChain {
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
      page = next == null ? null : nextPage(page, next, rows, read.lines());
    }
    return new Walk(List.copyOf(seen), rows, lines);
  }

  private InputFile nextPage(InputFile page, String link, long rowsBefore, long line) {
    String name = SavedPages.nextPage(set, link, rowsBefore);
    if (!follow) {
      throw new BadInputException(
          page.displayName(),
          line,
          "this page continues in "
              + name
              + " ("
              + linkKey
              + " "
              + Excerpt.quoted(link)
              + "); read the folder that holds all pages instead");
    }
    InputFile next = page.resolve(name);
    if (!Files.isRegularFile(next.path())) {
      throw new BadInputException(
          page.displayName(),
          line,
          linkKey
              + " "
              + Excerpt.quoted(link)
              + " names the page "
              + name
              + ", which is missing from the folder"
              + " (truncated download?)");
    }
    return next;
  }

  public InputFile first() {
    return first;
  }
}
