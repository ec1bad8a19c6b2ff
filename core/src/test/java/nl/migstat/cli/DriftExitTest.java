package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.TestSpark;
import nl.migstat.job.DriftJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migstat run} on a job that fails on drift: exit code 7, the changes on stderr. */
class DriftExitTest {
  @TempDir Path tmp;

  @Test
  void aRunBeyondTheDriftLimitsExitsWithSevenNamingEachChange() throws IOException {
    TestSpark.session();
    Path job = DriftJob.write(tmp, "strict", "drift: {action: fail, totals: 1}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(List.of("run", "-q", job.toString()), err)).isEqualTo(ExitCode.OK);
    DriftJob.cutKerncijfers(tmp, 6);

    assertThat(run(List.of("run", "-q", job.toString()), err)).isEqualTo(ExitCode.DRIFT);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("migstat: drift: 3 change(s) beyond the job's drift: limits")
        .contains(
            "  input " + DriftJob.KERNCIJFERS + ": observations 36 → 24 (-33.3 %)\n",
            "  input " + DriftJob.KERNCIJFERS + ": periods 9 → 6 (-33.3 %)\n",
            "  table migration_balance: rows 9 → 6 (-33.3 %)\n")
        .endsWith("nothing was published; the previous output is unchanged\n");
  }

  private static ExitCode run(List<String> args, ByteArrayOutputStream err) {
    err.reset();
    return Main.run(
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
