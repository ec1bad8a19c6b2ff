package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.TestSpark;
import nl.migstat.model.TableInfo;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI and Spark in one JVM: catches the log4j clash of RELIABILITY.md (Dependencies). */
class WorkbookWithSparkTest {
  @Test
  void aCollectedSparkAggregateIsWrittenAsAWorkbookInTheSameJvm(@TempDir Path dir)
      throws Exception {
    SparkSession spark = TestSpark.session();
    Dataset<Row> rows =
        spark.sql(
            "SELECT 2023 AS year, CAST(15 AS DOUBLE) AS decisions,"
                + " 'break' AS decisions_status, 'break,provisional' AS decisions_states"
                + " UNION ALL SELECT 2024, CAST(NULL AS DOUBLE), 'confidential', 'confidential'");
    TableInfo info = ReportFixture.DECISIONS;
    List<Map<String, Object>> collected = new ArrayList<>();
    for (Row r : rows.orderBy("year").collectAsList()) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      for (String column : info.outputColumns()) {
        row.put(column, r.getAs(column));
      }
      collected.add(row);
    }
    Path file = dir.resolve("spark.xlsx");
    WorkbookTable table = WorkbookTable.built(info, collected, List.of("Eurostat migr_asydcfsta"));
    WorkbookWriter.write(
        file,
        "Staat van de migratie",
        2024,
        List.of(new ChapterSection("Asiel", List.of(table))),
        ReportFixture.FIXED_TIME);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var sheet = wb.getSheetAt(2);
      // title, unit, header at row 2
      assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(15.0);
      assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0\"* b\"");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("x");
    }
  }
}
