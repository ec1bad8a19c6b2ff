package nl.migstat.harmonise;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;

/**
 * The priority of {@link Status} as Spark expressions, for every layer that combines statuses
 * (harmonisation, chapters): flat map and array lookups, so that statuses composed on top of each
 * other stay small for Spark's code generator.
 *
 * <p>Here rather than in {@code model}, which holds no Spark types, or in {@code chapters}, which
 * harmonisation ({@link ToReferenceYear}) may not depend on.
 */
public final class StatusColumns {
  /** The rank of an ordinary figure (no status). */
  public static final int NONE = 99;

  private StatusColumns() {}

  /** The priority of a status column (1 = confidential … 9; 99 for an ordinary figure). */
  public static Column rank(Column status) {
    Column[] pairs = new Column[Status.values().length * 2];
    for (Status st : Status.values()) {
      pairs[2 * st.ordinal()] = lit(st.code());
      pairs[2 * st.ordinal() + 1] = lit(st.ordinal() + 1);
    }
    return coalesce(element_at(map(pairs), status), lit(NONE));
  }

  /** The status code of a rank computed by {@link #rank}. */
  public static Column ofRank(Column rank) {
    Column[] codes =
        Arrays.stream(Status.values()).map(st -> lit(st.code())).toArray(Column[]::new);
    return when(rank.lt(NONE), element_at(array(codes), rank)).otherwise(lit(null).cast("string"));
  }

  /** The strongest of several status columns of one row. */
  public static Column strongest(Column... statuses) {
    if (statuses.length == 1) {
      return statuses[0];
    }
    return ofRank(least(Arrays.stream(statuses).map(StatusColumns::rank).toArray(Column[]::new)));
  }
}
