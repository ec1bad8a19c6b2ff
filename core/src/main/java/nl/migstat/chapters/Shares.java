package nl.migstat.chapters;

import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Shares of a whole, with the disclosure and status rules: a share over a missing part is missing
 * (the whole is then unknown), never a larger share of a smaller whole.
 */
public final class Shares {
  private Shares() {}

  /**
   * Adds {@code <share>} (percent) and {@code <share>_status}: the row's {@code count} as a share
   * of the sum of {@code count} over the rows with the same {@code partition} columns (or of the
   * column {@code total} when given).
   */
  public static Dataset<Row> ofSum(
      Dataset<Row> rows, String count, String share, String... partition) {
    WindowSpec w =
        Window.partitionBy(Arrays.stream(partition).map(c -> col(c)).toArray(Column[]::new));
    Column anyMissing = max(when(col(count).isNull(), lit(1)).otherwise(lit(0))).over(w);
    Column whole =
        when(anyMissing.equalTo(1), lit(null).cast("double")).otherwise(sum(col(count)).over(w));
    Column wholeStatus = Figures.strongestOver(col(statusColumn(count)), w);
    return rows.withColumn("__whole", whole)
        .withColumn("__whole_status", wholeStatus)
        .withColumn(share, Figures.ratio(col(count).multiply(lit(100)), col("__whole")))
        .withColumn(
            statusColumn(share),
            Figures.statusOf(col(share), col(statusColumn(count)), col("__whole_status")))
        .drop("__whole", "__whole_status");
  }

  /** {@code part / whole × 100} with the status of both. */
  public static Dataset<Row> of(Dataset<Row> rows, String part, String whole, String share) {
    return rows.withColumn(share, Figures.ratio(col(part).multiply(lit(100)), col(whole)))
        .withColumn(
            statusColumn(share),
            Figures.statusOf(col(share), col(statusColumn(part)), col(statusColumn(whole))));
  }
}
