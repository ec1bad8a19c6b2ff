package nl.migstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.chapters.Chapters;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FileReport;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.Progress;
import nl.migstat.job.ReadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchInputsTest {
  private static final Scale TINY = new Scale(0.001);

  private static List<InputGenerator.Generated> generate(Path dir, Scale scale, long seed)
      throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new InputGenerator(SharedData.samples(), scale, seed).write(dir, quiet);
  }

  @Test
  void generatedJobIsReadWithoutRejectsAndHoldsTheCellsItAnnounces(@TempDir Path dir)
      throws IOException {
    List<InputGenerator.Generated> files = generate(dir, TINY, 7);
    Chapters chapters = Chapters.all();
    Job job =
        new JobFileParser(chapters.names(), chapters.tableNames()).parse(dir.resolve("bench.yaml"));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    List<FileReport> reports = new ReadInputs(new Progress(quiet)).into(job, new CollectingSink());

    assertThat(reports).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      assertThat(reports.get(i).rejects()).as(files.get(i).path()).isZero();
      assertThat(reports.get(i).observations())
          .as(files.get(i).path())
          .isEqualTo(files.get(i).cells());
    }
    assertThat(reports)
        .extracting(FileReport::format)
        .contains(
            "eurostat-tsv", "cbs-odata-csv", "eurostat-sdmx-csv", "eurostat-data-explorer-csv");
    assertThat(reports)
        .extracting(FileReport::source)
        .contains(
            "eurostat:migr_asyappctza",
            "eurostat:migr_imm1ctz",
            "cbs:03759ned",
            "eurostat:migr_resfirst",
            "cbs:84910NED",
            "cbs:84583NED");
    assertThat(job.chapters()).containsExactly("migratiestromen", "arbeidsmarkt", "gemeenten");
    assertThat(job.inputs()).hasSize(files.size());
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherValues(@TempDir Path dir) throws IOException {
    generate(dir.resolve("a"), TINY, 1);
    generate(dir.resolve("b"), TINY, 1);
    generate(dir.resolve("c"), TINY, 2);
    String gz = "raw/eurostat-tsv/migr_asyappctza.tsv.gz";
    String cbs = "raw/migratiestromen/84809NED_immigranten_migratiemotief.csv";
    assertThat(Files.readAllBytes(dir.resolve("a").resolve(gz)))
        .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(gz)));
    assertThat(Files.readAllBytes(dir.resolve("a").resolve(cbs)))
        .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(cbs)))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve(cbs)));
  }

  @Test
  void scaleOneMigrationFileHasMillionsOfCellsOverFifteenYears() {
    InputGenerator g = new InputGenerator(SharedData.samples(), new Scale(1), 1);
    BulkSpec imm = g.immigration();
    assertThat(imm.years()).hasSize(15).endsWith("2022");
    assertThat(imm.dims().get("citizen")).hasSize(200).contains("SY", "EXT_EU27_2020");
    assertThat(imm.dims().get("geo")).hasSizeGreaterThanOrEqualTo(30).contains("NL", "DE");
    assertThat(imm.cells()).isGreaterThan(4_000_000L);
    assertThat(g.applicants().cells()).isGreaterThan(4_000_000L);
  }

  @Test
  void scaleTenAndHundredAddPeriodsAndCategories() {
    BulkSpec ten = new InputGenerator(SharedData.samples(), new Scale(10), 1).immigration();
    BulkSpec one = new InputGenerator(SharedData.samples(), new Scale(1), 1).immigration();
    assertThat(ten.years()).hasSize(30);
    assertThat(ten.dims().get("citizen")).hasSize(1000);
    assertThat((double) ten.cells() / one.cells()).isBetween(9.5, 10.5);
  }

  @Test
  void largerScalesNeverInventMotiveCodesTheChapterWouldRefuse(@TempDir Path dir)
      throws IOException {
    // At scale 10 the motive dimension of 84809NED got synthetic codes B900001..., and the
    // chapter (rightly) skipped immigration_by_motive for codes missing from migration-motives.csv.
    String sample = "migratiestromen/84809NED_immigranten_migratiemotief.csv";
    Path grown = dir.resolve("84809NED.csv");
    CbsTableShape.of(SharedData.samples().resolve(sample))
        .grow(new Scale(10), 10, List.of())
        .write(grown, 1);
    assertThat(motives(grown)).isEqualTo(motives(SharedData.samples().resolve(sample)));
    assertThat(Files.size(grown))
        .isGreaterThan(5 * Files.size(SharedData.samples().resolve(sample)));
  }

  private static java.util.Set<String> motives(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      codes.add(line.split(";")[1].replace("\"", "").trim());
    }
    return codes;
  }
}
