package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.migratiestromen.MigrationBalance;
import nl.migstat.export.DisclosureRecord;
import nl.migstat.export.RunManifest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
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

  private static JobRunner runner(Job job, ByteArrayOutputStream log) {
    Progress progress = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8));
    return new JobRunner(Chapters.all(), RunSettings.defaults(job, progress));
  }

  @Test
  void publishesTablesWorkbookAndManifestAndSkipsAnUnchangedRerun() throws IOException {
    Job job = job();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JobRunner.Outcome first = runner(job, log).run(job, TestSpark.session(), null, false);
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
    RunManifest manifest = RunManifest.read(out).orElseThrow();
    assertThat(manifest.formatVersion()).isEqualTo(RunManifest.FORMAT);
    assertThat(manifest.fingerprint()).hasSize(64);
    assertThat(manifest.runId()).isEqualTo(first.runDir().getFileName().toString());
    assertThat(manifest.inputs())
        .extracting(RunManifest.InputEntry::source)
        .containsExactly("cbs:85524NED", "eurostat:migr_resfirst");
    assertThat(manifest.inputs().get(0).sha256()).hasSize(64);
    assertThat(manifest.tables())
        .extracting(RunManifest.TableEntry::name)
        .containsExactly("migration_balance", "first_permits_by_reason");
    RunManifest.TableEntry balance = manifest.table("migration_balance").orElseThrow();
    assertThat(balance.rows()).isEqualTo(9);
    assertThat(balance.sources()).containsExactly("cbs:85524NED");
    assertThat(balance.info()).isEqualTo(MigrationBalance.INFO);
    assertThat(balance.seconds()).isNotNull();
    assertThat(manifest.runDate())
        .as("the run's day, kept out of the workbook")
        .matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(out.resolve("charts/1.1a-migration_balance.svg")).exists();
    assertThat(out.resolve("charts/1.1a-migration_balance.png")).exists();
    assertThat(out.resolve("run.log")).content().contains("migration_balance: 9 rows");
    // The default rule (no disclosure: block): national counts of CBS and Eurostat, none under 10.
    DisclosureRecord disclosure = manifest.disclosure();
    assertThat(disclosure.threshold()).isEqualTo(10);
    assertThat(disclosure.appliesTo()).isEqualTo("derived");
    assertThat(disclosure.secretPrimary()).isZero();
    assertThat(disclosure.tables())
        .extracting(DisclosureRecord.Table::name)
        .containsExactly("first_permits_by_reason", "migration_balance");
    try (InputStream in = Files.newInputStream(out.resolve("small.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("1.1 Migratiesaldo")).isNotNull();
      // 2019 is older than the three years compared: it is on the long series' sheet.
      Sheet sheet = wb.getSheet("1.1a Migratiesaldo lange reeks");
      assertThat(sheet).isNotNull();
      assertThat(wb.getSheet("Inhoud")).isNotNull();
      List<String> explanation = new ArrayList<>();
      wb.getSheet("Toelichting").forEach(r -> r.forEach(c -> explanation.add(c.toString())));
      assertThat(explanation)
          .containsSubsequence(
              "Geheimhouding",
              "Een aantal van 1 tot en met 9 personen is geheim (x) als migstat het zelf afleidt"
                  + " (een som over gemeenten of buurten, een schatting voor een gesplitste"
                  + " gemeente); aantallen die de bron publiceert, staan zoals de bron ze"
                  + " publiceert.");
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
    JobRunner.Outcome second = runner(job, again).run(job, TestSpark.session(), null, false);
    assertThat(second.upToDate()).isTrue();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("up to date");
    assertThat(out.toRealPath()).isEqualTo(first.runDir().toRealPath());

    JobRunner.Outcome forced =
        runner(job, new ByteArrayOutputStream()).run(job, TestSpark.session(), null, true);
    assertThat(forced.upToDate()).isFalse();
    assertThat(out.toRealPath()).isEqualTo(forced.runDir().toRealPath());
    assertThat(Files.readAllBytes(out.resolve("small.xlsx"))).isEqualTo(workbook);
    assertThat(first.runDir()).as("the previous run is kept").isDirectory();
  }

  @Test
  void aRunPublishedBeforeTheManifestHadAFormatIsUpToDateAndTablesAreCarriedOverFromIt()
      throws IOException {
    Job job = job();
    JobRunner.Outcome first =
        runner(job, new ByteArrayOutputStream()).run(job, spark(), null, true);
    Path manifest = first.runDir().resolve(RunManifest.FILE);
    asFormat1(manifest);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(runner(job, again).run(job, spark(), null, false).upToDate()).isTrue();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("up to date");

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JobRunner.Outcome only =
        runner(job, log).run(job, spark(), MigrationBalance.INFO.name(), false);
    assertThat(only.upToDate()).isFalse();
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains(
            "first_permits_by_reason: 21 rows carried over from " + first.runDir().getFileName());
    RunManifest m = RunManifest.read(only.runDir()).orElseThrow();
    assertThat(m.only()).isEqualTo(MigrationBalance.INFO.name());
    RunManifest.TableEntry carried = m.table("first_permits_by_reason").orElseThrow();
    assertThat(carried.carriedOverFrom()).isEqualTo(first.runDir().getFileName().toString());
    assertThat(carried.sources()).containsExactly("eurostat:migr_resfirst");
    assertThat(carried.rows()).isEqualTo(21);
    assertThat(carried.info()).as("the info of this code, not of the old run").isNotNull();
    assertThat(only.runDir().resolve("first_permits_by_reason")).isDirectory();
  }

  /** Rewrites a manifest as runs published before its format field wrote it. */
  private static void asFormat1(Path manifest) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(manifest.toFile());
    root.remove("format");
    root.withArray("tables").forEach(t -> ((ObjectNode) t).remove(List.of("info", "seconds")));
    root.withArray("inputs").forEach(i -> ((ObjectNode) i).remove("seconds"));
    Files.writeString(
        manifest,
        json.writerWithDefaultPrettyPrinter().writeValueAsString(root),
        StandardCharsets.UTF_8);
  }

  private static SparkSession spark() {
    return TestSpark.session();
  }
}
