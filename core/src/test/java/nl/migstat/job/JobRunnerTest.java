package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run on the samples: published tables, workbook, manifest, and the incremental rerun. */
class JobRunnerTest {
  @TempDir Path tmp;

  private Job job() throws IOException {
    Path file = tmp.resolve("jobs/small.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "name: small\nreport_year: 2023\nraw_dir: "
            + Path.of("data-samples").toAbsolutePath()
            + "\nworkbook: small.xlsx\n"
            + "chapters: [migratiestromen]\ntables: [migration_balance, first_permits_by_reason]\n"
            + "max_reject_share: 0.05\ninputs:\n"
            + "  - path: migratiestromen/85524NED_bevolking_kerncijfers.csv\n    source: cbs:85524NED\n"
            + "  - path: eurostat-sdmx/migr_resfirst_sdmx-csv-2.0_action.csv\n",
        StandardCharsets.UTF_8);
    return new JobFileParser(Chapters.all().names(), Chapters.all().tableNames()).parse(file);
  }

  private static JobRunner runner(ByteArrayOutputStream log) {
    return new JobRunner(
        Chapters.all(), new Progress(new PrintStream(log, true, StandardCharsets.UTF_8)));
  }

  @Test
  void publishesTablesWorkbookAndManifestAndSkipsAnUnchangedRerun() throws IOException {
    Job job = job();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JobRunner.Outcome first = runner(log).run(job, TestSpark.session(), null, false);
    Path out = tmp.resolve("out/small");
    assertThat(Files.isSymbolicLink(out)).isTrue();
    assertThat(out.toRealPath()).isEqualTo(first.runDir().toRealPath());
    assertThat(out.resolve("migration_balance")).isDirectory();
    assertThat(out.resolve("rejects")).isDirectory();
    assertThat(
            TestSpark.session().read().parquet(out.resolve("migration_balance").toString()).count())
        .isEqualTo(9);
    assertThat(TestSpark.session().read().parquet(out.resolve("rejects").toString()).count())
        .isEqualTo(1);
    String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains(
            "\"fingerprint\"",
            "\"sha256\"",
            "\"cbs:85524NED\"",
            "\"name\" : \"first_permits_by_reason\"");
    assertThat(out.resolve("run.log")).content().contains("migration_balance: 9 rows");
    try (InputStream in = Files.newInputStream(out.resolve("small.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("migration_balance");
      assertThat(sheet).isNotNull();
      assertThat(wb.getSheet("Inhoud")).isNotNull();
      boolean found = false;
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 215723.0) {
            found = true;
          }
        }
      }
      assertThat(found).as("immigration 2019 as a numeric cell").isTrue();
    }
    byte[] workbook = Files.readAllBytes(out.resolve("small.xlsx"));

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    JobRunner.Outcome second = runner(again).run(job, TestSpark.session(), null, false);
    assertThat(second.upToDate()).isTrue();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("up to date");
    assertThat(out.toRealPath()).isEqualTo(first.runDir().toRealPath());

    JobRunner.Outcome forced =
        runner(new ByteArrayOutputStream()).run(job, TestSpark.session(), null, true);
    assertThat(forced.upToDate()).isFalse();
    assertThat(out.toRealPath()).isEqualTo(forced.runDir().toRealPath());
    assertThat(Files.readAllBytes(out.resolve("small.xlsx"))).isEqualTo(workbook);
    assertThat(first.runDir()).as("the previous run is kept").isDirectory();
  }
}
