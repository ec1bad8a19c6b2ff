package nl.migstat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.chapters.Chapters;
import nl.migstat.fetch.AsyncPolling;
import nl.migstat.fetch.Endpoints;
import nl.migstat.fetch.FetchLockedException;
import nl.migstat.fetch.FetchReport;
import nl.migstat.fetch.FetchSettings;
import nl.migstat.fetch.FetchSpec;
import nl.migstat.fetch.Fetcher;
import nl.migstat.fetch.RetryPolicy;
import nl.migstat.fetch.Timeouts;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;
import nl.migstat.job.RunLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code migstat fetch jobs/<name> [options]}: downloads the job's inputs that say {@code fetch:}
 * into its raw folder (cached by the publisher's modification date, retried, resumed, checksummed).
 * {@code --endpoints} points every publisher at one base URL (a mirror, or a test server); the
 * network options are the machine's, not the job's (README, "Fetch").
 */
@Command(
    name = "fetch",
    description = {
      "Downloads a job's inputs from CBS and Eurostat.",
      "The inputs marked fetch: go into the job's raw_dir (CBS OData v3 and v4 tables, Eurostat"
          + " datasets), only where the publisher has a newer version than the folder.",
      "Proxies come from https_proxy, http_proxy, all_proxy and no_proxy (or upper case), as"
          + " curl reads them; MIGSTAT_TRUSTSTORE_PASSWORD holds the --truststore password."
    })
final class FetchCommand implements Callable<Integer> {
  /** The environment variable with the truststore's password: never on the command line. */
  static final String TRUSTSTORE_PASSWORD = "MIGSTAT_TRUSTSTORE_PASSWORD";

  @ParentCommand private MigstatCommand migstat;

  @Parameters(
      paramLabel = JobCommands.JOB_FILE,
      description = "The job file (.yaml may be left off).")
  private String job;

  @Option(
      names = "--endpoints",
      paramLabel = "<base-url>",
      description = "One base URL for all publishers (a mirror).")
  private URI endpoints;

  @Option(
      names = "--truststore",
      paramLabel = "<file>",
      description =
          "A PKCS12 or JKS file whose CA certificates are trusted beside the JDK's (a network"
              + " that inspects TLS); its password in $"
              + TRUSTSTORE_PASSWORD
              + ".")
  private Path truststore;

  @Option(
      names = "--connect-timeout",
      paramLabel = "<time>",
      converter = Wait.class,
      description = "Time to open a connection (default: 30s).")
  private Duration connectTimeout = Timeouts.defaults().connect();

  @Option(
      names = "--read-timeout",
      paramLabel = "<time>",
      converter = Wait.class,
      description = "Time to wait for a response, or for the next bytes of one (default: 5m).")
  private Duration readTimeout = Timeouts.defaults().read();

  @Option(
      names = "--download-timeout",
      paramLabel = "<time>",
      converter = Wait.class,
      description = "Longest time for one file, retries included (default: 2h).")
  private Duration downloadTimeout = Timeouts.defaults().download();

  @Option(
      names = "--async-wait",
      paramLabel = "<time>",
      converter = Wait.class,
      description = "Longest wait for Eurostat to prepare an asynchronous reply (default: 1h).")
  private Duration asyncWait = AsyncPolling.defaults().maxWait();

  @Option(
      names = "--attempts",
      paramLabel = "<1..20>",
      description = "Attempts per file before a table fails (default: ${DEFAULT-VALUE}).")
  private int attempts = RetryPolicy.defaults().maxAttempts();

  @Override
  public Integer call() throws IOException {
    Chapters chapters = Chapters.all();
    Job parsed =
        new JobFileParser(chapters.names(), chapters.tableNames())
            .parse(JobCommands.jobFile(job), false);
    List<FetchSpec> specs =
        parsed.inputs().stream().map(JobInput::fetch).filter(Objects::nonNull).toList();
    PrintStream progress = migstat.progress();
    if (specs.isEmpty()) {
      progress.println("job " + parsed.name() + " names no input with fetch:; nothing to download");
      return ExitCode.OK.code();
    }
    Fetcher fetcher;
    try {
      fetcher = new Fetcher(settings(), Clock.systemUTC());
    } catch (IOException | IllegalArgumentException e) {
      // The machine's network settings (environment, truststore), not a bug: one line, no trace.
      migstat.err().println("migstat fetch: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    List<FetchReport> reports;
    try {
      reports =
          fetcher.fetch(
              specs,
              parsed.rawDir(),
              endpoints == null ? Endpoints.defaults() : Endpoints.under(endpoints),
              progress::println);
    } catch (FetchLockedException e) {
      throw new RunLockedException(parsed.name() + " (fetch)", e.lockFile());
    }
    for (FetchReport r : reports) {
      // A table that failed is an error, on stderr even under --quiet.
      (r.succeeded() ? progress : migstat.err())
          .printf(
              Locale.ROOT,
              "%s -> %s: %s%s (%d bytes, %d pages, %d requests, %d retries)%n",
              r.spec().source(),
              r.spec().target(),
              r.outcome(),
              r.reason() == null ? "" : ": " + r.reason(),
              r.bytes(),
              r.pages(),
              r.requests(),
              r.retries());
    }
    if (!reports.stream().allMatch(FetchReport::succeeded)) {
      migstat
          .err()
          .println(
              "migstat: some tables could not be fetched; the raw folder keeps their previous"
                  + " files");
      return ExitCode.FETCH_FAILED.code();
    }
    return ExitCode.OK.code();
  }

  private FetchSettings settings() {
    if (attempts < 1 || attempts > 20) {
      throw new IllegalArgumentException("--attempts must be 1..20, is " + attempts);
    }
    RetryPolicy retry = RetryPolicy.defaults();
    FetchSettings settings =
        FetchSettings.defaults(System.getenv())
            .withRetry(
                new RetryPolicy(
                    attempts, retry.firstDelay(), retry.maxDelay(), retry.maxRetryAfter()))
            .withTimeouts(new Timeouts(connectTimeout, readTimeout, downloadTimeout));
    AsyncPolling polling = AsyncPolling.defaults();
    if (asyncWait.compareTo(polling.interval()) < 0) {
      throw new IllegalArgumentException(
          "--async-wait must be at least " + polling.interval().toSeconds() + "s");
    }
    settings = settings.withEurostatAsync(new AsyncPolling(polling.interval(), asyncWait));
    return truststore == null
        ? settings
        : settings.withTruststore(truststore, System.getenv(TRUSTSTORE_PASSWORD));
  }

  /** A wait on the command line: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h} or seconds. */
  static final class Wait implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException(
            "'" + value + "' is not a positive time like 500ms, 30s, 5m or 2h");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
