package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run of a job at a time, whether the second starts in another process or in this JVM. */
class RunLockTest {
  @TempDir Path tmp;

  @Test
  void aSecondRunInTheSameJvmIsRefusedAndLeavesTheFirstRunsLockHeld() throws Exception {
    Job job = job(tmp.resolve("out/samples"));
    try (RunLock first = RunLock.take(job)) {
      assertThat(first.file()).hasFileName(".samples.lock");
      assertThatThrownBy(() -> RunLock.take(job(tmp.resolve("out/../out/samples"))))
          .isInstanceOf(RunLockedException.class)
          .hasMessageContaining("another run of job samples holds");
      assertThat(otherProcessGetsTheLock(first.file()))
          .as("the refused run released nothing")
          .isFalse();
    }
    try (RunLock again = RunLock.take(job)) {
      assertThat(again.file()).exists();
    }
  }

  @Test
  void locksOfTwoJobsAreIndependent() {
    try (RunLock a = RunLock.take(job(tmp.resolve("out/a")));
        RunLock b = RunLock.take(job(tmp.resolve("out/b")))) {
      assertThat(a.file()).isNotEqualTo(b.file());
    }
  }

  private static Job job(Path output) {
    return new Job(
        output.resolveSibling("job.yaml"),
        "samples",
        2023,
        2021,
        output.getParent(),
        output,
        "w.xlsx",
        0.05,
        List.of(),
        List.of(),
        List.of());
  }

  /** Whether a separate JVM can take the lock now (exit 0), or finds it held (exit 1). */
  private static boolean otherProcessGetsTheLock(Path file)
      throws IOException, InterruptedException, URISyntaxException {
    Path classes =
        Path.of(RunLockTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes.toString(),
                Probe.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isIn(0, 1);
    return p.exitValue() == 0;
  }

  /** Tries the lock in its own JVM: exit 0 when it got it, 1 when another process holds it. */
  static final class Probe {
    public static void main(String[] args) throws IOException {
      try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
        FileLock lock = channel.tryLock();
        Runtime.getRuntime().exit(lock == null ? 1 : 0);
      }
    }
  }
}
