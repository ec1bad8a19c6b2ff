package nl.migstat.chapters;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import nl.migstat.harmonise.StatusColumns;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;

/**
 * Spark SQL expressions for figures that carry a status: a sum over a provisional value is
 * provisional, a sum or share over a missing part is missing (never a smaller number), and the
 * strongest status wins in the order of {@link Status}.
 */
public final class Figures {
  private static final int NONE = 99;

  private Figures() {}

  /** The priority of a status column (1 = confidential … 9; 99 for an ordinary figure). */
  public static Column rank(Column status) {
    return StatusColumns.rank(status);
  }

  /** The status code of a rank computed by {@link #rank}. */
  public static Column ofRank(Column rank) {
    return StatusColumns.ofRank(rank);
  }

  /** The strongest of several status columns of one row. */
  public static Column strongest(Column... statuses) {
    return StatusColumns.strongest(statuses);
  }

  /** Aggregate: the strongest status over the group. */
  public static Column strongestOver(Column status) {
    return ofRank(min(rank(status)));
  }

  /** Aggregate: the sum, or null when any summed value is missing. */
  public static Column sumOrMissing(Column value) {
    return when(max(when(value.isNull(), lit(1)).otherwise(lit(0))).equalTo(1), lit(null))
        .otherwise(sum(value));
  }

  /**
   * Status of a derived figure whose value is null because an input is missing: the inputs'
   * strongest status, or {@code not_available} when none of them says why.
   */
  public static Column statusOf(Column value, Column... inputStatuses) {
    Column s = strongest(inputStatuses);
    return when(value.isNull(), coalesce(s, lit(Status.NOT_AVAILABLE.code()))).otherwise(s);
  }

  /** {@code a / b}, null when either is missing or {@code b} is zero. */
  public static Column ratio(Column a, Column b) {
    return when(a.isNull().or(b.isNull()).or(b.equalTo(0)), lit(null).cast("double"))
        .otherwise(a.cast("double").divide(b));
  }
}
