package nl.migstat.chapters;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.harmonise.StatusColumns;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
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
public record ChapterTable(
    TableInfo info, Dataset<Row> rows, List<String> sources, String skipReason) {

  /**
   * A built table with its columns in output order. The build's status column of a figure holds
   * every state of the figure ({@link Figures}); it is published as {@code <figure>_status}, the
   * strongest, and {@code <figure>_states}, all of them. A figure whose strongest state says there
   * is no figure (confidential, not available, not applicable) is published without its value,
   * whatever the input carried beside the flag: a cell flagged secret is never shown, in Parquet or
   * Excel. Label columns are added after the build, by {@link Labelling}.
   */
  public static ChapterTable built(TableInfo info, Dataset<Row> rows, List<String> sources) {
    List<Column> columns = new ArrayList<>();
    for (TableInfo.ColumnInfo c : info.columns()) {
      if (info.isLabelColumn(c.name())) {
        continue;
      }
      if (c.kind() != TableInfo.Kind.FIGURE) {
        columns.add(functions.col(c.name()));
        continue;
      }
      Column states = StatusColumns.canonical(functions.col(c.statusColumn()));
      Column status = StatusColumns.strongestOf(states);
      columns.add(
          functions
              .when(status.isin(NO_FIGURE), functions.lit(null))
              .otherwise(functions.col(c.name()))
              .as(c.name()));
      columns.add(status.as(c.statusColumn()));
      columns.add(states.as(c.statesColumn()));
    }
    return new ChapterTable(
        info, rows.select(columns.toArray(Column[]::new)), List.copyOf(sources), null);
  }

  private static final Object[] NO_FIGURE = {
    Status.CONFIDENTIAL.code(), Status.NOT_AVAILABLE.code(), Status.NOT_APPLICABLE.code()
  };

  public static ChapterTable skipped(TableInfo info, String reason) {
    return new ChapterTable(info, null, List.of(), reason);
  }

  public boolean isSkipped() {
    return skipReason != null;
  }
}
