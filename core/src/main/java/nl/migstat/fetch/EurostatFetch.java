package nl.migstat.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.migstat.files.Checksums;

/**
 * Downloads one Eurostat dataset as one file: the bulk TSV from {@code
 * sdmx/2.1/data/<id>?format=TSV&compressed=true} (gzip, checked whole), or SDMX-CSV 2.0 from {@code
 * sdmx/3.0/data/dataflow/ESTAT/<id>/1.0?format=csvdata&formatVersion=2.0}; the modification date is
 * the {@code Last-Modified} header of a HEAD request, and without it the file is always downloaded.
 * An asynchronous reply is awaited ({@link EurostatAsync}); a 413 is explained, not retried.
 */
final class EurostatFetch {
  private final ResumableDownload http;
  private final TransferStats stats;
  private final AsyncPolling polling;

  EurostatFetch(ResumableDownload http, TransferStats stats, AsyncPolling polling) {
    this.http = http;
    this.stats = stats;
    this.polling = polling;
  }

  /** The download address of {@code spec} below the dissemination API base. */
  static URI dataUri(FetchSpec spec, URI base) {
    String id = spec.tableId();
    return spec.kind() == FetchSpec.Kind.EUROSTAT_TSV
        ? base.resolve("sdmx/2.1/data/" + id + "?format=TSV&compressed=true")
        : base.resolve(
            "sdmx/3.0/data/dataflow/ESTAT/" + id + "/1.0?format=csvdata&formatVersion=2.0");
  }

  /** Fetches {@code spec} into the file {@code target} unless the records show it current. */
  Fetched fetch(FetchSpec spec, URI base, Path target, Path rawDir, FetchRecords records)
      throws IOException {
    URI uri = dataUri(spec, base);
    // Hidden until checked: an asynchronous-delivery note must never sit under the real name.
    Path download = target.resolveSibling("." + target.getFileName() + ".download");
    for (String left : new String[] {".part", ".status", ".status.part", ""}) {
      // What a killed fetch left; this fetch holds the raw folder's lock.
      Files.deleteIfExists(download.resolveSibling(download.getFileName() + left));
    }
    String modified = http.exchanges().headHeader(uri, "Last-Modified").orElse(null);
    Optional<FetchRecords.Entry> cached = records.upToDate(spec, modified, rawDir);
    if (cached.isPresent()) {
      return new Fetched(modified, cached.get().sha256(), true);
    }
    Files.createDirectories(target.getParent());
    boolean gzip = spec.kind() == FetchSpec.Kind.EUROSTAT_TSV;
    try {
      try {
        http.get(uri, download);
      } catch (FetchFailure e) {
        throw e.status() == 413 ? tooBig(uri, e) : e;
      }
      Optional<String> key = EurostatAsync.key(download);
      if (key.isPresent()) {
        new EurostatAsync(http, polling).await(base, key.get(), download);
      }
      if (gzip) {
        ResumableDownload.requireGzip(uri, download);
      } else {
        requireCsv(uri, download);
      }
      Files.move(
          download, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(download);
    }
    stats.pages = 1;
    SortedMap<String, String> sha = new TreeMap<>();
    sha.put(rawDir.relativize(target).toString().replace('\\', '/'), Checksums.of(target));
    return new Fetched(modified, sha, false);
  }

  /**
   * Eurostat answers 413 with "EXTRACTION_TOO_BIG: The requested extraction is too big, estimated …
   * rows, max authorised is 5000000, please change your filters to reduce the extraction size"
   * (Eurostat, "API - Detailed guidelines - Asynchronous API"): a retry cannot help, and fetch asks
   * for whole datasets, so the dataset has to be divided by hand.
   */
  private static FetchFailure tooBig(URI uri, FetchFailure e) {
    return new FetchFailure(
        uri,
        413,
        "Eurostat will not extract this whole dataset in one request (413, its limit is 5 million"
            + " rows per extraction): "
            + e.getMessage()
            + ". Download it in parts (filters in Eurostat's Data Browser) into raw_dir and list"
            + " the parts as inputs without fetch:",
        e);
  }

  /** An SDMX-CSV body is text that starts with its header, never markup or JSON. */
  private static void requireCsv(URI uri, Path file) throws IOException {
    byte[] start = ResumableDownload.readStart(file);
    String text = ErrorBody.shown(start);
    if (text.startsWith("<") || text.startsWith("{") || start.length == 0) {
      throw new FetchFailure(uri, 200, "expected SDMX-CSV, the body is: \"" + text + "\"");
    }
  }
}
