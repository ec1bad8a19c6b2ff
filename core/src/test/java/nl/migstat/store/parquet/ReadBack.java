package nl.migstat.store.parquet;

import static org.apache.spark.sql.functions.input_file_name;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.Columns;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Schemas;
import nl.migstat.model.TableColumn;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Row;

/**
 * Observations as Spark, parquet-java and DuckDB read them back from part files, each row as its
 * values in the declared column order ({@link Schemas#OBSERVATIONS}): strings, {@code Double}s,
 * days as {@link LocalDate}s, the map as a {@link TreeMap}, null for no value; rows sorted, so that
 * every reader's rows and the observations written compare with {@code equals} (doubles by their
 * bits).
 */
final class ReadBack {
  private static final List<TableColumn> COLUMNS = Schemas.OBSERVATIONS.columns();

  private ReadBack() {}

  /** The rows the observations should read back as. */
  static List<List<Object>> expected(List<Observation> observations) {
    List<List<Object>> rows = new ArrayList<>();
    for (Observation o : observations) {
      Map<String, Object> byName = new TreeMap<>();
      byName.put(Columns.SOURCE, o.source());
      byName.put(Columns.MEASURE, o.measure());
      byName.put(Columns.PERIOD, o.period());
      byName.put(Columns.FREQUENCY, o.frequency());
      Optional<PeriodSpan> span = PeriodSpan.of(o.period());
      byName.put(Columns.PERIOD_START, span.map(PeriodSpan::start).orElse(null));
      byName.put(Columns.PERIOD_END, span.map(PeriodSpan::end).orElse(null));
      byName.put(Columns.REGION, o.region());
      byName.put(Columns.DIMS, new TreeMap<>(o.dims()));
      byName.put(Columns.VALUE, o.value());
      byName.put(Columns.STATUS, o.statusCode());
      byName.put(Columns.STATES, o.statesCode());
      byName.put(Columns.SOURCE_FLAG, o.sourceFlag());
      byName.put(Columns.ORIGIN, o.origin());
      assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(Schemas.OBSERVATIONS.names());
      rows.add(COLUMNS.stream().map(c -> byName.get(c.name())).toList());
    }
    return sorted(rows);
  }

  /** Spark's rows of every part file in {@code dir}, by file name. */
  static Map<String, List<List<Object>>> spark(Path dir) {
    List<Row> read =
        TestSpark.session()
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(dir.toUri().toString())
            .withColumn("_file", input_file_name())
            .collectAsList();
    Map<String, List<List<Object>>> byFile = new TreeMap<>();
    for (Row r : read) {
      List<Object> row = new ArrayList<>();
      for (TableColumn c : COLUMNS) {
        int i = r.fieldIndex(c.name());
        row.add(
            r.isNullAt(i)
                ? null
                : switch (c.type()) {
                  case STRING -> r.getString(i);
                  case DOUBLE -> r.getDouble(i);
                  case STRING_MAP -> new TreeMap<>(r.<String, String>getJavaMap(i));
                  case LONG -> r.getLong(i);
                  case DATE -> day(r.get(i));
                });
      }
      String file = r.getString(r.fieldIndex("_file"));
      byFile
          .computeIfAbsent(file.substring(file.lastIndexOf('/') + 1), f -> new ArrayList<>())
          .add(row);
    }
    byFile.replaceAll((f, rows) -> sorted(rows));
    return byFile;
  }

  /** parquet-java's rows of one file, through its example {@link Group} reader. */
  static List<List<Object>> parquetJava(Path file) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
            .build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        List<Object> row = new ArrayList<>();
        for (TableColumn c : COLUMNS) {
          String name = c.name();
          row.add(
              g.getFieldRepetitionCount(name) == 0
                  ? null
                  : switch (c.type()) {
                    case STRING -> g.getString(name, 0);
                    case DOUBLE -> g.getDouble(name, 0);
                    case STRING_MAP -> map(g.getGroup(name, 0));
                    case LONG -> g.getLong(name, 0);
                    case DATE -> LocalDate.ofEpochDay(g.getInteger(name, 0));
                  });
        }
        rows.add(row);
      }
    }
    return sorted(rows);
  }

  private static TreeMap<String, String> map(Group map) {
    TreeMap<String, String> entries = new TreeMap<>();
    for (int i = 0; i < map.getFieldRepetitionCount(ParquetSchemas.MAP_ENTRIES); i++) {
      Group entry = map.getGroup(ParquetSchemas.MAP_ENTRIES, i);
      entries.put(
          entry.getString(ParquetSchemas.MAP_KEY, 0), entry.getString(ParquetSchemas.MAP_VALUE, 0));
    }
    return entries;
  }

  /** DuckDB's rows of every part file in {@code dir}, by file name. */
  static Map<String, List<List<Object>>> duckDb(Path dir) throws SQLException {
    Map<String, List<List<Object>>> byFile = new TreeMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery(
                "SELECT * FROM read_parquet('"
                    + dir.resolve("*.parquet")
                    + "', filename = true)")) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (TableColumn c : COLUMNS) {
          Object v = rs.getObject(c.name());
          row.add(v instanceof Map<?, ?> m ? stringMap(m) : day(v));
        }
        String file = rs.getString("filename");
        byFile
            .computeIfAbsent(file.substring(file.lastIndexOf('/') + 1), f -> new ArrayList<>())
            .add(row);
      }
    }
    byFile.replaceAll((f, rows) -> sorted(rows));
    return byFile;
  }

  /**
   * A day as Spark ({@code java.sql.Date} or {@code LocalDate}) or DuckDB gives it, as LocalDate.
   */
  private static Object day(Object v) {
    return v instanceof java.sql.Date d ? d.toLocalDate() : v;
  }

  private static TreeMap<String, String> stringMap(Map<?, ?> m) {
    TreeMap<String, String> entries = new TreeMap<>();
    m.forEach((k, v) -> entries.put((String) k, (String) v));
    return entries;
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(ROWS);
    return copy;
  }

  /** Value by value: null first, then strings, doubles and maps in their natural order. */
  private static final Comparator<List<Object>> ROWS =
      (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int c = compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
      return a.toString().compareTo(b.toString());
    }
    return ((Comparable) a).compareTo(b);
  }
}
