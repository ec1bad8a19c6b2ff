package nl.migstat.chapters;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The outcome of building one table: its rows and the sources they came from, or the reason it was
 * skipped (never silently left out).
 *
 * @param info title, unit, footnotes, columns
 * @param rows the rows in publication order, or null when skipped
 * @param sources the tables the rows came from ({@code cbs:03742}, {@code eurostat:tps00191})
 * @param skipReason null, or why the table was not built
 */
public record ChapterTable(TableInfo info, Dataset<Row> rows, List<String> sources, String skipReason) {

  public static ChapterTable built(TableInfo info, Dataset<Row> rows, List<String> sources) {
    Column[] columns = info.outputColumns().stream().map(functions::col).toArray(Column[]::new);
    return new ChapterTable(info, rows.select(columns), List.copyOf(sources), null);
  }

  public static ChapterTable skipped(TableInfo info, String reason) {
    return new ChapterTable(info, null, List.of(), reason);
  }

  public boolean isSkipped() {
    return skipReason != null;
  }
}
