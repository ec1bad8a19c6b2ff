package nl.migstat.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing budget of CI inside {@code mvn -B test} (README "Fuzzing the readers"): each fuzz
 * test of {@link ReaderFuzzTest} is fuzzed for its budget in a child JVM of its own with {@code
 * JAZZER_FUZZ=1}, since Jazzer fuzzes one {@code @FuzzTest} per JVM. A finding fails that reader's
 * test with the child's report; Jazzer keeps the input beside the seeds ({@code crash-<sha1>}).
 * Tagged {@code fuzz}, so a quick local run can leave it out ({@code
 * -Dmigstat.test.excludedGroups=jazzer,cluster,fuzz}).
 */
@Tag("fuzz")
class ReaderFuzzCampaignTest {
  /** The most one child may take: its budget, JVM start-up and the seeds, on a loaded machine. */
  private static final long CHILD_MINUTES = 5;

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyReaderHoldsForItsBudget() {
    List<String> tests =
        Arrays.stream(ReaderFuzzTest.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(FuzzTest.class))
            .map(Method::getName)
            .sorted()
            .toList();
    assertThat(tests).as("fuzz tests of ReaderFuzzTest").hasSizeGreaterThanOrEqualTo(10);
    return tests.stream().map(t -> DynamicTest.dynamicTest(t, () -> fuzz(t)));
  }

  private void fuzz(String test) throws IOException, InterruptedException {
    Path log = tmp.resolve(test + ".log");
    Process p = child(test, log).start();
    boolean ended = p.waitFor(CHILD_MINUTES, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String report = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended)
        .as("%s ended within %d minutes:%n%s", test, CHILD_MINUTES, tail(report))
        .isTrue();
    assertThat(p.exitValue()).as("%s found nothing:%n%s", test, tail(report)).isZero();
  }

  private static ProcessBuilder child(String test, Path log) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-Dfile.encoding=UTF-8");
    String basedir = System.getProperty("jazzer.internal.basedir");
    if (basedir != null) {
      cmd.add("-Djazzer.internal.basedir=" + basedir);
    }
    // libFuzzer's own per-input timeout is 20 minutes: one input may take 30 s at most.
    cmd.add("-Djazzer.internal.arg.0=fuzz");
    cmd.add("-Djazzer.internal.arg.1=-timeout=30");
    cmd.add("-cp");
    String cp = System.getProperty("surefire.test.class.path");
    cmd.add(cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path"));
    cmd.add(FuzzOne.class.getName());
    cmd.add(test);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("JAZZER_FUZZ", "1");
    return pb;
  }

  private static String tail(String report) {
    return report.length() <= 6000 ? report : "…" + report.substring(report.length() - 6000);
  }
}
