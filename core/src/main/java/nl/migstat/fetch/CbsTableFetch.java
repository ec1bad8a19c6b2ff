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
import nl.migstat.files.AtomicDirectory;
import nl.migstat.files.Checksums;
import nl.migstat.ingest.odata.SavedPages;

/**
 * Downloads one CBS OData table (v3 or v4) into a staging folder beside its target, all entity sets
 * and all pages ({@code odata.nextLink} / {@code @odata.nextLink}, page size 10,000 at CBS), and
 * replaces the target folder only when everything arrived.
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
   * already there for the publisher's current modification date.
   */
  Fetched fetch(FetchSpec spec, URI base, Path target, Path rawDir, FetchRecords records)
      throws IOException {
    URI table = base.resolve(spec.tableId() + "/");
    Path staging = AtomicDirectory.stagingFor(target);
    try {
      Files.createDirectories(staging);
      Path probe = staging.resolve(dialect.probeSet + ".json");
      http.get(table.resolve(dialect.probeSet + dialect.query), probe, false);
      String modified = dialect.modified(probe);
      Optional<FetchRecords.Entry> cached = records.upToDate(spec, modified, rawDir);
      if (cached.isPresent()) {
        return new Fetched(modified, cached.get().sha256(), true);
      }
      for (String set : dialect.metadataSets) {
        saveAllPages(table, set, staging);
      }
      for (String set : dialect.dimensionSets(staging)) {
        saveAllPages(table, set, staging);
      }
      stats.pages = saveAllPages(table, dialect.dataSet, staging);
      SortedMap<String, String> sha = checksums(staging, rawDir.relativize(target));
      AtomicDirectory.publish(staging, target);
      return new Fetched(modified, sha, false);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      AtomicDirectory.deleteTree(staging);
    }
  }

  /**
   * Saves an entity set and every following page, each byte for byte; page 1 is {@code <set>.json},
   * a following page {@code <set>_skip<N>.json} with N the {@code $skip} of the link that led to
   * it. Returns the number of pages.
   */
  private int saveAllPages(URI table, String set, Path dir) throws IOException {
    URI uri = table.resolve(set + dialect.query);
    String name = SavedPages.firstPage(set);
    long rows = 0;
    long lastSkip = 0;
    for (int page = 1; page <= MAX_PAGES; page++) {
      Path file = dir.resolve(name);
      http.get(uri, file, false);
      SavedJson.Page saved = SavedJson.scanPage(file, dialect.nextLinkField);
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
            "the next-page link does not advance ($skip " + skip + " after " + lastSkip + ")",
            null);
      }
      lastSkip = skip;
      log.info("page " + (page + 1) + " of " + set + ": " + next);
      uri = next;
      name = SavedPages.nextPage(set, next.toString(), rows);
    }
    throw new FetchFailure(uri, 200, set + " has more than " + MAX_PAGES + " pages", null);
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
      throw new FetchFailure(
          current, 200, "the next-page link leaves the publisher: " + link, null);
    }
    return next;
  }

  /** SHA-256 of each staged file, keyed by its future path relative to the raw folder. */
  private static SortedMap<String, String> checksums(Path staging, Path targetRelative)
      throws IOException {
    SortedMap<String, String> sha = new TreeMap<>();
    String prefix = targetRelative.toString().replace('\\', '/') + "/";
    try (Stream<Path> files = Files.list(staging)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        sha.put(prefix + file.getFileName(), Checksums.of(file));
      }
    }
    return sha;
  }
}
