package nl.migstat.chapters.gemeenten;

import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Disclosure control for municipal and buurt figures (RELIABILITY.md "Disclosure control"): a count
 * below the threshold is published as secret (CBS {@code x}, status {@code confidential}), and so
 * is every figure derived from it or over such a base, so it cannot be recomputed.
 */
public final class SmallNumbers {
  /** The default threshold: fewer than 10 persons is not published. */
  public static final int DEFAULT_THRESHOLD = 10;

  private final int threshold;

  public SmallNumbers(int threshold) {
    if (threshold < 0) {
      throw new IllegalArgumentException("small-number threshold must be >= 0: " + threshold);
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Whether a count is too small to publish (a missing count is not small, it is missing). */
  public Column isSmall(Column count) {
    return count.isNotNull().and(count.lt(threshold));
  }

  /**
   * Makes {@code figure} (and {@code figure_status}) confidential where any of the {@code counts}
   * columns it derives from is too small.
   */
  public Dataset<Row> suppress(Dataset<Row> rows, String figure, String... counts) {
    Column small = lit(false);
    for (String c : counts) {
      small = small.or(isSmall(col(c)));
    }
    return rows.withColumn(
            statusColumn(figure),
            when(small, lit(Status.CONFIDENTIAL.code())).otherwise(col(statusColumn(figure))))
        .withColumn(figure, when(small, lit(null).cast("double")).otherwise(col(figure)));
  }
}
