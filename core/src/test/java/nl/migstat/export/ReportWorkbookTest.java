package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laid-out workbook read back with POI: what a report author pastes without edits. */
class ReportWorkbookTest {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)+");

  @TempDir static Path dir;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    LayoutFixture.write(dir.resolve("a.xlsx"), dir.resolve("charts-a"));
    try (InputStream in = Files.newInputStream(dir.resolve("a.xlsx"))) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  private static List<XSSFSheet> tableSheets() {
    List<XSSFSheet> sheets = new ArrayList<>();
    for (int i = 2; i < workbook.getNumberOfSheets(); i++) {
      sheets.add(workbook.getSheetAt(i));
    }
    return sheets;
  }

  private static String text(Cell c) {
    return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
  }

  @Test
  void sheetsAreNumberedPerChapterInDutchWithinThirtyOneCharacters() {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    assertThat(names)
        .containsExactly(
            "Inhoud",
            "Toelichting",
            "1.1 Migratiesaldo",
            "1.1a Migratiesaldo lange reeks",
            "1.2 Immigratie naar motief",
            "1.3 Asielverzoeken");
    assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
  }

  @Test
  void theContentsSheetLinksToEverySheet() {
    List<String> targets = new ArrayList<>();
    workbook
        .getSheet("Inhoud")
        .forEach(
            r ->
                r.forEach(
                    c -> {
                      if (c.getHyperlink() != null) {
                        targets.add(c.getHyperlink().getAddress());
                      }
                    }));
    assertThat(targets)
        .containsExactly(
            "'Toelichting'!A1",
            "'1.1 Migratiesaldo'!A1",
            "'1.1a Migratiesaldo lange reeks'!A1",
            "'1.2 Immigratie naar motief'!A1",
            "'1.3 Asielverzoeken'!A1");
  }

  @Test
  void theComparisonHasCategoriesDownAndTheLatestYearBesideTheTwoBeforeWithTheChange() {
    XSSFTable table = workbook.getSheet("1.1 Migratiesaldo").getTables().get(0);
    Sheet sheet = workbook.getSheet("1.1 Migratiesaldo");
    Row header = sheet.getRow(table.getStartRowIndex());
    List<String> headers = new ArrayList<>();
    header.forEach(c -> headers.add(c.getStringCellValue()));
    assertThat(headers)
        .containsExactly("Onderwerp", "2021", "2022", "2023", "Verschil 2022–2023", "Verschil (%)");
    Row immigration = sheet.getRow(table.getStartRowIndex() + 1);
    assertThat(immigration.getCell(0).getStringCellValue()).isEqualTo("Immigratie");
    assertThat(immigration.getCell(3).getNumericCellValue()).isEqualTo(337436.0);
    assertThat(immigration.getCell(4).getNumericCellValue()).isEqualTo(337436.0 - 403108.0);
    assertThat(immigration.getCell(5).getNumericCellValue())
        .isCloseTo(
            (337436.0 - 403108.0) / 403108.0 * 100, org.assertj.core.data.Offset.offset(1e-9));
    Row perThousand = sheet.getRow(table.getStartRowIndex() + 4);
    assertThat(perThousand.getCell(0).getStringCellValue())
        .isEqualTo("Migratiesaldo per 1 000 inwoners");
    assertThat(perThousand.getCell(3).getStringCellValue()).isEqualTo(".");
    assertThat(perThousand.getCell(4).getStringCellValue())
        .as("no change without 2023")
        .isEqualTo(".");
    assertThat(perThousand.getCell(5)).as("a rate has no % change").isNull();
  }

  @Test
  void theReportOnAYearComparesThatYearEvenWhenTheInputsHoldALaterOne() throws IOException {
    Path file = dir.resolve("2022.xlsx");
    WorkbookWriter.write(
        file,
        "Staat van de migratie 2022",
        2022,
        LayoutFixture.chapters(),
        LayoutFixture.FIXED_TIME,
        LayoutFixture.provenance(),
        null);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet("1.1 Migratiesaldo");
      Row header = sheet.getRow(sheet.getTables().get(0).getStartRowIndex());
      assertThat(text(header.getCell(1))).isEqualTo("2020");
      assertThat(text(header.getCell(3))).isEqualTo("2022");
      XSSFSheet series = wb.getSheet("1.1a Migratiesaldo lange reeks");
      assertThat(
              series.getTables().get(0).getEndRowIndex()
                  - series.getTables().get(0).getStartRowIndex())
          .as("2019 to 2022")
          .isEqualTo(4);
    }
  }

  @Test
  void noCodeWordOrSnakeCaseIdAppearsInADataCellWhereALabelExists() {
    for (XSSFSheet sheet : tableSheets()) {
      for (XSSFTable t : sheet.getTables()) {
        for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
          for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
            String s = text(sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c));
            if (s == null) {
              continue;
            }
            assertThat(s).as(sheet.getSheetName() + " r" + r + " c" + c).doesNotMatch(SNAKE_CASE);
            assertThat(LayoutFixture.CODES).as(sheet.getSheetName()).doesNotContain(s);
          }
        }
      }
    }
    Sheet motive = workbook.getSheet("1.2 Immigratie naar motief");
    assertThat(text(motive.getRow(2).getCell(0))).isEqualTo("EU/EFTA");
    assertThat(text(motive.getRow(3).getCell(0))).isEqualTo("Migratiemotief");
    assertThat(text(motive.getRow(4).getCell(0))).isEqualTo("Arbeid");
  }

  @Test
  void anUnlabelledCodeShowsMarkedAndFormulaLookingLabelsStayText() {
    Sheet requests = workbook.getSheet("1.3 Asielverzoeken");
    List<Cell> labels = new ArrayList<>();
    XSSFTable t = ((XSSFSheet) requests).getTables().get(0);
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      labels.add(requests.getRow(r).getCell(1));
    }
    assertThat(labels.stream().map(ReportWorkbookTest::text))
        .containsExactly(
            "Syrië",
            "Afghanistan",
            "[code] NAT9444",
            "=HYPERLINK(\"x\")",
            "+31",
            "-5 landen",
            "@SUM(A1)",
            "\tTab",
            "\rCR");
    for (Cell c : labels.subList(3, 9)) {
      assertThat(c.getCellType()).isEqualTo(CellType.STRING);
      assertThat(c.getCellStyle().getQuotePrefixed()).as(text(c)).isTrue();
    }
    assertThat(labels.get(0).getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void aRankedBlockListsTheTopInRankOrderWithItsRank() {
    Sheet requests = workbook.getSheet("1.3 Asielverzoeken");
    XSSFTable t = ((XSSFSheet) requests).getTables().get(0);
    Row first = requests.getRow(t.getStartRowIndex() + 1);
    assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
    assertThat(text(requests.getRow(t.getStartRowIndex()).getCell(4))).isEqualTo("2023");
    assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(9000.0 + 2023);
  }

  @Test
  void everyBlockIsAnExcelTableObjectWhoseHeaderFollowsATextRow() {
    for (XSSFSheet sheet : tableSheets()) {
      assertThat(sheet.getTables()).as(sheet.getSheetName()).isNotEmpty();
      for (XSSFTable t : sheet.getTables()) {
        assertThat(t.getHeaderRowCount()).isEqualTo(1);
        Row above = sheet.getRow(t.getStartRowIndex() - 1);
        assertThat(above).as(sheet.getSheetName() + ": no blank row before the header").isNotNull();
        assertThat(text(above.getCell(0))).isNotBlank();
        AreaReference area = t.getArea();
        assertThat(area.getFirstCell().getCol()).isZero();
      }
    }
  }

  @Test
  void aTableWithASeriesHasALineChartAndTopBlocksHaveBars() {
    XSSFSheet series = workbook.getSheet("1.1a Migratiesaldo lange reeks");
    List<XSSFChart> charts = series.getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
    assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray())
        .hasSize(3);
    XSSFSheet motive = workbook.getSheet("1.2 Immigratie naar motief");
    assertThat(motive.getDrawingPatriarch().getCharts()).hasSize(1);
    assertThat(
            motive
                .getDrawingPatriarch()
                .getCharts()
                .get(0)
                .getCTChart()
                .getPlotArea()
                .getBarChartArray())
        .hasSize(1);
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithTitleRowsHeaderFooterAndFrozenPanes() {
    workbook.forEach(
        s -> {
          assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
          assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
          assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
          assertThat(s.getPrintSetup().getLandscape()).isTrue();
        });
    for (XSSFSheet s : tableSheets()) {
      assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
      assertThat(s.getHeader().getLeft()).startsWith("Tabel ");
      assertThat(s.getFooter().getLeft()).startsWith("Bron: CBS");
      assertThat(s.getPaneInformation()).isNotNull();
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void theWorkbookSaysTheDateOfTheNewestSourceNeverTheReportYearsEndOrToday() {
    String dated = "Cijfers van 10 oktober 2024";
    assertThat(text(workbook.getSheet("Inhoud").getRow(1).getCell(0))).endsWith(dated);
    assertThat(text(workbook.getSheet("Toelichting").getRow(1).getCell(0))).isEqualTo(dated);
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    workbook.forEach(
        s ->
            s.forEach(
                r ->
                    r.forEach(
                        c -> {
                          String t = text(c);
                          if (t != null) {
                            assertThat(t)
                                .doesNotContain("2023-12-31")
                                .doesNotContain("31 december 2023");
                            assertThat(t).doesNotContain(today);
                          }
                        })));
    assertThat(workbook.getProperties().getCoreProperties().getCreated())
        .isEqualTo(
            java.util.Date.from(
                LayoutFixture.FIGURES_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
  }

  @Test
  void theExplanationHasTheFullLegendTheDefinitionsAndEachSourceInFull() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    workbook
        .getSheet("Toelichting")
        .forEach(
            r -> {
              a.add(text(r.getCell(0)));
              b.add(text(r.getCell(1)));
            });
    assertThat(a).contains(".", "x", "-", "0 (0,0)", "*", "**");
    assertThat(b)
        .contains(
            ExplanationSheet.ROUNDING_NOTE,
            "CBS, tabel 85524NED: Bevolking; kerncijfers",
            "gewijzigd op 2024-10-10; gelezen op 2024-11-02;"
                + " https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85524NED",
            "CBS, tabel 84809NED",
            "gewijzigd op 2024-03-01; gelezen op onbekend (geen ophaalregistratie);"
                + " https://opendata.cbs.nl/statline/#/CBS/nl/dataset/84809NED",
            "Basis: immigranten zonder Nederlandse nationaliteit.");
  }

  @Test
  void aRerunWritesTheSameWorkbookAndChartsByteForByte() throws Exception {
    LayoutFixture.write(dir.resolve("b.xlsx"), dir.resolve("charts-b"));
    assertThat(sha256(dir.resolve("b.xlsx"))).isEqualTo(sha256(dir.resolve("a.xlsx")));
    List<String> a = listing(dir.resolve("charts-a"));
    assertThat(a)
        .containsExactly(
            "1.1a-migration_balance.png",
            "1.1a-migration_balance.svg",
            "1.2-immigration_by_motive.png",
            "1.2-immigration_by_motive.svg",
            "1.3-asylum_requests.png",
            "1.3-asylum_requests.svg");
    for (String f : a) {
      assertThat(sha256(dir.resolve("charts-b").resolve(f)))
          .as(f)
          .isEqualTo(sha256(dir.resolve("charts-a").resolve(f)));
    }
    assertThat(Files.readString(dir.resolve("charts-a/1.1a-migration_balance.svg")))
        .contains("<svg", "Immigratie", "#1F4E79");
    assertThat(Files.readAllBytes(dir.resolve("charts-a/1.2-immigration_by_motive.png")))
        .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
