package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.migstat.SharedData;
import nl.migstat.TestSpark;
import nl.migstat.job.SmallJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  @BeforeAll
  static void startSpark() {
    TestSpark.session();
  }

  private ExitCode run(String... args) {
    outBytes.reset();
    errBytes.reset();
    return Main.run(
        List.of(args),
        new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(
              p -> dir.relativize(p) + ":" + (Files.isRegularFile(p) ? p.toFile().length() : 0))
          .sorted()
          .toList();
    }
  }

  @Test
  void ingestsTheSampleFolderIntoThreeParquetTables() {
    Path out = tmp.resolve("ingest");
    assertThat(
            run(
                "ingest",
                SharedData.samples().resolve("cbs-odata-csv").toString(),
                "--out",
                out.toString()))
        .isEqualTo(ExitCode.OK);
    assertThat(out())
        .contains(
            "format cbs-odata-csv",
            "162 records = 162 observations + 0 rejects",
            "periods 2015–2017 (3)");
    Dataset<Row> obs = TestSpark.session().read().parquet(out.resolve("observations").toString());
    assertThat(obs.count()).isEqualTo(276);
    assertThat(obs.schema().fieldNames())
        .containsExactly(
            "source",
            "measure",
            "period",
            "frequency",
            "period_start",
            "period_end",
            "region",
            "dims",
            "value",
            "status",
            "states",
            "source_flag",
            "origin");
    Row cell =
        obs.where("region = 'GM1960' AND period = '2019' AND measure = 'GemiddeldeBevolking_2'")
            .select("value", "status", "source_flag", "period_start", "period_end")
            .first();
    assertThat(cell.isNullAt(0)).isTrue();
    assertThat(cell.getString(1)).isEqualTo("not_applicable");
    assertThat(cell.getString(2)).isEmpty();
    assertThat(cell.getDate(3)).hasToString("2019-01-01");
    assertThat(cell.getDate(4)).hasToString("2019-12-31");
    assertThat(TestSpark.session().read().parquet(out.resolve("codes").toString()).count())
        .isEqualTo(30);
    assertThat(TestSpark.session().read().parquet(out.resolve("rejects").toString()).count())
        .isZero();
  }

  @Test
  void failsWithoutTouchingThePreviousOutputWhenTooManyRecordsAreRejected() throws IOException {
    Path out = tmp.resolve("kept");
    Path good = SharedData.samples().resolve("cbs-odata-csv/03742_immi_emigratie_geboorteland.csv");
    assertThat(run("ingest", good.toString(), "--out", out.toString())).isEqualTo(ExitCode.OK);
    List<String> before = listing(out);
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(
        bad,
        "\"ID\";\"Perioden\";\"Immigratie_1\"\n\"1\";\"2019JJ00\";\"  12a\"\n"
            + "\"2\";\"2019JJ00\";\"   13\"\n",
        StandardCharsets.UTF_8);
    assertThat(run("ingest", good.toString(), bad.toString(), "--out", out.toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err())
        .contains(
            "bad.csv:2: 1 of 2 records rejected (50.0 %)",
            "not a number or CBS symbol", "previous output is unchanged");
    assertThat(listing(out)).isEqualTo(before);
    assertThat(run("ingest", bad.toString(), "--out", out.toString(), "--max-reject-share", "0.5"))
        .isEqualTo(ExitCode.OK);
    assertThat(
            TestSpark.session()
                .read()
                .parquet(out.resolve("rejects").toString())
                .select("line", "reason")
                .first()
                .getLong(0))
        .isEqualTo(2);
  }

  @Test
  void distinguishesUsageErrorsAndUnknownFormats() throws IOException {
    assertThat(run("ingest", "data-samples")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("--out");
    assertThat(run("ingest", "x", "--out", "y", "--bogus", "1")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("Unknown option: '--bogus'");
    Path odd = tmp.resolve("odd.txt");
    Files.writeString(odd, "hello;world\n1;2\n", StandardCharsets.UTF_8);
    assertThat(run("ingest", odd.toString(), "--out", tmp.resolve("o").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err())
        .contains(
            "odd.txt:1: format not recognised", "CBS OData CSV", "line 1 reads: 'hello;world'");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void duplicateKeysFailTheInputUnderDuplicatesFail() throws IOException {
    Path twice = tmp.resolve("une_rt_a.tsv");
    Files.writeString(
        twice, "unit,geo\\time\t2019 \nPC,AT\t4.5 \nPC,AT\t4.6 \n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("dup");
    assertThat(run("ingest", twice.toString(), "--out", out.toString(), "--duplicates", "fail"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err())
        .contains(
            "une_rt_a.tsv:2: 1 key is held by more than one row (duplicates: fail); the first:"
                + " measure 'PC', period '2019', region 'AT' at line 2, line 3 (values '4.5',"
                + " '4.6')");
    assertThat(out).doesNotExist();
    assertThat(run("ingest", twice.toString(), "--out", out.toString(), "--duplicates", "keep"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("'keep' is not a duplicates rule: use reject or fail");
    assertThat(
            run(
                "ingest",
                twice.toString(),
                "--out",
                out.toString(),
                "--max-reject-share",
                "1",
                "--max-line-bytes",
                "64KiB"))
        .isEqualTo(ExitCode.OK);
    assertThat(out()).contains("2 records = 0 observations + 2 rejects");
  }

  @Test
  void printsTheVersionAndTheCommitOnStdout() {
    assertThat(run("--version")).isEqualTo(ExitCode.OK);
    assertThat(out()).matches("migstat \\S+\ncommit ([0-9a-f]{40}|unknown).*\n");
    assertThat(err()).isEmpty();
    assertThat(run("run", "--version")).isEqualTo(ExitCode.OK);
    assertThat(out()).startsWith("migstat ");
  }

  @Test
  void printsHelpOnStdoutForEveryCommand() {
    for (List<String> args :
        List.of(
            List.of("run", "--help"),
            List.of("help", "run"),
            List.of("run", "-h", "jobs/samples"),
            List.of("help", "ingest"),
            List.of("fetch", "-h"),
            List.of("validate", "--help"))) {
      assertThat(run(args.toArray(String[]::new))).as("%s", args).isEqualTo(ExitCode.OK);
      assertThat(out())
          .as("%s", args)
          .startsWith("Usage: migstat " + args.get(args.get(0).equals("help") ? 1 : 0));
      assertThat(err()).as("%s", args).isEmpty();
    }
    for (String help : List.of("-h", "--help", "help")) {
      assertThat(run(help)).isEqualTo(ExitCode.OK);
      assertThat(out())
          .contains("Usage: migstat", "Commands:", "ingest", "Exit codes:")
          .contains(
              "  2  wrong command line",
              "  6  another run of the same job is under way",
              "  1  internal error");
      assertThat(err()).isEmpty();
    }
  }

  @Test
  void putsAWrongCommandLineAndItsUsageOnStderrWithExitTwo() {
    assertThat(run("run", "jobs/samples", "--bogus")).isEqualTo(ExitCode.USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .startsWith("migstat run: Unknown option: '--bogus'")
        .contains("Usage: migstat run");
    assertThat(run()).isEqualTo(ExitCode.USAGE);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("no command given", "Usage: migstat", "Exit codes:");
    assertThat(run("runn", "jobs/samples")).isEqualTo(ExitCode.USAGE);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("'runn'", "run");
  }

  @Test
  void aValueOutOfRangeIsAUsageErrorNamingTheOption() {
    for (String share : List.of("2", "-0.1", "five")) {
      assertThat(run("ingest", "x", "--out", "y", "--max-reject-share", share))
          .isEqualTo(ExitCode.USAGE);
      assertThat(out()).isEmpty();
      assertThat(err())
          .contains("Invalid value for option '--max-reject-share'", "'" + share + "'")
          .contains("Usage: migstat ingest");
    }
    assertThat(run("ingest", "x", "--out", "y", "--charset", "klingon-8"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("'--charset'", "unknown charset 'klingon-8'");
    assertThat(run("ingest", "x", "--out", "y", "--source", "statline")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("'--source'");
  }

  @Test
  void reportsARunThatAnotherRunHoldsInOneLine() throws Exception {
    Path job = SmallJob.write(tmp, "held");
    Files.createDirectories(tmp.resolve("out"));
    Process holder = HeldLock.hold(tmp.resolve("out/.held.lock"));
    try {
      assertThat(run("run", job.toString())).isEqualTo(ExitCode.RUN_LOCKED);
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    assertThat(err().lines())
        .singleElement()
        .asString()
        .startsWith("migstat: another run of job held holds ")
        .contains(".held.lock");
    assertThat(tmp.resolve("out/held")).doesNotExist();
    assertThat(tmp.resolve("out/held.runs")).doesNotExist();
  }

  @Test
  void aQuietRunPrintsNoProgress() throws IOException {
    Path job = SmallJob.write(tmp, "quiet");
    assertThat(run("run", job.toString(), "--quiet")).isEqualTo(ExitCode.OK);
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
    assertThat(tmp.resolve("out/quiet/migration_balance")).isDirectory();
    assertThat(tmp.resolve("out/quiet/run.log")).content().contains("migration_balance: ");
    assertThat(run("--quiet", "run", job.toString())).isEqualTo(ExitCode.OK);
    assertThat(out()).isEmpty();
    assertThat(run("run", job.toString())).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("up to date");
  }

  @Test
  void aQuietValidationStillWarnsOnStderr() throws IOException {
    Path job = tmp.resolve("kwb.yaml");
    Files.writeString(
        job,
        "name: kwb\nreport_year: 2023\nraw_dir: "
            + Path.of("data-samples").toAbsolutePath()
            + "\nchapters: [gemeenten]\ninputs:\n"
            + "  - path: gemeenten/84583NED_kwb_2019_vaals_amstelveen.csv\n"
            + "    source: cbs:84583NED\n    period: 2019\n",
        StandardCharsets.UTF_8);
    assertThat(run("validate", job.toString(), "-q")).isEqualTo(ExitCode.OK);
    assertThat(out()).isEmpty();
    assertThat(err().lines())
        .hasSize(3)
        .allMatch(l -> l.contains("warning: gemeenten/84583NED") && l.contains("holds text"));
    assertThat(run("validate", job.toString())).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("warning: gemeenten/84583NED", "job kwb is valid");
    assertThat(err()).isEmpty();
  }

  /** A job of immigration by origin (03742) under a disclosure rule of its own. */
  private Path originJob(String name, String disclosure) throws IOException {
    Path job = tmp.resolve("jobs/" + name + ".yaml");
    Files.createDirectories(job.getParent());
    Files.writeString(
        job,
        "name: "
            + name
            + "\nreport_year: 2023\nraw_dir: "
            + Path.of("data-samples").toAbsolutePath()
            + "\nchapters: [migratiestromen]\ntables: [immigration_by_origin]\n"
            + disclosure
            + "inputs:\n  - path: cbs-odata-csv/03742_immi_emigratie_geboorteland.csv\n"
            + "    source: cbs:03742\n",
        StandardCharsets.UTF_8);
    return job;
  }

  @Test
  void validateAcceptsADisclosureBlockAndNamesAWrongValue() throws IOException {
    Path good = originJob("rule", "disclosure:\n  threshold: 20\n  applies_to: all\n");
    assertThat(run("validate", good.toString())).isEqualTo(ExitCode.OK);
    assertThat(out()).contains("job rule is valid");
    Path bad = originJob("bad", "disclosure:\n  threshold: 20\n  round_to: five\n");
    assertThat(run("validate", bad.toString())).isEqualTo(ExitCode.BAD_JOB_FILE);
    assertThat(err())
        .contains(
            bad + ":8: disclosure.round_to: expected a whole number of at least 1, found 'five'");
  }

  /**
   * Under applies_to derived the "overig" row of immigration by origin (the total minus the
   * countries shown: 130,509 − 14,501 = 116,008 in 2015) is the only count of ours; a threshold of
   * a million makes it secret, but the total and the countries are CBS's own and may not be hidden,
   * so it stays their difference: the run fails and publishes nothing.
   */
  @Test
  void aRunWhoseTablesWouldGiveASecretCellBackFailsAndPublishesNothing() throws IOException {
    Path job = originJob("leak", "disclosure:\n  threshold: 1000000\n  applies_to: derived\n");
    assertThat(run("run", job.toString())).isEqualTo(ExitCode.DISCLOSURE);
    assertThat(err())
        .contains(
            "disclosure audit failed under threshold 1000000, round_to 5, protection 0.1,"
                + " applies_to derived",
            "immigration_by_origin/2015|other|other|count (primary, 116008): a reader can infer"
                + " [116008, 116008], narrower than the rule asks",
            "nothing was published");
    assertThat(tmp.resolve("out/leak")).doesNotExist();
  }
}
