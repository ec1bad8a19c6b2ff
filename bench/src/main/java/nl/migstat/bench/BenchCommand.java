package nl.migstat.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.migstat.cli.BuildVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code migstat bench generate|run}: writes seeded benchmark inputs at a scale, times the full job
 * per stage, and times DuckDB doing the same ingest-and-aggregate work on the same files.
 */
@Command(
    name = "migstat bench",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    synopsisSubcommandLabel = "<command>",
    description = "The benchmark of migstat (BENCHMARKS.md): inputs at a scale, timings, peers.",
    commandListHeading = "%nCommands:%n",
    subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class, HelpCommand.class})
public final class BenchCommand implements Callable<Integer> {
  private final PrintStream out;
  @Spec private CommandSpec spec;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "no command given");
  }

  /** {@code migstat bench generate --scale <n> [--out <dir>] [--seed <n>] [--samples <dir>]}. */
  @Command(
      name = "generate",
      sortOptions = false,
      description = {
        "Writes seeded inputs and a job file at a scale.",
        "Writes <dir>/raw/ and <dir>/bench.yaml, grown from the samples."
      })
  static final class Generate implements Callable<Integer> {
    @ParentCommand private BenchCommand bench;

    @Option(
        names = "--scale",
        paramLabel = "<n>",
        converter = ScaleFactor.class,
        description = "Times the size of the real full tables, above 0 and at most 1000.")
    private Scale scale = new Scale(1);

    @Option(
        names = "--out",
        paramLabel = "<dir>",
        description = "Where to write (default: out/bench/s<scale>).")
    private Path dir;

    @Option(names = "--seed", paramLabel = "<n>", description = "Default: ${DEFAULT-VALUE}.")
    private long seed = 20240101;

    @Option(
        names = "--samples",
        paramLabel = "<dir>",
        description = "The samples to grow (default: ${DEFAULT-VALUE}).")
    private Path samples = Path.of("data-samples");

    @Override
    public Integer call() throws IOException {
      Path target = dir == null ? Path.of("out/bench/s" + scale.label()) : dir;
      new InputGenerator(samples, scale, seed).write(target, bench.out);
      return 0;
    }
  }

  /** {@code migstat bench run <job-dir> [--runs <n>] [--peer-only] [--no-peer]}. */
  @Command(
      name = "run",
      sortOptions = false,
      description = {
        "Times the job per stage, then the peers on the same files.",
        "Runs <job-dir>/bench.yaml per stage as ./migstat run does, then migstat's reader and"
            + " DuckDB on the same Eurostat bulk files."
      })
  static final class Run implements Callable<Integer> {
    @ParentCommand private BenchCommand bench;

    @Parameters(paramLabel = "<job-dir>", description = "A folder that bench generate wrote.")
    private Path dir;

    @Option(names = "--runs", paramLabel = "<n>", description = "Default: ${DEFAULT-VALUE}.")
    private int runs = 3;

    @Option(names = "--peer-only", description = "Only the peer comparison.")
    private boolean peerOnly;

    @Option(names = "--no-peer", description = "Only the job.")
    private boolean noPeer;

    @Override
    public Integer call() throws IOException {
      new JobBenchmark(bench.out).run(dir, runs, !peerOnly, !noPeer);
      return 0;
    }
  }

  /** A scale as {@link Scale} accepts it. */
  static final class ScaleFactor implements ITypeConverter<Scale> {
    @Override
    public Scale convert(String value) {
      try {
        return new Scale(Double.parseDouble(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            e instanceof NumberFormatException ? "not a number: " + value : e.getMessage());
      }
    }
  }
}
