package nl.migstat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.migstat.chapters.Chapters;
import nl.migstat.fetch.Endpoints;
import nl.migstat.fetch.FetchReport;
import nl.migstat.fetch.FetchSpec;
import nl.migstat.fetch.Fetcher;
import nl.migstat.fetch.RetryPolicy;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;

/**
 * {@code migstat fetch jobs/<name> [--endpoints <base-url>]}: downloads the job's inputs that say
 * {@code fetch:} into its raw folder (cached by the publisher's modification date, retried,
 * resumed, checksummed). {@code --endpoints} points every publisher at one base URL (a mirror, or a
 * test server).
 */
public final class FetchCommand {
  static final String USAGE = "migstat fetch jobs/<name>[.yaml] [--endpoints <base-url>]";

  private final PrintStream out;

  public FetchCommand(PrintStream out) {
    this.out = out;
  }

  /** Fetches; returns false when a table could not be fetched. */
  public boolean run(List<String> args) {
    Arguments a = new Arguments(args, Set.of("endpoints"), Set.of());
    if (a.positional().size() != 1) {
      throw new UsageException("usage: " + USAGE);
    }
    Chapters chapters = Chapters.all();
    Job job =
        new JobFileParser(chapters.names(), chapters.tableNames())
            .parse(JobCommands.jobFile(a.positional().get(0)), false);
    List<FetchSpec> specs =
        job.inputs().stream().map(JobInput::fetch).filter(Objects::nonNull).toList();
    if (specs.isEmpty()) {
      out.println("job " + job.name() + " names no input with fetch:; nothing to download");
      return true;
    }
    Endpoints endpoints =
        a.option("endpoints") == null
            ? Endpoints.defaults()
            : Endpoints.under(URI.create(a.option("endpoints")));
    List<FetchReport> reports;
    try {
      reports =
          new Fetcher(RetryPolicy.defaults(), Clock.systemUTC())
              .fetch(specs, job.rawDir(), endpoints, out::println);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (FetchReport r : reports) {
      out.printf(
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
    return reports.stream().allMatch(FetchReport::succeeded);
  }
}
