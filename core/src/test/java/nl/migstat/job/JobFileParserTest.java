package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.migstat.SharedData;
import nl.migstat.chapters.Chapters;
import nl.migstat.disclosure.AppliesTo;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.export.Drift;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileParserTest {
  @TempDir Path tmp;

  private final JobFileParser parser =
      new JobFileParser(Chapters.all().names(), Chapters.all().tableNames());

  private Path job(String yaml) throws IOException {
    Files.createDirectories(tmp.resolve("raw/sub"));
    Files.writeString(tmp.resolve("raw/sub/a.csv"), "x", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("outside.csv"), "x", StandardCharsets.UTF_8);
    Path p = tmp.resolve("jobs/test.yaml");
    Files.createDirectories(p.getParent());
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  private static final String GOOD =
      "name: test\nreport_year: 2023\nraw_dir: ../raw\n"
          + "chapters: [migratiestromen]\ninputs:\n  - path: sub/a.csv\n    source: cbs:03742\n"
          + "    period: 2019\n";

  @Test
  void readsAValidJobWithDefaults() throws IOException {
    Job j = parser.parse(job(GOOD));
    assertThat(j.name()).isEqualTo("test");
    // no reference_year: the latest bundled municipality list (2025), not the report year
    assertThat(j.referenceYear()).isEqualTo(MunicipalBoundaries.LAST_YEAR).isEqualTo(2025);
    assertThat(j.outputDir()).isEqualTo(tmp.resolve("out/test"));
    assertThat(j.workbook()).isEqualTo("test.xlsx");
    assertThat(j.maxRejectShare()).isEqualTo(0.01);
    assertThat(j.inputs())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.options().source()).isEqualTo("cbs:03742");
              assertThat(i.options().period()).isEqualTo("2019");
            });
  }

  @Test
  void theDuplicatesRuleAndTheInputLimitsHaveDefaultsAndCanBeSet() throws IOException {
    Job defaults = parser.parse(job(GOOD));
    assertThat(defaults.duplicates()).isEqualTo(Duplicates.REJECT);
    assertThat(defaults.limits()).isEqualTo(new InputLimits(1 << 20, 256L << 20, 200));
    Job set =
        parser.parse(
            job(
                GOOD
                    + "duplicates: fail\nmax_line_bytes: 64KiB\nmax_json_bytes: 1 GiB\n"
                    + "max_gzip_ratio: 500\n"));
    assertThat(set.duplicates()).isEqualTo(Duplicates.FAIL);
    assertThat(set.limits()).isEqualTo(new InputLimits(64 << 10, 1L << 30, 500));
  }

  @Test
  void aWrongDuplicatesRuleOrLimitNamesTheKeyAndTheLine() throws IOException {
    Path rule = job(GOOD + "duplicates: keep\n");
    assertThatThrownBy(() -> parser.parse(rule))
        .isInstanceOf(JobFileException.class)
        .hasMessage(rule + ":9: duplicates: reject (the default) or fail");
    Path size = job(GOOD + "max_line_bytes: 1MB\n");
    assertThatThrownBy(() -> parser.parse(size))
        .isInstanceOf(JobFileException.class)
        .hasMessage(size + ":9: max_line_bytes: a size in bytes or KiB, MiB, GiB, e.g. 1MiB");
    Path ratio = job(GOOD + "max_gzip_ratio: 0\n");
    assertThatThrownBy(() -> parser.parse(ratio))
        .isInstanceOf(JobFileException.class)
        .hasMessage(ratio + ":9: max_gzip_ratio: a whole number, e.g. 200");
  }

  @Test
  void unknownKeyNamesTheKeyAndTheLine() throws IOException {
    Path p = job(GOOD + "  - path: sub/a.csv\n    sorce: cbs:1\n");
    assertThatThrownBy(() -> parser.parse(p))
        .isInstanceOf(JobFileException.class)
        .hasMessageStartingWith(p + ":10: inputs.sorce: unknown key; expected one of");
  }

  @Test
  void wrongYearNamesTheKeyAndTheLine() throws IOException {
    Path p = job(GOOD.replace("report_year: 2023", "report_year: twenty"));
    assertThatThrownBy(() -> parser.parse(p))
        .isInstanceOf(JobFileException.class)
        .hasMessage(p + ":2: report_year: expected a year such as 2023, found 'twenty'");
  }

  @Test
  void inputsMayNotLeaveTheRawFolder() throws IOException {
    Path p = job(GOOD.replace("path: sub/a.csv", "path: ../outside.csv"));
    assertThatThrownBy(() -> parser.parse(p))
        .isInstanceOf(JobFileException.class)
        .hasMessageContaining(":6: inputs.path: must stay inside raw_dir");
    Path q = job(GOOD.replace("path: sub/a.csv", "path: sub/missing.csv"));
    assertThatThrownBy(() -> parser.parse(q))
        .hasMessageContaining(":6: inputs.path: no such file in raw_dir");
  }

  @Test
  void unknownChapterAndBrokenYamlAreRefused() throws IOException {
    Path p = job(GOOD.replace("[migratiestromen]", "[migration]"));
    assertThatThrownBy(() -> parser.parse(p))
        .hasMessageContaining(":4: chapters: unknown name 'migration'");
    Path q = job(GOOD + "  - path: [unclosed\n");
    assertThatThrownBy(() -> parser.parse(q)).hasMessageContaining("not valid YAML");
    Path r =
        job(
            GOOD.replace(
                "inputs:\n  - path: sub/a.csv\n    source: cbs:03742\n    period: 2019\n", ""));
    assertThatThrownBy(() -> parser.parse(r)).hasMessageContaining("inputs: missing");
  }

  @Test
  void aJobWithoutDriftHasTheDocumentedDefaultsAndEachLimitMayBeSetAlone() throws IOException {
    assertThat(parser.parse(job(GOOD)).drift())
        .isEqualTo(new Drift.Limits(Drift.Action.WARN, 0.2, 0.2, 0.2, 0.2, 0.2));
    Job j =
        parser.parse(job(GOOD + "drift:\n  action: fail\n  observations: 0.1\n  totals: 1.5\n"));
    assertThat(j.drift()).isEqualTo(new Drift.Limits(Drift.Action.FAIL, 0.1, 0.2, 0.2, 0.2, 1.5));
    assertThat(parser.parse(job(GOOD + "drift: {action: off}\n")).drift().action())
        .isEqualTo(Drift.Action.OFF);
  }

  @Test
  void aWrongDriftBlockNamesTheKeyTheLineAndWhatIsExpected() throws IOException {
    Path unknown = job(GOOD + "drift:\n  rows: 0.1\n  tolerance: 0.2\n");
    assertThatThrownBy(() -> parser.parse(unknown))
        .isInstanceOf(JobFileException.class)
        .hasMessage(
            unknown
                + ":11: drift.tolerance: unknown key; expected one of"
                + " [action, observations, periods, regions, rows, totals]");
    Path action = job(GOOD + "drift:\n  action: stop\n");
    assertThatThrownBy(() -> parser.parse(action))
        .hasMessage(action + ":10: drift.action: expected warn, fail or off, found 'stop'");
    for (String limit : new String[] {"-0.1", "20%", ".nan"}) {
      Path p = job(GOOD + "drift:\n  periods: " + limit + "\n");
      assertThatThrownBy(() -> parser.parse(p))
          .hasMessage(
              p
                  + ":10: drift.periods: the largest relative change allowed, 0 or more,"
                  + " e.g. 0.2 for 20 %; found '"
                  + limit
                  + "'");
    }
    Path flat = job(GOOD + "drift: 0.2\n");
    assertThatThrownBy(() -> parser.parse(flat))
        .hasMessage(
            flat + ":9: drift: a mapping of limits, e.g. drift: {action: fail, observations: 0.1}");
  }

  @Test
  void theProjectsJobFilesAreValid() {
    assertThat(parser.parse(Path.of("jobs/samples.yaml")).inputs()).hasSizeGreaterThan(5);
    assertThat(Set.copyOf(parser.parse(Path.of("jobs/samples.yaml")).chapters()))
        .isEqualTo(Chapters.all().names());
  }

  @Test
  void readsTheDisclosureRuleKeyByKeyOverTheDefaults() throws IOException {
    assertThat(parser.parse(job(GOOD)).disclosure()).isEqualTo(DisclosureRules.DEFAULTS);
    Job j =
        parser.parse(
            job(GOOD + "disclosure:\n  threshold: 20\n  protection: 0.15\n  applies_to: all\n"));
    assertThat(j.disclosure()).isEqualTo(new DisclosureRules(20, 5, 0.15, AppliesTo.ALL));
  }

  @Test
  void aWrongDisclosureValueNamesTheFileTheLineAndTheKey() throws IOException {
    String rule = "disclosure:\n  threshold: 10\n  round_to: 5\n";
    Path zero = job(GOOD + rule.replace("threshold: 10", "threshold: 0"));
    assertThatThrownBy(() -> parser.parse(zero))
        .isInstanceOf(JobFileException.class)
        .hasMessage(
            zero + ":10: disclosure.threshold: expected a whole number of at least 1, found '0'");
    Path share = job(GOOD + rule + "  protection: 10\n");
    assertThatThrownBy(() -> parser.parse(share))
        .hasMessageStartingWith(
            share + ":12: disclosure.protection: must be at least 0 and below 1 (a share");
    Path word = job(GOOD + rule + "  applies_to: some\n");
    assertThatThrownBy(() -> parser.parse(word))
        .hasMessage(word + ":12: disclosure.applies_to: expected derived or all");
    Path key = job(GOOD + rule + "  treshold: 5\n");
    assertThatThrownBy(() -> parser.parse(key))
        .hasMessageStartingWith(key + ":12: disclosure.treshold: unknown key; expected one of");
  }

  @Test
  void theProjectsJobFilesStateTheirRule() {
    DisclosureRules all = new DisclosureRules(10, 5, 0.10, AppliesTo.ALL);
    assertThat(parser.parse(Path.of("jobs/samples.yaml")).disclosure()).isEqualTo(all);
    SharedData.realDir();
    assertThat(parser.parse(Path.of("jobs/staat-van-de-migratie.yaml"), false).disclosure())
        .isEqualTo(all);
  }
}
