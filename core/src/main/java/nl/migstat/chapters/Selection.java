package nl.migstat.chapters;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Row selections every chapter needs: a measure by its CBS key stem (the {@code _n} suffix changes
 * between table versions), and "every other dimension at its total" for CBS ({@code T001038},
 * {@code 10000}) and Eurostat ({@code T}, {@code TOTAL}) codes.
 */
public final class Selection {
  /**
   * CBS total codes: {@code T001038} (sexes), {@code T001019} (marital status), {@code 10000}
   * (ages).
   */
  private static final String CBS_TOTAL = "^(T00\\d{4}|10000|T)$";

  /** The same pattern as a Spark SQL string literal (backslashes escaped once more). */
  private static final String CBS_TOTAL_SQL = CBS_TOTAL.replace("\\", "\\\\");

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
    return totalsExcept(Set.of(), kept);
  }

  /**
   * The same, with codes a source uses as its total where CBS's usual {@code T00…} is absent
   * (84809NED {@code Verblijfsduur} {@code A027954}).
   */
  public static Column totalsExcept(Set<String> extraTotals, String... kept) {
    String keptList = Arrays.stream(kept).map(k -> "'" + k + "'").collect(Collectors.joining(","));
    String keep = kept.length == 0 ? "false" : "e.key IN (" + keptList + ")";
    String extra = extraTotals.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
    return expr(
        "forall(map_entries(dims), e -> "
            + keep
            + " OR e.value IN ('T', 'TOTAL'"
            + (extra.isEmpty() ? "" : ", " + extra)
            + ") OR e.value RLIKE '"
            + CBS_TOTAL_SQL
            + "')");
  }

  /** Whether a code is a total in CBS or Eurostat spelling. */
  public static Column isTotalCode(Column code) {
    return code.isin("T", "TOTAL").or(code.rlike(CBS_TOTAL));
  }

  /**
   * Removes dimension {@code dim}: keeps its total rows where the input has them, else sums its
   * categories per remaining key (a sum over a missing category is missing), so a table that only
   * gives age bands still yields the all-ages figure.
   */
  public static Dataset<Row> collapse(Dataset<Row> rows, String dim) {
    Column rest = otherDims(dim);
    Column present = dim(dim).isNotNull();
    Dataset<Row> keyed =
        rows.withColumn("__rest", rest).withColumn("__total", present.and(isTotalCode(dim(dim))));
    WindowSpec w =
        Window.partitionBy(
            col("source"), col("measure"), col("period"), col("region"), col("__rest"));
    Dataset<Row> chosen =
        keyed
            .withColumn("__has_total", max(col("__total")).over(w))
            .where(col("__total").or(not(col("__has_total"))));
    return chosen
        .groupBy(
            col("source"),
            col("measure"),
            col("period"),
            col("frequency"),
            col("region"),
            col("__rest"))
        .agg(
            Figures.sumOrMissing(col("value")).as("value"),
            Figures.strongestOver(col("status")).as("status"),
            first(col("source_flag")).as("source_flag"),
            first(col("origin")).as("origin"))
        .withColumn("dims", map_from_entries(col("__rest")))
        .select(
            col("source"),
            col("measure"),
            col("period"),
            col("frequency"),
            col("region"),
            col("dims"),
            col("value"),
            col("status"),
            col("source_flag"),
            col("origin"));
  }

  /**
   * Keeps, per group of rows that differ only in dimension {@code dim}, the rows whose code comes
   * first in {@code preference} (e.g. {@code citizen}: {@code EXT_EU27_2020} before {@code TOTAL});
   * rows with a code not in the list are dropped.
   */
  public static Dataset<Row> preferred(Dataset<Row> rows, String dim, String... preference) {
    Column rank =
        array_position(
            array(Arrays.stream(preference).map(p -> lit(p)).toArray(Column[]::new)), dim(dim));
    Column rest = otherDims(dim);
    WindowSpec w =
        Window.partitionBy(col("source"), col("measure"), col("period"), col("region"), rest);
    return rows.withColumn("__pref", rank)
        .where(col("__pref").gt(0))
        .withColumn("__best", min(col("__pref")).over(w))
        .where(col("__pref").equalTo(col("__best")))
        .drop("__pref", "__best");
  }

  /**
   * The dimensions other than {@code dim} as a sorted array of entries: maps cannot be grouped or
   * partitioned on, their sorted entries can.
   */
  private static Column otherDims(String dim) {
    return expr("array_sort(map_entries(map_filter(dims, (k, v) -> k != '" + dim + "')))");
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
