package nl.migstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * One table of a chapter: built and collected on a table thread (its rows are small), and written
 * as its Parquet folder into the run once disclosure control has decided every cell, so that no
 * folder of the run ever holds a cell the run keeps secret.
 */
final class WriteTable {
  private WriteTable() {}

  /** Builds {@code info}'s table of what its chapter prepared and collects its rows. */
  static TableOutcome build(List<PreparedTable> chapter, TableInfo info) {
    long start = System.nanoTime();
    PreparedTable prepared =
        chapter.stream().filter(t -> t.info().name().equals(info.name())).findFirst().orElseThrow();
    ChapterTable table = prepared.build();
    if (table.isSkipped()) {
      return TableOutcome.skipped(info, table.skipReason(), secondsSince(start));
    }
    List<Row> collected = table.rows().coalesce(1).collectAsList();
    // The built table's own info: a table may word its title and notes after the source it used
    // (unemployment_eu_comparison from tps00203 alone); name and columns are the declared ones.
    return TableOutcome.built(
        table.info(),
        byColumn(collected),
        table.sources(),
        secondsSince(start),
        table.rows().schema());
  }

  /** Writes a table's rows under its name in the run; returns the seconds it took. */
  static double parquet(SparkSession spark, TableOutcome table, Path runDir) {
    long start = System.nanoTime();
    List<Row> rows = new ArrayList<>(table.rows().size());
    String[] names = table.schema().fieldNames();
    for (Map<String, Object> values : table.rows()) {
      Object[] row = new Object[names.length];
      for (int i = 0; i < names.length; i++) {
        row[i] = values.get(names[i]);
      }
      rows.add(RowFactory.create(row));
    }
    spark
        .createDataFrame(rows, table.schema())
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(runDir.resolve(table.name()).toUri().toString());
    return secondsSince(start);
  }

  /** Rows as maps from column name to value, in column order, as the workbook takes them. */
  static List<Map<String, Object>> byColumn(List<Row> rows) {
    List<Map<String, Object>> maps = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      String[] names = r.schema().fieldNames();
      for (int i = 0; i < names.length; i++) {
        m.put(names[i], r.get(i));
      }
      maps.add(m);
    }
    return maps;
  }

  private static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
