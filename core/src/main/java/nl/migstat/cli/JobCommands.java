package nl.migstat.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.migstat.chapters.Chapters;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobRunner;
import nl.migstat.job.Progress;
import nl.migstat.model.ObservationSink;

/**
 * {@code migstat run jobs/<name> [--only <table>] [--force]} and {@code migstat validate
 * jobs/<name>}: a job file names its inputs, chapters and output folder.
 */
public final class JobCommands {
  static final String RUN_USAGE = "migstat run jobs/<name>[.yaml] [--only <table>] [--force]";
  static final String VALIDATE_USAGE = "migstat validate jobs/<name>[.yaml]";

  private final PrintStream out;
  private final Chapters chapters = Chapters.all();

  public JobCommands(PrintStream out) {
    this.out = out;
  }

  /** Runs a job and publishes its output. */
  public void run(List<String> args) {
    Arguments a = new Arguments(args, Set.of("only"), Set.of("force"));
    Job job = parse(a, RUN_USAGE);
    String only = a.option("only");
    if (only != null && !chapters.tableNames().contains(only)) {
      throw new UsageException("--only: no table '" + only + "'; tables: " + chapters.tableNames());
    }
    Progress progress = new Progress(out);
    progress.step(
        "job %s: %d inputs, chapters %s, output %s",
        job.name(), job.inputs().size(), job.chapters(), job.outputDir());
    JobRunner.Outcome outcome =
        new JobRunner(chapters, progress).run(job, Sessions.get(), only, a.flag("force"));
    if (!outcome.upToDate()) {
      ClassArchive.jobBuilt();
    }
  }

  /** Checks the job file and reads its inputs, without Spark. */
  public void validate(List<String> args) {
    Job job = parse(new Arguments(args, Set.of(), Set.of()), VALIDATE_USAGE);
    Progress progress = new Progress(out);
    new JobRunner(chapters, progress).ingest(job, ObservationSink.discarding());
    progress.step(
        "job %s is valid: %d inputs read, chapters %s",
        job.name(), job.inputs().size(), job.chapters());
  }

  private Job parse(Arguments a, String usage) {
    if (a.positional().size() != 1) {
      throw new UsageException("usage: " + usage);
    }
    return new JobFileParser(chapters.names(), chapters.tableNames())
        .parse(jobFile(a.positional().get(0)));
  }

  /** {@code jobs/samples} finds {@code jobs/samples.yaml}. */
  static Path jobFile(String name) {
    Path p = Path.of(name);
    if (!Files.exists(p) && Files.exists(Path.of(name + ".yaml"))) {
      return Path.of(name + ".yaml");
    }
    return p;
  }
}
