package nl.migstat.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.migstat.fetch.FetchReport.Outcome;
import nl.migstat.files.Stores;

/**
 * Downloads a job's CBS tables and Eurostat datasets into its raw folder (layout in {@code
 * package-info}), skipping those already there for the publisher's current modification date, and
 * reports per table; a failed table leaves its previous copy untouched.
 */
public final class Fetcher {
  private final HttpClient client;
  private final FetchSettings settings;
  private final Clock clock;

  /**
   * A fetcher with its own HTTP client: HTTP/1.1, redirects followed except https to http, the
   * settings' proxies, connect timeout and extra TLS trust.
   *
   * @throws IOException when the truststore cannot be read
   */
  public Fetcher(FetchSettings settings, Clock clock) throws IOException {
    this.settings = settings;
    this.clock = clock;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(settings.timeouts().connect())
            .proxy(settings.proxies().selector());
    if (settings.truststore() != null) {
      builder.sslContext(
          TrustStores.withExtraTrust(settings.truststore(), settings.truststorePassword()));
    }
    this.client = builder.build();
  }

  /**
   * Fetches each spec in order into {@code rawDir} and returns one report per spec, in the same
   * order; {@code fetch-records.json} is rewritten after each table that was downloaded.
   *
   * @throws FetchLockedException when another fetch into the same raw folder is under way
   * @throws IOException when the raw folder or its records cannot be read or written at all
   * @throws IllegalArgumentException when two specs name the same target
   */
  public List<FetchReport> fetch(
      List<FetchSpec> specs, Path rawDir, Endpoints endpoints, FetchLog log) throws IOException {
    Set<String> targets = new HashSet<>();
    for (FetchSpec spec : specs) {
      if (!targets.add(spec.target())) {
        throw new IllegalArgumentException("two tables would be saved to " + spec.target());
      }
    }
    if (!Stores.isLocal(rawDir)) {
      MirroredRaw mirrored = new MirroredRaw(rawDir);
      mirrored.pull(specs);
      List<FetchReport> reports = fetch(specs, mirrored.local(), endpoints, log);
      mirrored.push(reports);
      return reports;
    }
    Files.createDirectories(rawDir);
    Path raw = rawDir.toRealPath();
    try (RawFolderLock lock = RawFolderLock.take(raw)) {
      log.info(
          "fetching into "
              + raw
              + " (holding "
              + lock.file().getFileName()
              + "); network: "
              + settings.proxies().describe()
              + truststoreNote());
      // A records file cut short by a kill; the records themselves are whole (atomic rename).
      Files.deleteIfExists(raw.resolve(FetchRecords.FILE_NAME + ".part"));
      FetchRecords records = FetchRecords.load(raw);
      List<FetchReport> reports = new ArrayList<>();
      for (FetchSpec spec : specs) {
        FetchReport report = fetchOne(spec, raw, endpoints, records, log);
        log.info(summary(report));
        reports.add(report);
      }
      return reports;
    }
  }

  private FetchReport fetchOne(
      FetchSpec spec, Path raw, Endpoints endpoints, FetchRecords records, FetchLog log)
      throws IOException {
    TransferStats stats = new TransferStats();
    FetchLog tagged = message -> log.info(spec.source() + ": " + message);
    Exchanges exchanges = new Exchanges(client, settings, clock, stats, log, spec.source());
    ResumableDownload http = new ResumableDownload(exchanges, stats);
    Fetched fetched;
    try {
      Path target = insideRaw(raw, spec.target());
      CbsTableFetch v3 = new CbsTableFetch(ODataDialect.V3, http, stats, tagged);
      fetched =
          switch (spec.kind()) {
            case CBS_ODATA_V3 ->
                v3.fetch(spec, endpoints.cbsV3(), endpoints.cbsV3Feed(), target, raw, records);
            case CBS_ODATA_V3_FEED ->
                v3.fetch(spec, endpoints.cbsV3Feed(), null, target, raw, records);
            case CBS_ODATA_V4 ->
                new CbsTableFetch(ODataDialect.V4, http, stats, tagged)
                    .fetch(spec, endpoints.cbsV4(), null, target, raw, records);
            case EUROSTAT_TSV, EUROSTAT_SDMX_CSV ->
                new EurostatFetch(http, stats, settings.eurostatAsync())
                    .fetch(spec, endpoints.eurostat(), target, raw, records);
          };
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return report(spec, Outcome.FAILED, e.getMessage(), null, stats, new TreeMap<>());
    }
    if (fetched.upToDate()) {
      return report(
          spec, Outcome.UP_TO_DATE, "up to date", fetched.modified(), stats, fetched.sha256());
    }
    records.put(
        new FetchRecords.Entry(
            spec.source(),
            spec.kind().name(),
            spec.target(),
            fetched.modified(),
            Instant.now(clock).toString(),
            fetched.sha256()));
    records.save();
    return report(
        spec, Outcome.DOWNLOADED, "downloaded", fetched.modified(), stats, fetched.sha256());
  }

  private String truststoreNote() {
    return settings.truststore() == null
        ? ""
        : "; trusting the certificates in " + settings.truststore() + " too";
  }

  /** The target under the raw folder; a symbolic link out of it is refused (RELIABILITY.md). */
  private static Path insideRaw(Path raw, String target) throws IOException {
    Path path = raw.resolve(target).normalize();
    Path parent = path.getParent();
    Files.createDirectories(parent);
    if (!path.startsWith(raw) || !parent.toRealPath().startsWith(raw)) {
      throw new IllegalArgumentException("target " + target + " leaves the raw folder " + raw);
    }
    return parent.toRealPath().resolve(path.getFileName());
  }

  private static FetchReport report(
      FetchSpec spec,
      Outcome outcome,
      String reason,
      String modified,
      TransferStats stats,
      SortedMap<String, String> sha256) {
    return new FetchReport(
        spec,
        outcome,
        reason,
        modified,
        stats.bytes,
        outcome == Outcome.DOWNLOADED ? stats.pages : 0,
        stats.requests,
        stats.retries,
        sha256);
  }

  private static String summary(FetchReport report) {
    String source = report.spec().source();
    return switch (report.outcome()) {
      case DOWNLOADED ->
          source
              + ": downloaded "
              + report.pages()
              + " page(s), "
              + report.bytes()
              + " bytes, modified "
              + report.modified();
      case UP_TO_DATE -> source + ": up to date (modified " + report.modified() + ")";
      case FAILED -> source + ": FAILED: " + report.reason();
    };
  }
}
