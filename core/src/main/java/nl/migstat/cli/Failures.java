package nl.migstat.cli;

import java.io.PrintWriter;
import nl.migstat.harmonise.BoundaryMappingException;
import nl.migstat.harmonise.UnknownMunicipalityException;
import nl.migstat.ingest.BadInputException;
import nl.migstat.job.DisclosureAuditException;
import nl.migstat.job.DriftException;
import nl.migstat.job.JobFileException;
import nl.migstat.job.RunLockedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command threw, told on stderr with the exit code that names it: the user's mistakes and a
 * held lock in a message without a stack trace, anything else as an internal error with one.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    String name = line.getCommandSpec().root().name();
    ExitCode code;
    if (e instanceof JobFileException) {
      err.println(name + ": bad job file: " + e.getMessage());
      code = ExitCode.BAD_JOB_FILE;
    } else if (e instanceof UnknownMunicipalityException || e instanceof BoundaryMappingException) {
      err.println(name + ": bad input: " + e.getMessage());
      err.println("nothing was published; the previous output is unchanged");
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof BadInputException) {
      err.println(name + ": bad input: " + e.getMessage());
      err.println("nothing was written; the previous output is unchanged");
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof DisclosureAuditException) {
      err.println(name + ": " + e.getMessage());
      err.println("nothing was published; the previous output is unchanged");
      code = ExitCode.DISCLOSURE;
    } else if (e instanceof DriftException) {
      err.println(name + ": drift: " + e.getMessage());
      err.println("nothing was published; the previous output is unchanged");
      code = ExitCode.DRIFT;
    } else if (e instanceof RunLockedException) {
      // One line: a scheduler that starts a run while the last is still going logs just this.
      err.println(name + ": " + e.getMessage() + "; nothing was changed, try again when it ends");
      code = ExitCode.RUN_LOCKED;
    } else {
      err.println(name + ": internal error: " + e);
      e.printStackTrace(err);
      code = ExitCode.INTERNAL_ERROR;
    }
    err.flush();
    return code.code();
  }
}
