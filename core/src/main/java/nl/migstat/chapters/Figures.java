package nl.migstat.chapters;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import nl.migstat.harmonise.StatusColumns;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Spark SQL expressions for figures that carry a status: a sum over a provisional value is
 * provisional, a sum or share over a missing part is missing (never a smaller number), and a figure
 * keeps every state of the figures it is made from, strongest first in the order of {@link Status}.
 *
 * <p>A status column here holds all states of its figure ({@link StatusColumns}: {@code
 * break,provisional}); a single code is a set of one, so {@code lit("break")} is one too. {@link
 * ChapterTable#built} publishes it as {@code <figure>_status} (the strongest) and {@code
 * <figure>_states} (all).
 */
public final class Figures {
  private Figures() {}

  /** The priority of a status column's strongest state (1 = confidential …; 99 for none). */
  public static Column rank(Column status) {
    return StatusColumns.rank(status);
  }

  /** The status code of a rank computed by {@link #rank} (that one state alone). */
  public static Column ofRank(Column rank) {
    return StatusColumns.ofRank(rank);
  }

  /**
   * Every state of several status columns of one row, strongest first: the strongest leads, and the
   * others are kept beside it (a break beside a provisional).
   */
  public static Column strongest(Column... statuses) {
    return StatusColumns.strongest(statuses);
  }

  /** Aggregate: every state over the group, the strongest first. */
  public static Column strongestOver(Column status) {
    return StatusColumns.unionOver(status);
  }

  /** Window: every state over the window's rows, the strongest first. */
  public static Column strongestOver(Column status, WindowSpec window) {
    return StatusColumns.unionOver(status, window);
  }

  /** Aggregate: the sum, or null when any summed value is missing. */
  public static Column sumOrMissing(Column value) {
    return when(max(when(value.isNull(), lit(1)).otherwise(lit(0))).equalTo(1), lit(null))
        .otherwise(sum(value));
  }

  /**
   * Status of a derived figure: every state of its inputs; for a value that is null because an
   * input is missing, {@code not_available} when none of them says why.
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
