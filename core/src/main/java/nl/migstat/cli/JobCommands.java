package nl.migstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.migstat.chapters.Chapters;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobRunner;
import nl.migstat.job.Progress;
import nl.migstat.job.ReadInputs;
import nl.migstat.model.ObservationSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code migstat run} and {@code migstat validate}: the commands on a job file, which names its
 * inputs, chapters and output folder.
 */
final class JobCommands {
  static final String JOB_FILE = "jobs/<name>[.yaml]";

  private JobCommands() {}

  /** {@code migstat run jobs/<name> [--only <table>] [--force]}. */
  @Command(
      name = "run",
      sortOptions = false,
      description = {
        "Builds a job's tables and publishes them.",
        "A run whose inputs (by checksum), job file and code are unchanged since the published"
            + " run says so and does nothing. A second run of the same job while one is under"
            + " way stops at once and changes nothing."
      })
  static final class Run implements Callable<Integer> {
    @ParentCommand private MigstatCommand migstat;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = JOB_FILE, description = "The job file (.yaml may be left off).")
    private String job;

    @Option(
        names = "--only",
        paramLabel = "<table>",
        description =
            "Rebuild this table only; the others are carried over from the published run.")
    private String only;

    @Option(
        names = "--force",
        description = "Rebuild even when inputs, job file and code are unchanged.")
    private boolean force;

    @Override
    public Integer call() {
      Chapters chapters = Chapters.all();
      Job parsed = parse(job, chapters);
      if (only != null && !chapters.tableNames().contains(only)) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--only': no table '"
                + only
                + "'; tables: "
                + chapters.tableNames());
      }
      Progress progress = new Progress(migstat.progress(), migstat.warnings());
      progress.step(
          "job %s: %d inputs, chapters %s, output %s",
          parsed.name(), parsed.inputs().size(), parsed.chapters(), parsed.outputDir());
      JobRunner.Outcome outcome =
          new JobRunner(chapters, RunEnvironment.settings(parsed, progress))
              .run(parsed, Sessions.get(), only, force);
      if (!outcome.upToDate()) {
        ClassArchive.jobBuilt();
      }
      return ExitCode.OK.code();
    }
  }

  /** {@code migstat validate jobs/<name>}. */
  @Command(
      name = "validate",
      description = {
        "Checks a job file and reads its inputs, without Spark.",
        "Errors name the key and the line. Nothing is written."
      })
  static final class Validate implements Callable<Integer> {
    @ParentCommand private MigstatCommand migstat;

    @Parameters(paramLabel = JOB_FILE, description = "The job file (.yaml may be left off).")
    private String job;

    @Override
    public Integer call() {
      Chapters chapters = Chapters.all();
      Job parsed = parse(job, chapters);
      Progress progress = new Progress(migstat.progress(), migstat.warnings());
      new ReadInputs(progress).into(parsed, ObservationSink.discarding());
      progress.step(
          "job %s is valid: %d inputs read, chapters %s",
          parsed.name(), parsed.inputs().size(), parsed.chapters());
      return ExitCode.OK.code();
    }
  }

  private static Job parse(String name, Chapters chapters) {
    return new JobFileParser(chapters.names(), chapters.tableNames()).parse(jobFile(name));
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
