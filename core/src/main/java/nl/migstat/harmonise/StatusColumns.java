package nl.migstat.harmonise;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import nl.migstat.model.Columns;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Statuses as Spark expressions, for every layer that combines them (harmonisation, chapters).
 *
 * <p>Where figures are combined, a status column holds every state of its figure in the stored form
 * of {@link StatusSet#code()} ({@code break,provisional}: strongest first), so its first code is
 * the strongest status and a single code ({@code lit("estimated")}) is a set of one. Combining two
 * figures takes the union of their states: a sum over a provisional and a break cell is both, and
 * the break is never lost under the provisional. {@link #carryingStates} puts the observations'
 * states into their {@code status} column for that.
 *
 * <p>Each input of a union is referenced once in the expression, so statuses composed on top of
 * each other stay small for Spark's planner and code generator.
 *
 * <p>Here rather than in {@code model}, which holds no Spark types, or in {@code chapters}, which
 * harmonisation ({@link ToReferenceYear}) may not depend on.
 */
public final class StatusColumns {
  /** The rank of an ordinary figure (no status). */
  public static final int NONE = 99;

  private static final String DELIMITER = StatusSet.DELIMITER;

  private StatusColumns() {}

  /**
   * The observations as figures are combined from them: {@code status} holds every state of the
   * cell ({@code states}, strongest first), and the {@code states} column is gone, so that every
   * row a chapter derives carries one status column of one meaning. Rows without a {@code states}
   * column (already so, or made by hand with a status alone) are returned as they are.
   */
  public static Dataset<Row> carryingStates(Dataset<Row> observations) {
    if (!Arrays.asList(observations.columns()).contains(Columns.STATES)) {
      return observations;
    }
    return observations
        .withColumn(Columns.STATUS, coalesce(col(Columns.STATES), col(Columns.STATUS)))
        .drop(Columns.STATES);
  }

  /** The priority of a status column's strongest state (1 = confidential …; 99 for none). */
  public static Column rank(Column status) {
    return rankOfCode(strongestOf(status));
  }

  /** The status code of a rank computed by {@link #rank}. */
  public static Column ofRank(Column rank) {
    return when(rank.lt(NONE), element_at(codes(), rank)).otherwise(lit(null).cast("string"));
  }

  /** The strongest state of a status column: its first code (null stays null). */
  public static Column strongestOf(Column status) {
    return substring_index(status, DELIMITER, 1);
  }

  /** Every state of several status columns of one row, strongest first (null when none has one). */
  public static Column union(Column... statuses) {
    if (statuses.length == 0) {
      return lit(null).cast("string");
    }
    return canonical(concat_ws(DELIMITER, statuses));
  }

  /**
   * The same as {@link #union}: its first state is the strongest, and the others are kept beside
   * it. The name of the calls made before a status kept all its states.
   */
  public static Column strongest(Column... statuses) {
    return statuses.length == 1 ? statuses[0] : union(statuses);
  }

  /** Aggregate: every state over the group, strongest first (null when no row has one). */
  public static Column unionOver(Column status) {
    return canonical(array_join(collect_set(status), DELIMITER));
  }

  /** Window: every state over the window's rows, strongest first. */
  public static Column unionOver(Column status, WindowSpec window) {
    return canonical(array_join(collect_set(status).over(window), DELIMITER));
  }

  /**
   * The stored form of any list of codes joined by commas (a regular expression to {@code split},
   * but a comma is no special character), in any order and with repeats: distinct codes, strongest
   * first; null for an empty list. A code that is no {@link Status} is dropped, as {@link #rank}
   * ranks it as no status.
   */
  public static Column canonical(Column codes) {
    Column ranks =
        filter(transform(split(codes, DELIMITER), StatusColumns::rankOfCode), r -> r.lt(NONE));
    return aggregate(
        array_sort(array_distinct(ranks)),
        lit(null).cast("string"),
        (joined, r) -> concat_ws(DELIMITER, joined, element_at(codes(), r)));
  }

  private static Column rankOfCode(Column code) {
    Column[] pairs = new Column[Status.values().length * 2];
    for (Status st : Status.values()) {
      pairs[2 * st.ordinal()] = lit(st.code());
      pairs[2 * st.ordinal() + 1] = lit(st.ordinal() + 1);
    }
    return coalesce(element_at(map(pairs), code), lit(NONE));
  }

  private static Column codes() {
    return array(Arrays.stream(Status.values()).map(st -> lit(st.code())).toArray(Column[]::new));
  }
}
