package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.migstat.job.Progress;
import org.junit.jupiter.api.Test;

class QuietProgressTest {
  @Test
  void dropsProgressAndPassesWarningsToStderr() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream quiet = QuietProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8));
    Progress progress = new Progress(quiet);
    progress.step("ingest a.csv: cbs-odata-csv, 36 observations, periods 2015–2023 (9)");
    progress.step("  warning: %s", "a.csv: topic Gemeentenaam_1 holds text; kept in the code list");
    quiet.println("b.csv");
    quiet.println("  warning: b.csv: taking cbs:84583NED from the file name – São Tomé");
    quiet.println("wrote out: 1 observations (a warning: no, a count)");

    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .allMatch(l -> l.contains("warning: "))
        .anyMatch(l -> l.matches("\\[ +[0-9.]+ s\\]   warning: a\\.csv: topic .*"))
        .contains("  warning: b.csv: taking cbs:84583NED from the file name – São Tomé");
  }
}
