package nl.migstat.chapters.arbeidsmarkt;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;

/**
 * The status rules of {@link nl.migstat.chapters.Figures} (strongest status wins in the order of
 * {@link Status}; a missing derived figure says why) written as flat map lookups: each input
 * status appears once in the expression, so rates, gaps and breaks composed on top of each other
 * stay small enough for Spark's code generator.
 */
final class Statuses {
  private static final int NONE = 99;

  private Statuses() {}

  /** The strongest of several status columns of one row, null when none is set. */
  static Column strongest(Column... statuses) {
    if (statuses.length == 1) {
      return statuses[0];
    }
    Column rankOf = rankMap();
    Column[] ranks = Arrays.stream(statuses)
        .map(s -> coalesce(element_at(rankOf, s), lit(NONE)))
        .toArray(Column[]::new);
    return element_at(codeMap(), least(ranks));
  }

  /** The status of a derived figure: its inputs' strongest, or not_available when it is missing. */
  static Column statusOf(Column value, Column... inputStatuses) {
    return coalesce(strongest(inputStatuses),
        when(value.isNull(), lit(Status.NOT_AVAILABLE.code())));
  }

  private static Column rankMap() {
    List<Column> kv = new ArrayList<>();
    Status[] all = Status.values();
    for (int i = 0; i < all.length; i++) {
      kv.add(lit(all[i].code()));
      kv.add(lit(i + 1));
    }
    return map(kv.toArray(Column[]::new));
  }

  private static Column codeMap() {
    List<Column> kv = new ArrayList<>();
    Status[] all = Status.values();
    for (int i = 0; i < all.length; i++) {
      kv.add(lit(i + 1));
      kv.add(lit(all[i].code()));
    }
    return map(kv.toArray(Column[]::new));
  }
}
