package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.YEAR;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Selection;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The citizen group Eurostat's asylum tables are counted for: non-EU citizens in the EU's current
 * composition (EXT_EU27_2020), in the former one (EXT_EU28, before the United Kingdom left), else
 * all citizens; and the break where a country's series changes from one group to another.
 */
final class CitizenGroups {
  static final String CITIZEN = "citizen";

  /** Column holding the group a row counts. */
  static final String CITIZENS = "citizens";

  private static final String[] PREFERENCE = {"EXT_EU27_2020", "EXT_EU28", "TOTAL"};

  private CitizenGroups() {}

  /** Per cell, the rows of the first citizen group in the preference that the source has. */
  static Dataset<Row> preferred(Dataset<Row> rows) {
    return Selection.preferred(rows, CITIZEN, PREFERENCE);
  }

  /**
   * Marks {@code break} on the first year a series counts another citizen group than its year
   * before (Eurostat replaced EXT_EU28 by EXT_EU27_2020 when the United Kingdom left: the two
   * groups differ by the British, so the series is not continuous there). The status becomes the
   * stronger of the row's own and {@code break}.
   *
   * @param rows with {@code year}, {@link #CITIZENS} and {@code status}
   * @param series the columns that identify one series (the country, and the decision …)
   */
  static Dataset<Row> markSwitch(Dataset<Row> rows, String... series) {
    Column[] keys = Arrays.stream(series).map(s -> col(s)).toArray(Column[]::new);
    Column before = lag(col(CITIZENS), 1).over(Window.partitionBy(keys).orderBy(col(YEAR)));
    Column switched = before.isNotNull().and(before.notEqual(col(CITIZENS)));
    return rows.withColumn(
        "status",
        when(switched, Figures.strongest(col("status"), lit(Status.BREAK.code())))
            .otherwise(col("status")));
  }
}
