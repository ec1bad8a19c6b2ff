package nl.migstat.harmonise;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How a split municipality's figures go to its successors when a finer geography says so (the
 * buurten of the year before the split, each wholly in one successor), in place of the single
 * documented population share of {@code codelists/municipal-changes.csv}: one share per
 * municipality, year, key (e.g. a background group) and reference-year successor.
 *
 * @param shares columns {@code a_region} (the split municipality's own code), {@code a_year},
 *     {@code a_key}, {@code a_target} (a reference-year municipality) and {@code a_share}; the
 *     shares of one municipality, year and key sum to 1 and name every successor
 * @param key the key of an observation row, as an expression on the observation schema (null where
 *     no allocation applies: that row keeps the documented share and is marked {@code estimated})
 */
public record SplitAllocation(Dataset<Row> shares, Column key) {
  public static final String REGION = "a_region";
  public static final String YEAR = "a_year";
  public static final String KEY = "a_key";
  public static final String TARGET = "a_target";
  public static final String SHARE = "a_share";
}
