package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.GAP_PP;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.AGE_BAND;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BIRTHPLACE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.CLASSIFICATION;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.EMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.LABOUR_FORCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.QUARTER;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.SEX;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYED;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The columns, labels and row order the two tables by background share. */
final class TableRows {
  private TableRows() {}

  /**
   * The columns of a table by background: the breakdowns, the table's own figures, then the gap to
   * the Dutch-background group, the break at the 2022 classification change and the source.
   */
  /**
   * The workbook layout of a table by background: the year's rate (quarters left out; the counts
   * and the gap to the Dutch group stay in Parquet, so that the sheet prints readably), one block
   * per classification, categories down by background, birthplace, sex and age.
   */
  static SheetLayout layout(String shortName, String rate) {
    return SheetLayout.of(
        shortName,
        SheetLayout.Sheet.of(
            SheetLayout.Block.comparison(
                    List.of(BACKGROUND_CODE, BIRTHPLACE, SEX, AGE_BAND),
                    SheetLayout.Figure.rate(rate))
                .where(QUARTER, null)
                .blocksBy(CLASSIFICATION)));
  }

  static List<ColumnInfo> columns(ColumnInfo... figures) {
    List<ColumnInfo> columns =
        new ArrayList<>(
            List.of(
                integer(YEAR, "Jaar"),
                integer(QUARTER, "Kwartaal"),
                text(CLASSIFICATION, "Indeling"),
                text(BACKGROUND_CODE, "Migratieachtergrond / herkomst"),
                label(BACKGROUND_CODE, "Migratieachtergrond / herkomst (naam)"),
                text(BIRTHPLACE, "Geboorteland"),
                text(SEX, "Geslacht"),
                text(AGE_BAND, "Leeftijd")));
    columns.addAll(List.of(figures));
    columns.add(figure(GAP_PP, "Verschil met Nederlandse achtergrond (procentpunt)", 1));
    columns.add(text(ClassificationBreak.COLUMN, "Breuk in de reeks"));
    columns.add(text(SOURCE, "Bron"));
    return List.copyOf(columns);
  }

  /**
   * Adds the printed labels of the breakdowns without a code column (the group's own label comes
   * after the build, {@link BackgroundTables#LABELS}), gives every figure a status when missing,
   * and orders the rows.
   */
  static Dataset<Row> labelled(Dataset<Row> rows, BackgroundBridge bridge) {
    Dataset<Row> out =
        rows.withColumn(CLASSIFICATION, Breakdowns.classification(col("scheme")))
            .withColumn(BIRTHPLACE, Breakdowns.birthplace(bridge))
            .withColumn(SEX, Breakdowns.sex(col("sex_code")))
            .withColumn(AGE_BAND, Breakdowns.ageBand(col("age_code")));
    for (String count : new String[] {LABOUR_FORCE, UNEMPLOYED, POPULATION, EMPLOYED}) {
      out =
          out.withColumn(
              statusColumn(count), Figures.statusOf(col(count), col(statusColumn(count))));
    }
    return out.orderBy(
        col(YEAR),
        col(QUARTER).asc_nulls_first(),
        col("scheme"),
        col("birthplace_code"),
        col(BACKGROUND_CODE),
        col("sex_code"),
        col("age_code"));
  }
}
