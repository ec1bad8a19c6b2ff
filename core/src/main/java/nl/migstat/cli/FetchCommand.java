package nl.migstat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.migstat.chapters.Chapters;
import nl.migstat.fetch.Endpoints;
import nl.migstat.fetch.FetchReport;
import nl.migstat.fetch.FetchSpec;
import nl.migstat.fetch.Fetcher;
import nl.migstat.fetch.RetryPolicy;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code migstat fetch jobs/<name> [--endpoints <base-url>]}: downloads the job's inputs that say
 * {@code fetch:} into its raw folder (cached by the publisher's modification date, retried,
 * resumed, checksummed). {@code --endpoints} points every publisher at one base URL (a mirror, or a
 * test server).
 */
@Command(
    name = "fetch",
    description = {
      "Downloads a job's inputs from CBS and Eurostat.",
      "The inputs marked fetch: go into the job's raw_dir (CBS OData v3 and v4 tables, Eurostat"
          + " datasets), only where the publisher has a newer version than the folder."
    })
final class FetchCommand implements Callable<Integer> {
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
    List<FetchReport> reports =
        new Fetcher(RetryPolicy.defaults(), Clock.systemUTC())
            .fetch(
                specs,
                parsed.rawDir(),
                endpoints == null ? Endpoints.defaults() : Endpoints.under(endpoints),
                progress::println);
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
}
