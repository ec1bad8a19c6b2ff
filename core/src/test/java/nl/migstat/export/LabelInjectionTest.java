package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 7 for labels: a label read from an input's metadata (a CBS Title, an SDMX-CSV label
 * column) that Excel would take for a formula or a sign is written as quote-prefixed text, wherever
 * the layout puts the label; nothing in the workbook is a formula.
 */
class LabelInjectionTest {
  /** Leading {@code =}, {@code +}, {@code -}, {@code @}, tab and carriage return. */
  private static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://x.invalid\",\"Syrisch\")",
          "+31 6 12345678",
          "-1+1",
          "@SUM(A1)",
          "\t=1+1",
          "\r=1+1",
          TableInfo.unlabelled("=1+1"));

  @TempDir Path dir;

  @Test
  void aLabelFromAnInputIsNeverAFormula() throws IOException {
    TableInfo info =
        new TableInfo(
            "asylum_requests",
            "Asielverzoeken naar nationaliteit",
            "aantal",
            List.of(),
            List.of(
                ColumnInfo.integer("year", "Jaar"),
                ColumnInfo.text("nationality_code", "Nationaliteit"),
                ColumnInfo.label("nationality_code", "Nationaliteit (naam)"),
                ColumnInfo.figure("count", "Aantal", 0)));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", 2023);
      row.put("nationality_code", "NAT900" + i);
      row.put("nationality_code_label", HOSTILE.get(i));
      row.put("count", 10.0 + i);
      row.put("count_status", null);
      rows.add(row);
    }
    Path file = dir.resolve("labels.xlsx");
    WorkbookWriter.write(
        file,
        "Staat van de migratie 2023",
        2023,
        List.of(
            new ChapterSection(
                "Migratiestromen", List.of(WorkbookTable.built(info, rows, List.of("CBS"))))),
        ReportFixture.FIXED_TIME);
    Map<String, Cell> byText = new LinkedHashMap<>();
    List<String> formulas = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              formulas.add(sheet.getSheetName() + "!" + c.getAddress());
            } else if (c.getCellType() == CellType.STRING) {
              byText.putIfAbsent(c.getStringCellValue(), c);
            }
          }
        }
      }
      assertThat(formulas).isEmpty();
      for (String label : HOSTILE.subList(0, HOSTILE.size() - 1)) {
        assertThat(byText).as(label).containsKey(label);
        assertThat(byText.get(label).getCellStyle().getQuotePrefixed()).as(label).isTrue();
      }
      // the marked code starts with "[": text as it is, no quote needed
      assertThat(byText).containsKey("[code] =1+1");
    }
  }
}
