package nl.migstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Builds one table of a chapter and writes its Parquet folder into the run, keeping its (small)
 * rows for the workbook; runs on a table thread.
 */
final class WriteTable {
  private WriteTable() {}

  /** Builds {@code info}'s table of what its chapter prepared and writes it under its name. */
  static TableOutcome write(List<PreparedTable> chapter, TableInfo info, Path runDir) {
    long start = System.nanoTime();
    PreparedTable prepared =
        chapter.stream().filter(t -> t.info().name().equals(info.name())).findFirst().orElseThrow();
    ChapterTable table = prepared.build();
    if (table.isSkipped()) {
      return TableOutcome.skipped(info, table.skipReason(), secondsSince(start));
    }
    Dataset<Row> rows = table.rows().coalesce(1).cache();
    List<Row> collected = rows.collectAsList();
    rows.write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(runDir.resolve(info.name()).toUri().toString());
    rows.unpersist();
    // The built table's own info: a table may word its title and notes after the source it used
    // (unemployment_eu_comparison from tps00203 alone); name and columns are the declared ones.
    return TableOutcome.built(
        table.info(), byColumn(collected), table.sources(), secondsSince(start));
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
