package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {
  private static final String BALANCE = "1.1 Migratiesaldo";
  private static final String ASYLUM = "1.2 Eerste asielaanvragen";

  /** A listing sheet: title, unit, then the header directly (no blank row before it). */
  private static final int BALANCE_HEADER = 2;

  private static final int ASYLUM_HEADER = 2;

  @TempDir static Path dir;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    Path file = dir.resolve("staat-van-de-migratie.xlsx");
    ReportFixture.write(file);
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  private static Cell cell(String sheet, int row, int col) {
    Row r = workbook.getSheet(sheet).getRow(row);
    return r == null ? null : r.getCell(col);
  }

  private static Cell balance(int dataRow, int col) {
    return cell(BALANCE, BALANCE_HEADER + 1 + dataRow, col);
  }

  private static Cell asylum(int dataRow, int col) {
    return cell(ASYLUM, ASYLUM_HEADER + 1 + dataRow, col);
  }

  @Test
  void sheetsAreContentsExplanationThenOnePerTableWithValidUniqueNames() {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    assertThat(names)
        .containsExactly("Inhoud", "Toelichting", BALANCE, ASYLUM, "2.1 Migratiesaldo (herhaald)");
  }

  @Test
  void aNumberedTitleAndTheUnitAboveTheTableTheSourceAndDefinitionsBelowIt() {
    Cell title = cell(BALANCE, 0, 0);
    assertThat(title.getStringCellValue())
        .isEqualTo("Tabel 1.1 Immigratie, emigratie en migratiesaldo");
    XSSFFont font = workbook.getFontAt(title.getCellStyle().getFontIndex());
    assertThat(font.getBold()).isTrue();
    assertThat(font.getFontHeightInPoints()).isEqualTo((short) 14);
    assertThat(cell(BALANCE, 1, 0).getStringCellValue())
        .isEqualTo("aantal personen; saldo per 1 000 inwoners");
    int below = BALANCE_HEADER + 1 + 4 + 1;
    assertThat(cell(BALANCE, below, 0).getStringCellValue())
        .isEqualTo("Bron: CBS, tabel 84809NED (gewijzigd op 2024-03-01); Eurostat tps00191");
    assertThat(cell(BALANCE, below + 1, 0).getStringCellValue())
        .isEqualTo("Cijfers van: publicatiedatum van de bronnen onbekend");
    assertThat(cell(BALANCE, below + 2, 0).getStringCellValue())
        .isEqualTo(ReportFixture.BALANCE.footnotes().get(0));
    assertThat(cell(BALANCE, below + 3, 0).getStringCellValue()).startsWith("Migratiesaldo = ");
  }

  @Test
  void headerRowHasTheDutchLabels() {
    Row header = workbook.getSheet(BALANCE).getRow(BALANCE_HEADER);
    List<String> labels = new ArrayList<>();
    header.forEach(c -> labels.add(c.getStringCellValue()));
    assertThat(labels)
        .containsExactly(
            "Jaar",
            "Immigratie",
            "Emigratie",
            "Migratiesaldo",
            "Bevolking op 1 januari",
            "Migratiesaldo per 1 000 inwoners");
  }

  @Test
  void panesAreFrozenBelowTheHeaderAndTheTableObjectCoversHeaderAndData() {
    XSSFSheet sheet = workbook.getSheet(BALANCE);
    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) (BALANCE_HEADER + 1));
    assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 1);
    assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A3:F7");
    assertThat(workbook.getSheet(ASYLUM).getTables().get(0).getArea().formatAsString())
        .isEqualTo("A3:D9");
  }

  @Test
  void countsAndRatesAreNumericWithTheColumnsDecimals() {
    Cell immigration = balance(0, 1);
    assertThat(immigration.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(immigration.getNumericCellValue()).isEqualTo(269064.0);
    assertThat(immigration.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    Cell rate = balance(0, 5);
    assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(rate.getNumericCellValue()).isEqualTo(6.198);
    assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
  }

  @Test
  void yearsAndRanksAreNumericWithoutThousandsSeparators() {
    Cell year = balance(0, 0);
    assertThat(year.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(year.getNumericCellValue()).isEqualTo(2019.0);
    assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("0");
    assertThat(asylum(2, 2).getNumericCellValue()).isEqualTo(3.0);
  }

  @Test
  void provisionalAndNaderVoorlopigFiguresStayNumericWithStarsAppendedByTheFormat() {
    Cell provisional = balance(1, 1);
    assertThat(provisional.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(provisional.getNumericCellValue()).isEqualTo(252451.0);
    assertThat(provisional.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"*\"");
    assertThat(balance(1, 5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\"*\"");
    // CBS ** (nader voorlopig), a state of its own: two stars, not Eurostat's revised r.
    Cell naderVoorlopig = balance(2, 1);
    assertThat(naderVoorlopig.getNumericCellValue()).isEqualTo(403108.0);
    assertThat(naderVoorlopig.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"**\"");
  }

  @Test
  void statusesWithoutACbsSymbolKeepTheNumberWithTheEurostatLetter() {
    assertThat(balance(3, 1).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" e\"");
    assertThat(balance(3, 3).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" u\"");
    assertThat(balance(3, 5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\" u\"");
    assertThat(Stream.of(1, 2, 3, 4, 5).map(c -> balance(3, c).getCellType()))
        .containsOnly(CellType.NUMERIC);
  }

  /**
   * A figure shows the symbol of every state it has, not only of its strongest: emigration 2023 is
   * a break, provisional and estimated ({@code break,provisional,estimated}: the star right after
   * the number as CBS writes it, then Eurostat's letters b and e); the population of 2023 differs
   * in definition and is nader voorlopig ({@code **} and d).
   */
  @Test
  void everyStateOfAFigureShowsItsSymbol() {
    Cell emigration = balance(3, 2);
    assertThat(emigration.getNumericCellValue()).isEqualTo(120000.0);
    assertThat(emigration.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"* be\"");
    assertThat(balance(3, 4).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"** d\"");
  }

  @Test
  void statesThatDoNotLeadWithTheStatusAreRefused(@TempDir Path other) {
    assertThatThrownBy(
            () ->
                writeDecisions(
                    other,
                    ReportFixture.row(
                        "year",
                        2023,
                        "decisions",
                        15.0,
                        "decisions_status",
                        "provisional",
                        "decisions_states",
                        "break,provisional")))
        .hasMessageContaining("column decisions")
        .hasMessageContaining(
            "'provisional' is not the strongest of the states 'break,provisional'");
    assertThatThrownBy(
            () ->
                writeDecisions(
                    other,
                    ReportFixture.row(
                        "year",
                        2023,
                        "decisions",
                        15.0,
                        "decisions_status",
                        "break",
                        "decisions_states",
                        "break,nil")))
        .hasMessageContaining("unknown states 'break,nil'");
  }

  @Test
  void missingFiguresShowCbsSymbolsAsRightAlignedText() {
    assertSymbol(balance(2, 2), "."); // not_available
    assertSymbol(balance(2, 4), "."); // no figure and no status
    assertSymbol(asylum(1, 3), "x"); // confidential
    assertSymbol(asylum(2, 3), ""); // not applicable: CBS leaves the cell blank
    assertSymbol(asylum(5, 3), ".");
  }

  private static void assertSymbol(Cell cell, String symbol) {
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(symbol);
    assertThat(cell.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
  }

  @Test
  void negativeNumbersAndZeroStayNumeric() {
    Cell net = balance(3, 3);
    assertThat(net.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(net.getNumericCellValue()).isEqualTo(-20000.0);
    assertThat(balance(3, 5).getNumericCellValue()).isEqualTo(-1.123);
    Cell negative = asylum(4, 3);
    assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(negative.getNumericCellValue()).isEqualTo(-5.0);
    assertThat(negative.getCellStyle().getQuotePrefixed()).isFalse();
    Cell zero = asylum(3, 3);
    assertThat(zero.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(zero.getNumericCellValue()).isZero();
  }

  @Test
  void formulaLookingTextIsStoredAsQuotePrefixedText() {
    assertQuoted(asylum(1, 0), "=SUM(A1)");
    assertQuoted(asylum(2, 0), "+31 6 12345678");
    assertQuoted(asylum(3, 0), "-x");
    assertQuoted(asylum(4, 0), "@cmd");
    assertQuoted(asylum(5, 0), "\tTab");
    Cell plain = asylum(0, 0);
    assertThat(plain.getStringCellValue()).isEqualTo("Syrië");
    assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
  }

  private static void assertQuoted(Cell cell, String text) {
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(text);
    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
  }

  @Test
  void noCellAnywhereIsAFormula() {
    List<String> formulas = new ArrayList<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA) {
            formulas.add(sheet.getSheetName() + "!" + c.getAddress());
          }
        }
      }
    }
    assertThat(formulas).isEmpty();
  }

  @Test
  void booleansReadJaOrNeeAndNullsLeaveTheCellEmpty() {
    assertThat(asylum(0, 1).getStringCellValue()).isEqualTo("nee");
    assertThat(asylum(1, 1).getStringCellValue()).isEqualTo("ja");
    assertThat(asylum(2, 1)).isNull();
  }

  @Test
  void columnWidthsFollowTheContentWithinLimits() {
    XSSFSheet sheet = workbook.getSheet(BALANCE);
    // Widest of content and the header's longest word (at least 12), plus 2; at least 8.
    // "17,811,291" with its suffix "** d", a margin of 2 for a number and 2 for every column.
    assertThat(sheet.getColumnWidth(4) / 256).isEqualTo("17,811,291".length() + 2 + 4 + 2);
    assertThat(sheet.getColumnWidth(5) / 256).isEqualTo("Migratiesaldo".length() + 2);
    assertThat(sheet.getColumnWidth(0) / 256).isEqualTo("2,019".length() + 2 + 2);
    assertThat(workbook.getSheet(ASYLUM).getColumnWidth(0) / 256)
        .isEqualTo("+31 6 12345678".length() + 2);
  }

  @Test
  void contentsLinkEveryTableToItsSheet() {
    Sheet contents = workbook.getSheet("Inhoud");
    assertThat(contents.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo("Staat van de migratie");
    assertThat(contents.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo("Verslagjaar 2024. Cijfers van: publicatiedatum van de bronnen onbekend");
    assertLink(contents.getRow(2).getCell(0), "'Toelichting'!A1");
    assertThat(contents.getRow(4).getCell(0).getStringCellValue()).isEqualTo("1 Migratiestromen");
    Cell first = contents.getRow(5).getCell(0);
    assertThat(first.getStringCellValue()).isEqualTo("1.1 Immigratie, emigratie en migratiesaldo");
    assertLink(first, "'" + BALANCE + "'!A1");
    assertLink(contents.getRow(6).getCell(0), "'" + ASYLUM + "'!A1");
    assertThat(contents.getRow(9).getCell(0).getStringCellValue()).isEqualTo("2 Herhaling");
    assertLink(contents.getRow(10).getCell(0), "'2.1 Migratiesaldo (herhaald)'!A1");
  }

  private static void assertLink(Cell cell, String address) {
    assertThat(cell.getHyperlink()).isNotNull();
    assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
    assertThat(cell.getHyperlink().getAddress()).isEqualTo(address);
  }

  @Test
  void aSkippedTableIsListedWithItsReasonAndNoLinkOrSheet() {
    Row row = workbook.getSheet("Inhoud").getRow(7);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1.3 Beslissingen op asielaanvragen");
    assertThat(row.getCell(0).getHyperlink()).isNull();
    assertThat(row.getCell(1).getStringCellValue())
        .isEqualTo("Niet opgenomen: Eurostat migr_asydcfsta ontbreekt in de invoer");
    assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
  }

  @Test
  void explanationListsSymbolsDefinitionsAndSources() {
    List<String> lines = new ArrayList<>();
    for (Row row : workbook.getSheet("Toelichting")) {
      StringBuilder line = new StringBuilder();
      row.forEach(c -> line.append(line.length() == 0 ? "" : " | ").append(c.getStringCellValue()));
      lines.add(line.toString());
    }
    assertThat(lines)
        .contains(
            "Cijfers van: publicatiedatum van de bronnen onbekend",
            ". | geen cijfer: het gegeven ontbreekt of is (nog) niet beschikbaar",
            "x | geheim: niet gepubliceerd om onthulling te voorkomen",
            "- | nihil; komt in deze tabellen niet voor: een nul staat er als 0",
            "* | voorlopig cijfer (Eurostat: p)",
            "** | nader voorlopig cijfer",
            "b | breuk in de tijdreeks (Eurostat: b)",
            "r | herzien cijfer (Eurostat: r)",
            "Alleen eerste aanvragen; afgerond op 5.",
            ReportFixture.CBS_SOURCE,
            ReportFixture.EUROSTAT_SOURCE);
    int definitions = lines.indexOf("Definities per tabel");
    int sources = lines.indexOf("Bronnen");
    assertThat(lines.subList(definitions + 1, definitions + 4))
        .containsExactly(
            "Immigratie, emigratie en migratiesaldo",
            ReportFixture.BALANCE.footnotes().get(0),
            ReportFixture.BALANCE.footnotes().get(1));
    assertThat(lines.subList(sources + 1, sources + 4))
        .containsExactly(
            "Immigratie, emigratie en migratiesaldo",
            ReportFixture.CBS_SOURCE,
            ReportFixture.EUROSTAT_SOURCE);
  }

  @Test
  void coreTimesAreTheFixedTime() {
    var core = workbook.getProperties().getCoreProperties();
    assertThat(core.getCreated()).isEqualTo(Date.from(ReportFixture.FIXED_TIME));
    assertThat(core.getModified()).isEqualTo(Date.from(ReportFixture.FIXED_TIME));
    assertThat(core.getTitle()).isEqualTo("Staat van de migratie 2024");
  }

  @Test
  void aFigureWithAValueAndASuppressingStatusIsRefusedNamingTableRowAndColumn(@TempDir Path other) {
    WorkbookTable bad =
        WorkbookTable.built(
            ReportFixture.DECISIONS,
            List.of(
                ReportFixture.row(
                    "year", 2023, "decisions", 15.0, "decisions_status", "confidential")),
            List.of());
    assertThatThrownBy(
            () ->
                WorkbookWriter.write(
                    other.resolve("x.xlsx"),
                    "t",
                    2024,
                    List.of(new ChapterSection("c", List.of(bad))),
                    ReportFixture.FIXED_TIME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table asylum_decisions, row 1, column decisions")
        .hasMessageContaining("confidential");
  }

  @Test
  void aRowWithoutAColumnOrWithAnUnknownStatusIsRefused(@TempDir Path other) {
    assertThatThrownBy(
            () -> writeDecisions(other, ReportFixture.row("year", 2023, "decisions", 15.0)))
        .hasMessageContaining("no entry 'decisions_status'");
    assertThatThrownBy(
            () ->
                writeDecisions(
                    other,
                    ReportFixture.row("year", 2023, "decisions", 15.0, "decisions_status", "nil")))
        .hasMessageContaining("unknown status 'nil'");
    assertThatThrownBy(
            () ->
                writeDecisions(
                    other,
                    ReportFixture.row("year", "2023", "decisions", 15.0, "decisions_status", null)))
        .hasMessageContaining("column year: expected a Number, got String '2023'");
  }

  private static void writeDecisions(Path folder, java.util.Map<String, Object> row)
      throws IOException {
    WorkbookTable table = WorkbookTable.built(ReportFixture.DECISIONS, List.of(row), List.of());
    WorkbookWriter.write(
        folder.resolve("x.xlsx"),
        "t",
        2024,
        List.of(new ChapterSection("c", List.of(table))),
        ReportFixture.FIXED_TIME);
  }
}
