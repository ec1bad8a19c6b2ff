package nl.migstat.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.migstat.files.Checksums;

/**
 * Downloads one Eurostat dataset as one file: the bulk TSV from {@code
 * sdmx/2.1/data/<id>?format=TSV&compressed=true} (gzip, checked whole), or SDMX-CSV 2.0 from {@code
 * sdmx/3.0/data/dataflow/ESTAT/<id>/1.0?format=csvdata&formatVersion=2.0}; the modification date is
 * the {@code Last-Modified} header of a HEAD request, and without it the file is always downloaded.
 */
final class EurostatFetch {
  private final ResumableDownload http;
  private final TransferStats stats;

  EurostatFetch(ResumableDownload http, TransferStats stats) {
    this.http = http;
    this.stats = stats;
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
    String modified = http.headHeader(uri, "Last-Modified").orElse(null);
    Optional<FetchRecords.Entry> cached = records.upToDate(spec, modified, rawDir);
    if (cached.isPresent()) {
      return new Fetched(modified, cached.get().sha256(), true);
    }
    Files.createDirectories(target.getParent());
    http.get(uri, target, spec.kind() == FetchSpec.Kind.EUROSTAT_TSV);
    stats.pages = 1;
    SortedMap<String, String> sha = new TreeMap<>();
    sha.put(rawDir.relativize(target).toString().replace('\\', '/'), Checksums.of(target));
    return new Fetched(modified, sha, false);
  }
}
