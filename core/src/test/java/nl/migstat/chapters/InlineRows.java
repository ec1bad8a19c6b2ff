package nl.migstat.chapters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.PeriodSpan;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny inline tables for transform tests, written as compact strings. */
public final class InlineRows {
  private InlineRows() {}

  /**
   * A yearly series from {@code "2019=1000"}, {@code "2020=1100 provisional"}, {@code "2021=
   * not_available"}.
   */
  public static Dataset<Row> series(String... points) {
    List<Row> rows = new ArrayList<>();
    for (String p : points) {
      String[] yv = p.split("=", 2);
      String[] vs = yv[1].split(" ", 2);
      Double value = vs[0].isEmpty() ? null : Double.valueOf(vs[0]);
      rows.add(
          RowFactory.create(Integer.valueOf(yv[0]), value, vs.length > 1 ? vs[1] : null, "test"));
    }
    StructType schema =
        new StructType()
            .add("year", DataTypes.IntegerType)
            .add("value", DataTypes.DoubleType)
            .add("status", DataTypes.StringType)
            .add("source", DataTypes.StringType);
    return TestSpark.session().createDataFrame(rows, schema);
  }

  /**
   * Observations from {@code "source|measure|period|region|dim=code,dim=code|value|states"}
   * (frequency M for {@code 2023-12}, else A unless the period has a dash; the states as stored,
   * {@code break,provisional}, the status their first).
   */
  public static Dataset<Row> observations(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      Map<String, String> dims = new TreeMap<>();
      if (!f[4].isEmpty()) {
        Arrays.stream(f[4].split(","))
            .map(kv -> kv.split("=", 2))
            .forEach(kv -> dims.put(kv[0], kv[1]));
      }
      Double value = f[5].isEmpty() ? null : Double.valueOf(f[5]);
      String states = f[6].isEmpty() ? null : f[6];
      String status = states == null ? null : states.split(",")[0];
      PeriodSpan span = PeriodSpan.of(f[2]).orElse(null);
      rows.add(
          RowFactory.create(
              f[0],
              f[1],
              f[2],
              f[2].matches("\\d{4}-\\d{2}") ? "M" : f[2].contains("-") ? "Q" : "A",
              span == null ? null : span.start(),
              span == null ? null : span.end(),
              f[3].isEmpty() ? null : f[3],
              dims,
              value,
              status,
              states,
              status == null ? null : "?",
              "inline"));
    }
    return TestSpark.session().createDataFrame(rows, SparkSchemas.OBSERVATIONS);
  }

  /** Code-list rows from {@code "source|dimension|code|label"}. */
  public static Dataset<Row> codes(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      rows.add(RowFactory.create(f[0], f[1], f[2], f[3], null));
    }
    return TestSpark.session().createDataFrame(rows, SparkSchemas.CODES);
  }
}
