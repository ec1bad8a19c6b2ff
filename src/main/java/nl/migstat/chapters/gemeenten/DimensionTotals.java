package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;

import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Selection;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Removes one dimension of CBS observations: its total where the file has one, else the sum of its
 * categories (84910NED files cut by a user give {@code Leeftijd} only in five-year bands, MANIFEST
 * A1). Same rule as {@code Selection.collapse}, but keyed on the sorted dimension entries, because
 * Spark 3.5 cannot group or partition by a map column.
 */
public final class DimensionTotals {
  private DimensionTotals() {}

  /**
   * Whether a code is a total: CBS {@code T001038}-style, {@code 10000} (all ages), Eurostat
   * {@code T}/{@code TOTAL}. ({@code Selection.isTotalCode} passes a SQL-escaped pattern to {@code
   * Column.rlike}, where it matches a literal backslash instead of a digit.)
   */
  public static Column isTotal(Column code) {
    return code.isin("T", "TOTAL").or(code.rlike("^(T00\\d{4}|10000)$"));
  }

  /** The rows without dimension {@code dim}, a sum over a missing category being missing. */
  public static Dataset<Row> collapse(Dataset<Row> rows, String dim) {
    Column rest = array_sort(map_entries(expr("map_filter(dims, (k, v) -> k != '" + dim + "')")));
    Column present = Selection.dim(dim).isNotNull();
    Dataset<Row> keyed = rows.withColumn("__rest", rest)
        .withColumn("__total", present.and(isTotal(Selection.dim(dim))));
    WindowSpec w = Window.partitionBy(col("source"), col("measure"), col("period"), col("region"),
        col("__rest"));
    Dataset<Row> chosen = keyed.withColumn("__has_total", max(col("__total")).over(w))
        .where(col("__total").or(not(col("__has_total"))));
    return chosen.groupBy(col("source"), col("measure"), col("period"), col("frequency"),
            col("region"), col("__rest"))
        .agg(Figures.sumOrMissing(col("value")).as("value"),
            Figures.strongestOver(col("status")).as("status"),
            first(col("source_flag")).as("source_flag"), first(col("origin")).as("origin"))
        .select(col("source"), col("measure"), col("period"), col("frequency"), col("region"),
            map_from_entries(col("__rest")).as("dims"), col("value"), col("status"),
            col("source_flag"), col("origin"));
  }
}
