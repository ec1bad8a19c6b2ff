package nl.migstat.store.spark;

import static nl.migstat.model.Columns.CODE;
import static nl.migstat.model.Columns.DIMENSION;
import static nl.migstat.model.Columns.DIMS;
import static nl.migstat.model.Columns.FILE;
import static nl.migstat.model.Columns.FREQUENCY;
import static nl.migstat.model.Columns.LABEL;
import static nl.migstat.model.Columns.LINE;
import static nl.migstat.model.Columns.MEASURE;
import static nl.migstat.model.Columns.ORIGIN;
import static nl.migstat.model.Columns.PARENT;
import static nl.migstat.model.Columns.PERIOD;
import static nl.migstat.model.Columns.PERIOD_END;
import static nl.migstat.model.Columns.PERIOD_START;
import static nl.migstat.model.Columns.RAW;
import static nl.migstat.model.Columns.REASON;
import static nl.migstat.model.Columns.REGION;
import static nl.migstat.model.Columns.SOURCE;
import static nl.migstat.model.Columns.SOURCE_FLAG;
import static nl.migstat.model.Columns.STATES;
import static nl.migstat.model.Columns.STATUS;
import static nl.migstat.model.Columns.VALUE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Reject;
import nl.migstat.model.Schemas;
import nl.migstat.model.TableSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest tables held in memory as Spark tables of {@link SparkSchemas}, each value put in its
 * column by name: the rejects of a run (and their Parquet folder), and observations and code lists
 * for tests and small reads. A run's observations never go this way (see {@code
 * store.parquet.ObservationPartWriter}).
 */
public final class SparkTables {
  private SparkTables() {}

  /** The observations as a Spark table of {@link SparkSchemas#OBSERVATIONS}. */
  public static Dataset<Row> observations(SparkSession spark, List<Observation> observations) {
    Rows rows = new Rows(Schemas.OBSERVATIONS);
    for (Observation o : observations) {
      Optional<PeriodSpan> span = PeriodSpan.of(o.period());
      rows.set(SOURCE, o.source())
          .set(MEASURE, o.measure())
          .set(PERIOD, o.period())
          .set(FREQUENCY, o.frequency())
          .set(PERIOD_START, span.map(PeriodSpan::start).orElse(null))
          .set(PERIOD_END, span.map(PeriodSpan::end).orElse(null))
          .set(REGION, o.region())
          .set(DIMS, o.dims())
          .set(VALUE, o.value())
          .set(STATUS, o.statusCode())
          .set(STATES, o.statesCode())
          .set(SOURCE_FLAG, o.sourceFlag())
          .set(ORIGIN, o.origin())
          .add();
    }
    return spark.createDataFrame(rows.rows, SparkSchemas.OBSERVATIONS);
  }

  /** Code-list entries, one per source, dimension and code (the first label read wins). */
  public static Dataset<Row> codes(SparkSession spark, List<CodeEntry> codes) {
    Rows rows = new Rows(Schemas.CODES);
    for (CodeEntry c : CodeEntry.firstOfEach(codes)) {
      rows.set(SOURCE, c.source())
          .set(DIMENSION, c.dimension())
          .set(CODE, c.code())
          .set(LABEL, c.label())
          .set(PARENT, c.parent())
          .add();
    }
    return spark.createDataFrame(rows.rows, SparkSchemas.CODES);
  }

  /** Rejected records as a Spark table of {@link SparkSchemas#REJECTS}. */
  public static Dataset<Row> rejects(SparkSession spark, List<Reject> rejects) {
    Rows rows = new Rows(Schemas.REJECTS);
    for (Reject r : rejects) {
      rows.set(FILE, r.file()).set(LINE, r.line()).set(RAW, r.raw()).set(REASON, r.reason()).add();
    }
    return spark.createDataFrame(rows.rows, SparkSchemas.REJECTS);
  }

  /**
   * Writes the rejects into the folder {@code dir} as one Parquet part, through Spark: they are
   * few.
   */
  public static void writeRejects(SparkSession spark, List<Reject> rejects, Path dir) {
    rejects(spark, rejects)
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(dir.toUri().toString());
  }

  /** Rows of one table, filled column by column by name; every column must be set per row. */
  private static final class Rows {
    private final TableSchema table;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private Object[] values;
    private final BitSet filled = new BitSet();

    Rows(TableSchema table) {
      this.table = table;
      table.names().forEach(n -> index.put(n, index.size()));
      values = new Object[index.size()];
    }

    Rows set(String column, Object value) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException(table.name() + " has no column " + column);
      }
      if (filled.get(i)) {
        throw new IllegalStateException(table.name() + ": column " + column + " set twice");
      }
      filled.set(i);
      values[i] = value;
      return this;
    }

    void add() {
      if (filled.cardinality() != values.length) {
        throw new IllegalStateException(
            table.name()
                + ": "
                + filled.cardinality()
                + " values set for "
                + values.length
                + " columns");
      }
      rows.add(RowFactory.create(values));
      values = new Object[values.length];
      filled.clear();
    }
  }
}
