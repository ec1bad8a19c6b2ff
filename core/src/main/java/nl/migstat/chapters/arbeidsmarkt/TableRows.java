package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The columns, labels and row order the two tables by background share. */
final class TableRows {
  private TableRows() {}

  /**
   * The columns of a table by background: the breakdowns, the table's own figures, then the gap to
   * the Dutch-background group and the source.
   */
  static List<ColumnInfo> columns(ColumnInfo... figures) {
    List<ColumnInfo> columns =
        new ArrayList<>(
            List.of(
                integer("year", "Jaar"),
                integer("quarter", "Kwartaal"),
                text("classification", "Indeling"),
                text("background_code", "Code"),
                text("background", "Migratieachtergrond / herkomst"),
                text("birthplace", "Geboorteland"),
                text("sex", "Geslacht"),
                text("age_band", "Leeftijd")));
    columns.addAll(List.of(figures));
    columns.add(figure("gap_pp", "Verschil met Nederlandse achtergrond (procentpunt)", 1));
    columns.add(text("source", "Bron"));
    return List.copyOf(columns);
  }

  /** Adds the printed labels, gives every figure a status when missing, and orders the rows. */
  static Dataset<Row> labelled(Dataset<Row> rows, BackgroundBridge bridge) {
    Dataset<Row> out =
        rows.withColumn("classification", Breakdowns.classification(col("scheme")))
            .withColumn("background", Breakdowns.background(bridge))
            .withColumn("birthplace", Breakdowns.birthplace(bridge))
            .withColumn("sex", Breakdowns.sex(col("sex_code")))
            .withColumn("age_band", Breakdowns.ageBand(col("age_code")));
    for (String count : new String[] {"labour_force", "unemployed", "population", "employed"}) {
      out = out.withColumn(count + "_status", Figures.statusOf(col(count), col(count + "_status")));
    }
    return out.orderBy(
        col("year"),
        col("quarter").asc_nulls_first(),
        col("scheme"),
        col("birthplace_code"),
        col("background_code"),
        col("sex_code"),
        col("age_code"));
  }
}
