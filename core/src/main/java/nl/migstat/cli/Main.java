package nl.migstat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.migstat.harmonise.BoundaryMappingException;
import nl.migstat.harmonise.UnknownMunicipalityException;
import nl.migstat.ingest.BadInputException;
import nl.migstat.job.JobFileException;

/**
 * The command-line entry behind {@code ./migstat}: dispatches to a command, maps errors to exit
 * codes.
 */
public final class Main {
  private static final String USAGE =
      "usage:\n  "
          + JobCommands.RUN_USAGE
          + "\n  "
          + JobCommands.VALIDATE_USAGE
          + "\n  "
          + FetchCommand.USAGE
          + "\n  "
          + IngestCommand.USAGE
          + "\n";

  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(Arrays.asList(args), out, err).code();
    out.flush();
    err.flush();
    Runtime.getRuntime().exit(code);
  }

  /** Runs a command line and returns its exit code; never exits the JVM (for tests). */
  public static ExitCode run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      out.print(USAGE);
      return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      switch (args.get(0)) {
        case "ingest" -> new IngestCommand(out).run(rest);
        case "run" -> new JobCommands(out).run(rest);
        case "validate" -> new JobCommands(out).validate(rest);
        case "fetch" -> {
          if (!new FetchCommand(out).run(rest)) {
            err.println(
                "migstat: some tables could not be fetched; the raw folder keeps their previous files");
            return ExitCode.FETCH_FAILED;
          }
        }
        default -> throw new UsageException("unknown command '" + args.get(0) + "'\n" + USAGE);
      }
      return ExitCode.OK;
    } catch (UsageException e) {
      err.println("migstat: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (JobFileException e) {
      err.println("migstat: bad job file: " + e.getMessage());
      return ExitCode.BAD_JOB_FILE;
    } catch (UnknownMunicipalityException | BoundaryMappingException e) {
      err.println("migstat: bad input: " + e.getMessage());
      err.println("nothing was published; the previous output is unchanged");
      return ExitCode.BAD_INPUT;
    } catch (BadInputException e) {
      err.println("migstat: bad input: " + e.getMessage());
      err.println("nothing was written; the previous output is unchanged");
      return ExitCode.BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("migstat: internal error: " + e);
      e.printStackTrace(err);
      return ExitCode.INTERNAL_ERROR;
    }
  }
}
