package nl.migstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.cli.CommandLines;
import nl.migstat.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./migstat bench} keeps the product's command-line conventions. */
class BenchCommandTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    out.reset();
    err.reset();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return CommandLines.execute(CommandLines.of(new BenchCommand(o), o, e), List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsHelpAndVersionOnStdout() {
    assertThat(run("--help")).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("Usage: migstat bench", "generate", "run");
    assertThat(run("generate", "-h")).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("Usage: migstat bench generate", "--scale=<n>", "--seed=<n>");
    assertThat(run("help", "run")).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("Usage: migstat bench run", "--peer-only", "--no-peer");
    assertThat(run("--version")).isEqualTo(ExitCode.OK);
    assertThat(out()).startsWith("migstat ").contains("commit ");
    assertThat(err()).isEmpty();
  }

  @Test
  void putsAWrongCommandLineOnStderrWithExitTwo() {
    assertThat(run("generate", "--scale", "0")).isEqualTo(ExitCode.USAGE);
    assertThat(err())
        .contains("Invalid value for option '--scale'", "above 0 and at most 1000")
        .contains("Usage: migstat bench generate");
    assertThat(run("generate", "--scale", "big")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("'--scale'", "not a number: big");
    assertThat(run("run")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("<job-dir>");
    assertThat(run("peer")).isEqualTo(ExitCode.USAGE);
    assertThat(out()).isEmpty();
  }

  @Test
  void generatesAJobAtTheGivenScale() {
    Path dir = tmp.resolve("s");
    assertThat(
            run(
                "generate",
                "--scale",
                "0.001",
                "--seed",
                "7",
                "--out",
                dir.toString(),
                "--samples",
                SharedData.samples().toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(dir.resolve("bench.yaml")).isRegularFile();
    assertThat(err()).isEmpty();
  }
}
