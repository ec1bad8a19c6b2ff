package nl.migstat.harmonise;

import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import nl.migstat.model.Status;
import org.apache.spark.sql.Column;

/**
 * Spark expressions ranking status codes in the priority order of {@link Status} (confidential
 * first), the same rule as {@code nl.migstat.chapters.Figures}, which harmonise may not depend on.
 */
final class StatusRanks {
  private static final int NONE = 99;

  private StatusRanks() {}

  /** 1 for confidential … 9; 99 for an ordinary figure. */
  static Column rank(Column status) {
    Column c = lit(NONE);
    Status[] all = Status.values();
    for (int i = all.length - 1; i >= 0; i--) {
      c = when(status.equalTo(all[i].code()), lit(i + 1)).otherwise(c);
    }
    return c;
  }

  /** The status code of a rank; null for an ordinary figure. */
  static Column ofRank(Column rank) {
    Column c = lit(null).cast("string");
    Status[] all = Status.values();
    for (int i = all.length - 1; i >= 0; i--) {
      c = when(rank.equalTo(i + 1), lit(all[i].code())).otherwise(c);
    }
    return c;
  }

  /** The stronger of two status columns. */
  static Column strongest(Column a, Column b) {
    return ofRank(least(rank(a), rank(b)));
  }
}
