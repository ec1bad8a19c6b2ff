package nl.migstat.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.migstat.files.Checksums;
import nl.migstat.ingest.odata.SavedPages;

/**
 * Downloads one CBS OData table (v3 or v4) into a staging folder beside its target, all entity sets
 * and all pages ({@code odata.nextLink} / {@code @odata.nextLink}, page size 10,000 at CBS), and
 * replaces the target folder only when everything arrived; a failed fetch keeps the pages that
 * arrived, and the next one resumes from the first missing page.
 */
final class CbsTableFetch {
  /** 57 million rows (84809NED) at 10,000 a page is 5,714 pages: bound the loop well above it. */
  static final int MAX_PAGES = 20_000;

  private final ODataDialect dialect;
  private final ResumableDownload http;
  private final TransferStats stats;
  private final FetchLog log;

  CbsTableFetch(ODataDialect dialect, ResumableDownload http, TransferStats stats, FetchLog log) {
    this.dialect = dialect;
    this.http = http;
    this.stats = stats;
    this.log = log;
  }

  /**
   * Fetches {@code spec} from {@code base} into {@code target}, unless {@code records} show it is
   * already there for the publisher's current modification date. {@code feed}, when not null, is
   * where the data set is asked for when {@code base} refuses it (CBS v3: the ODataFeed).
   */
  Fetched fetch(FetchSpec spec, URI base, URI feed, Path target, Path rawDir, FetchRecords records)
      throws IOException {
    URI table = base.resolve(spec.tableId() + "/");
    try {
      TableStaging staging =
          TableStaging.open(target, folder -> records.holds(spec.target(), folder), log);
      Path probe = staging.dir().resolve(dialect.probeSet + ".json");
      http.get(table.resolve(dialect.probeSet + dialect.query), probe);
      String modified = dialect.modified(probe);
      Optional<FetchRecords.Entry> cached = records.upToDate(spec, modified, rawDir);
      if (cached.isPresent()) {
        staging.discard();
        return new Fetched(modified, cached.get().sha256(), true);
      }
      String stamp = spec.kind() + "\n" + table + "\n" + modified + "\n";
      int kept = staging.keepOnly(stamp, probe);
      if (kept > 0) {
        log.info(
            "resuming: "
                + kept
                + " file(s) of this version kept from an earlier attempt in "
                + staging.dir().getFileName());
      }
      for (String set : dialect.metadataSets) {
        saveAllPages(table, set, staging.dir());
      }
      for (String set : dialect.dimensionSets(staging.dir())) {
        saveAllPages(table, set, staging.dir());
      }
      stats.pages =
          saveData(table, feed == null ? null : feed.resolve(spec.tableId() + "/"), staging);
      staging.publish();
      return new Fetched(modified, checksums(target, rawDir.relativize(target)), false);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Saves the data set's pages; when the API refuses its first page with an HTTP error (other than
   * 404) and {@code feed} is given, saves them from the feed instead. CBS documents the reason: the
   * standard API serves at most 10,000 cells per request, the Feed "is bestemd voor ... het
   * downloaden van een grote hoeveelheid data" with no maximum number of records
   * (https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data).
   */
  private int saveData(URI table, URI feed, TableStaging staging) throws IOException {
    Path first = staging.dir().resolve(SavedPages.firstPage(dialect.dataSet));
    if (feed != null && !Files.exists(first)) {
      try {
        http.get(table.resolve(dialect.dataSet + dialect.query), first);
      } catch (FetchFailure e) {
        if (e.status() < 400 || e.status() == 404) {
          throw e;
        }
        log.info(
            "the ODataApi refused "
                + dialect.dataSet
                + " ("
                + e.getMessage()
                + "); CBS serves large tables through the ODataFeed: fetching "
                + dialect.dataSet
                + " from "
                + feed);
        return saveAllPages(feed, dialect.dataSet, staging.dir());
      }
    }
    return saveAllPages(table, dialect.dataSet, staging.dir());
  }

  /**
   * Saves an entity set and every following page, each byte for byte; page 1 is {@code <set>.json},
   * a following page {@code <set>_skip<N>.json} with N the {@code $skip} of the link that led to
   * it. A page already staged (complete, from an earlier attempt at the same version) is read, not
   * downloaded again. Returns the number of pages.
   */
  private int saveAllPages(URI table, String set, Path dir) throws IOException {
    URI uri = table.resolve(set + dialect.query);
    String name = SavedPages.firstPage(set);
    long rows = 0;
    long lastSkip = 0;
    for (int page = 1; page <= MAX_PAGES; page++) {
      SavedJson.Page saved =
          savedPage(uri, dir.resolve(name), page == 1 ? null : set + " page " + page);
      rows += saved.rows();
      if (saved.nextLink() == null) {
        return page;
      }
      URI next = nextPage(uri, table, saved.nextLink());
      long skip = SavedPages.skipOf(next.toString()).orElse(rows);
      if (skip <= lastSkip) {
        throw new FetchFailure(
            next,
            200,
            "the next-page link does not advance ($skip " + skip + " after " + lastSkip + ")");
      }
      lastSkip = skip;
      uri = next;
      name = SavedPages.nextPage(set, next.toString(), rows);
    }
    throw new FetchFailure(uri, 200, set + " has more than " + MAX_PAGES + " pages");
  }

  /**
   * The staged page {@code file}, downloaded from {@code uri} unless a readable copy is there; a
   * download of a following page is logged with {@code what}.
   */
  private SavedJson.Page savedPage(URI uri, Path file, String what) throws IOException {
    if (Files.isRegularFile(file)) {
      try {
        return SavedJson.scanPage(file, dialect.nextLinkField);
      } catch (IOException e) {
        log.info("staged " + file.getFileName() + " is unreadable, downloading it again: " + e);
        Files.delete(file);
      }
    }
    if (what != null) {
      log.info(what + ": " + uri);
    }
    http.get(uri, file);
    return SavedJson.scanPage(file, dialect.nextLinkField);
  }

  /** The next-page URI, resolved against the current one and required on the same server. */
  private static URI nextPage(URI current, URI table, String link) throws FetchFailure {
    URI next;
    try {
      next = current.resolve(link);
    } catch (IllegalArgumentException e) {
      throw new FetchFailure(current, 200, "unusable next-page link '" + link + "'", e);
    }
    boolean sameServer =
        Objects.equals(next.getScheme(), table.getScheme())
            && Objects.equals(next.getHost(), table.getHost())
            && next.getPort() == table.getPort();
    if (!sameServer) {
      throw new FetchFailure(current, 200, "the next-page link leaves the publisher: " + link);
    }
    return next;
  }

  /** SHA-256 of each published file, keyed by its path relative to the raw folder. */
  private static SortedMap<String, String> checksums(Path folder, Path targetRelative)
      throws IOException {
    SortedMap<String, String> sha = new TreeMap<>();
    String prefix = targetRelative.toString().replace('\\', '/') + "/";
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        sha.put(prefix + file.getFileName(), Checksums.of(file));
      }
    }
    return sha;
  }
}
