package nl.migstat.chapters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;

/**
 * Row selections every chapter needs: a measure by its CBS key stem (the {@code _n} suffix changes
 * between table versions), and "every other dimension at its total" for CBS ({@code T001038},
 * {@code 10000}) and Eurostat ({@code T}, {@code TOTAL}) codes.
 */
public final class Selection {
  /** CBS total codes: {@code T001038} (sexes), {@code T001019} (marital status), {@code 10000} (ages). */
  private static final String CBS_TOTAL = "^(T00\\\\d{4}|10000|T)$";

  private Selection() {}

  /** The measure key without its CBS position suffix: {@code Immigratie_1} → {@code Immigratie}. */
  public static Column measureStem() {
    return regexp_replace(col("measure"), "_\\d+$", "");
  }

  /** Rows whose measure stem is one of these. */
  public static Column measureIs(String... stems) {
    return measureStem().isin((Object[]) stems);
  }

  /** Rows where every dimension in {@code dims} except the given ones is at a total code. */
  public static Column totalsExcept(String... kept) {
    String keptList = Arrays.stream(kept).map(k -> "'" + k + "'").collect(Collectors.joining(","));
    String keep = kept.length == 0 ? "false" : "e.key IN (" + keptList + ")";
    return expr("forall(map_entries(dims), e -> " + keep + " OR e.value IN ('T', 'TOTAL')"
        + " OR e.value RLIKE '" + CBS_TOTAL + "')");
  }

  /** Every row. */
  public static Column any() {
    return lit(true);
  }

  /** The value of one dimension. */
  public static Column dim(String name) {
    return col("dims").getItem(name);
  }

  /** Annual observations only. */
  public static Column annual() {
    return col("frequency").equalTo(lit("A"));
  }

  /** The period of an annual observation as an integer year. */
  public static Column year() {
    return col("period").cast("int");
  }
}
