package nl.migstat.chapters;

import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Yearly national series cut from the observations: columns {@code year, value, status, source}.
 */
public final class Series {
  /** Region codes of the Netherlands as a whole: CBS {@code NL01}, Eurostat {@code NL}. */
  public static final Column NATIONAL = col("region").isNull().or(col("region").isin("NL01", "NL"));

  private Series() {}

  /** The annual national figures of the rows matching {@code which}, all other dims at totals. */
  public static Dataset<Row> national(Dataset<Row> observations, Column which) {
    return observations
        .where(Selection.annual().and(NATIONAL).and(which).and(Selection.totalsExcept()))
        .select(Selection.year().as(YEAR), col("value"), col("status"), col("source"));
  }

  /** The same for one Eurostat country (or aggregate) code. */
  public static Dataset<Row> country(Dataset<Row> observations, Column which) {
    return observations
        .where(Selection.annual().and(which).and(Selection.totalsExcept()))
        .select(
            Selection.year().as(YEAR),
            col("region").as("country"),
            col("value"),
            col("status"),
            col("source"));
  }

  /** A series with its columns renamed to {@code <name>} and {@code <name>_status}. */
  public static Dataset<Row> named(Dataset<Row> series, String name) {
    return series.select(col(YEAR), col("value").as(name), col("status").as(statusColumn(name)));
  }

  /** The literal status of ordinary figures (null), typed for unions. */
  public static Column noStatus() {
    return lit(null).cast("string");
  }
}
