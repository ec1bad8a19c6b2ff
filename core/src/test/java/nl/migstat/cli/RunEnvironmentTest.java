package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.migstat.job.Job;
import nl.migstat.job.Progress;
import nl.migstat.job.RunSettings;
import org.junit.jupiter.api.Test;

class RunEnvironmentTest {
  private static final Job JOB =
      new Job(
          Path.of("jobs/x.yaml"),
          "x",
          2023,
          2021,
          Path.of("raw"),
          Path.of("out/x"),
          "x.xlsx",
          0.05,
          List.of(),
          List.of(),
          List.of());
  private static final Progress PROGRESS =
      new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @Test
  void withNothingSetBuildsOnePerCoreAndDatesTheWorkbookAtTheEndOfTheReportYear() {
    RunSettings s = RunEnvironment.settings(JOB, PROGRESS, Map.of(), new Properties());
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(s.tableThreads()).isEqualTo(cores);
    assertThat(s.ingestThreads()).isEqualTo(cores);
    assertThat(s.workbookTime()).isEqualTo(Instant.parse("2023-12-31T00:00:00Z"));
    assertThat(s.progress()).isSameAs(PROGRESS);
  }

  @Test
  void takesSourceDateEpochAndTheThreadProperties() {
    Properties p = new Properties();
    p.setProperty(RunEnvironment.TABLE_THREADS, "1");
    p.setProperty(RunEnvironment.INGEST_THREADS, "3");
    RunSettings s =
        RunEnvironment.settings(
            JOB, PROGRESS, Map.of(RunEnvironment.SOURCE_DATE_EPOCH, "1700000000"), p);
    assertThat(s.tableThreads()).isEqualTo(1);
    assertThat(s.ingestThreads()).isEqualTo(3);
    assertThat(s.workbookTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void ignoresValuesThatAreNotCounts() {
    Properties p = new Properties();
    p.setProperty(RunEnvironment.TABLE_THREADS, "0");
    p.setProperty(RunEnvironment.INGEST_THREADS, "many");
    RunSettings s =
        RunEnvironment.settings(JOB, PROGRESS, Map.of(RunEnvironment.SOURCE_DATE_EPOCH, "-5"), p);
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(s.tableThreads()).isEqualTo(cores);
    assertThat(s.ingestThreads()).isEqualTo(cores);
    assertThat(s.workbookTime()).isEqualTo(Instant.parse("2023-12-31T00:00:00Z"));
  }
}
