package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void printsWarningsOnTheirOwnStreamAndKeepsBothInTheLogInOrder() {
    ByteArrayOutputStream steps = new ByteArrayOutputStream();
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Progress progress =
        new Progress(
            new PrintStream(steps, true, StandardCharsets.UTF_8),
            new PrintStream(warnings, true, StandardCharsets.UTF_8));
    progress.step("ingest a.csv: cbs-odata-csv, %d observations", 36);
    progress.warning("%s", "a.csv: topic Gemeentenaam_1 holds text – São Tomé");
    progress.step("ingested %d inputs", 1);

    assertThat(steps.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .noneMatch(l -> l.contains("warning"));
    assertThat(warnings.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .matches(
            "\\[ +[0-9.]+ s\\]   warning: a\\.csv: topic Gemeentenaam_1 holds text – São Tomé");
    assertThat(progress.log().lines())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(1)).contains("  warning: a.csv"));
  }
}
