package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReproducibilityTest {
  @TempDir Path dir;

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void twoWritesOfTheSameInputAreByteIdentical() throws Exception {
    Path first = dir.resolve("a/report.xlsx");
    Path second = dir.resolve("b/report.xlsx");
    ReportFixture.write(first);
    Thread.sleep(2100); // a leaking clock would now differ, even at zip's 2-second resolution
    ReportFixture.write(second);
    assertThat(sha256(second)).isEqualTo(sha256(first));
  }

  @Test
  void aSecondJvmInAnotherTimeZoneLocaleAndCharsetWritesTheSameBytes() throws Exception {
    Path here = dir.resolve("here.xlsx");
    Path there = dir.resolve("there.xlsx");
    ReportFixture.write(here);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder child =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Duser.timezone=America/New_York",
            "-Duser.language=en",
            "-Duser.country=US",
            "-Dfile.encoding=ISO-8859-1",
            ReportFixture.class.getName(),
            there.toString());
    child.environment().remove("SOURCE_DATE_EPOCH");
    File log = dir.resolve("child.log").toFile();
    child.redirectErrorStream(true).redirectOutput(log);
    Process p = child.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log.toPath(), StandardCharsets.UTF_8)).isZero();
    assertThat(sha256(there)).isEqualTo(sha256(here));
  }

  @Test
  void aTableWithoutRowsGetsItsHeaderFrozenAndATableObject() throws Exception {
    Path target = dir.resolve("empty.xlsx");
    WorkbookWriter.write(
        target,
        "t",
        2024,
        List.of(
            new ChapterSection(
                "c", List.of(WorkbookTable.built(ReportFixture.DECISIONS, List.of(), List.of())))),
        ReportFixture.FIXED_TIME);
    try (var in = Files.newInputStream(target);
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = wb.getSheetAt(2);
      assertThat(sheet.getSheetName()).isEqualTo("1.1 Beslissingen");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Jaar");
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
      // A table object needs a data row: an empty one under the header.
      assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A3:B4");
    }
  }

  @Test
  void aRewriteReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
    Path target = dir.resolve("report.xlsx");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    ReportFixture.write(target);
    assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteLeavesThePublishedFileUntouched() throws Exception {
    Path target = dir.resolve("report.xlsx");
    ReportFixture.write(target);
    String before = sha256(target);
    WorkbookTable bad =
        WorkbookTable.built(
            ReportFixture.DECISIONS,
            List.of(ReportFixture.row("year", 2023.5, "decisions", 1.0, "decisions_status", null)),
            List.of());
    assertThatThrownBy(
            () ->
                WorkbookWriter.write(
                    target,
                    "t",
                    2024,
                    List.of(new ChapterSection("c", List.of(bad))),
                    ReportFixture.FIXED_TIME))
        .hasMessageContaining("not a whole number: 2023.5");
    assertThat(sha256(target)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
