package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.Columns;
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import nl.migstat.store.spark.SparkSchemas;
import nl.migstat.store.spark.SparkTables;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.statistics.DoubleStatistics;
import org.apache.parquet.column.statistics.IntStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.io.api.Binary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observations part file against Spark's own writer: the same rows and schema, and statistics
 * per row group and page that are those of the rows.
 */
class ObservationPartWriterTest {
  private static final List<Observation> OBSERVATIONS =
      List.of(
          new Observation(
              "eurostat:migr_asyappctza",
              "PER",
              "2023",
              "A",
              "NL",
              new TreeMap<>(Map.of("citizen", "SY", "sex", "T", "age", "TOTAL")),
              11905.0,
              Status.PROVISIONAL,
              "p",
              "migr_asyappctza.tsv.gz:12"),
          new Observation(
              "eurostat:migr_asyappctza",
              "PER",
              "2022",
              "A",
              "NL",
              new TreeMap<>(Map.of("citizen", "SY")),
              null,
              Status.NOT_AVAILABLE,
              ":",
              "migr_asyappctza.tsv.gz:13"),
          Observation.withStates(
              "eurostat:migr_imm1ctz",
              "NR",
              "2019",
              "A",
              "DE",
              new TreeMap<>(Map.of("citizen", "SY")),
              68750.0,
              StatusSet.of(Status.BREAK, Status.ESTIMATED, Status.PROVISIONAL),
              "bep",
              "migr_imm1ctz.tsv.gz:7"),
          new Observation(
              "cbs:84583NED",
              "AantalInwoners_5",
              null,
              null,
              null,
              null,
              12.5,
              null,
              null,
              "84583NED.csv:2"));

  @Test
  void sparkReadsTheSameRowsAsFromItsOwnWriter(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    try (ObservationPartWriter w = new ObservationPartWriter(dir.resolve("direct"), 0)) {
      OBSERVATIONS.forEach(w::write);
      assertThat(w.rows()).isEqualTo(4);
    }
    PartFolder.finish(dir.resolve("direct"));
    SparkTables.observations(spark, OBSERVATIONS)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct =
        spark
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark =
        spark
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(dir.resolve("spark").toUri().toString());

    assertThat(direct.count()).isEqualTo(4);
    assertThat(direct.orderBy("origin").collectAsList())
        .isEqualTo(viaSpark.orderBy("origin").collectAsList());
    Row first = direct.where("origin = 'migr_asyappctza.tsv.gz:12'").first();
    assertThat(first.<String, String>getJavaMap(first.fieldIndex("dims")))
        .containsEntry("citizen", "SY")
        .hasSize(3);
    assertThat(first.getDouble(first.fieldIndex("value"))).isEqualTo(11905.0);
    assertThat(first.getString(first.fieldIndex("status"))).isEqualTo("provisional");
    assertThat(first.getString(first.fieldIndex("states"))).isEqualTo("provisional");
    // Eurostat 68750 bep: the break is the status, every state is kept, strongest first.
    Row bep = direct.where("origin = 'migr_imm1ctz.tsv.gz:7'").first();
    assertThat(bep.getString(bep.fieldIndex("status"))).isEqualTo("break");
    assertThat(bep.getString(bep.fieldIndex("states"))).isEqualTo("break,provisional,estimated");
    Row plain = direct.where("origin = '84583NED.csv:2'").first();
    assertThat(plain.isNullAt(plain.fieldIndex("states"))).isTrue();
    assertThat(spark.read().parquet(dir.resolve("direct").toUri().toString()).schema().fieldNames())
        .containsExactly(SparkSchemas.OBSERVATIONS.fieldNames());
  }

  /**
   * Many pages and row groups (7 and 56 rows here), with what the page encoding must get right: a
   * column that is null on a whole page before its first value (no dictionary yet), empty and
   * fuller maps, missing figures, cells with several states, repeated origins, non-ASCII codes, and
   * one {@link Dims} shared by runs of 5 rows (as by the cells of a Eurostat line) across page and
   * row-group ends. Every row group's and every page's minimum, maximum and null count are those of
   * its rows.
   */
  @Test
  void pagesAndRowGroupsReadBackAsSparkWritesThem(@TempDir Path dir) throws Exception {
    List<Observation> rows = new ArrayList<>();
    Dims dims = null;
    for (int i = 0; i < 1000; i++) {
      if (i % 5 == 0) {
        int k = i / 5;
        TreeMap<String, String> m = new TreeMap<>();
        for (int d = 0; d < k % 4; d++) {
          m.put("dim" + d, d == 1 ? "Curaçao-" + (k % 5) : "C" + (k % (7 + d)));
        }
        dims = Dims.of(m);
      }
      Status status = i % 11 == 0 ? Status.CONFIDENTIAL : i % 13 == 0 ? Status.PROVISIONAL : null;
      StatusSet states =
          i % 7 == 0 && status == null
              ? StatusSet.of(Status.BREAK, Status.ESTIMATED)
              : StatusSet.of(status).with(i % 5 == 0 && status != null ? Status.BREAK : null);
      rows.add(
          Observation.withStates(
              i < 600 ? "cbs:84910NED" : "eurostat:migr_imm1ctz",
              "M" + (i % 3),
              i % 17 == 0 ? null : Integer.toString(2000 + i % 24),
              i % 17 == 0 ? null : "A",
              i < 10 ? null : i % 9 == 0 ? "GM0363" : "NL",
              dims,
              status == Status.CONFIDENTIAL ? null : (double) (i * 37 % 1001) - 500.5,
              states,
              states.isEmpty() ? null : status == Status.CONFIDENTIAL ? "x" : "p",
              "f.csv:" + (i / 3)));
    }
    Dataset<Row> direct = readsBackAsSparkWritesIt(rows, dir, 7, 50);
    assertThat(direct.where("region = 'GM0363'").count())
        .isEqualTo(rows.stream().filter(o -> "GM0363".equals(o.region())).count());
    assertThat(direct.where("source = 'eurostat:migr_imm1ctz'").count()).isEqualTo(400);

    try (ParquetFileReader reader = open(dir)) {
      List<BlockMetaData> groups = reader.getFooter().getBlocks();
      assertThat(groups).hasSize(18);
      assertThat(groups.stream().mapToLong(BlockMetaData::getRowCount).sum()).isEqualTo(1000);
      ColumnChunkMetaData firstRegion = chunk(groups.get(0), Columns.REGION);
      assertThat(firstRegion.getStatistics().getNumNulls()).isEqualTo(10);
      assertThat(firstRegion.getStatistics().minAsString()).isEqualTo("GM0363");
      assertThat(firstRegion.getStatistics().maxAsString()).isEqualTo("NL");
      ColumnChunkMetaData lastSource = chunk(groups.get(17), Columns.SOURCE);
      assertThat(lastSource.getStatistics().minAsString()).isEqualTo("eurostat:migr_imm1ctz");
      assertThat(reader.readColumnIndex(firstRegion)).isNotNull();
    }
  }

  /**
   * A Eurostat file's shape: every row has the same dimension names, so the map's keys and
   * repetition levels repeat per row and are written by repeating one period's bytes; the codes
   * repeat per line of 30 cells (one page of 60 rows holds two lines, then parts of lines).
   */
  @Test
  void mapsWithTheSameKeysOnEveryRowReadBackAsSparkWritesThem(@TempDir Path dir) throws Exception {
    List<Observation> rows = new ArrayList<>();
    Dims dims = null;
    for (int i = 0; i < 1000; i++) {
      int line = i / 30;
      if (i % 30 == 0) {
        dims =
            Dims.of(
                new TreeMap<>(
                    Map.of(
                        "age",
                        line % 3 == 0 ? "TOTAL" : "Y" + line % 7,
                        "citizen",
                        "C" + line % 11,
                        "sex",
                        line % 2 == 0 ? "F" : "M")));
      }
      rows.add(
          new Observation(
              "eurostat:migr_imm1ctz",
              "NR",
              Integer.toString(1993 + i % 30),
              "A",
              line % 5 == 0 ? "NL" : "BE",
              dims,
              i % 23 == 0 ? null : (double) i,
              null,
              null,
              "migr_imm1ctz.tsv.gz:" + (line + 2)));
    }
    readsBackAsSparkWritesIt(rows, dir, 60, 250);
    try (ParquetFileReader reader = open(dir)) {
      assertThat(reader.getFooter().getBlocks()).hasSize(4);
    }
  }

  /**
   * The writer's speed, not its output, depends on readers handing over the same objects ({@link
   * nl.migstat.model.ObservationSink}): rows whose strings and dimensions are all copies, as a
   * reader that copies every cell would hand them over, give the same bytes as the shared ones.
   */
  @Test
  void copiesOfStringsAndDimsGiveTheSameFileAsSharedObjects(@TempDir Path dir) throws Exception {
    List<Observation> shared = new ArrayList<>();
    Dims dims = null;
    String[] periods = {"2021", "2022", "2023"};
    for (int i = 0; i < 900; i++) {
      if (i % 3 == 0) {
        dims = Dims.of(new TreeMap<>(Map.of("age", "Y" + i % 7, "sex", i % 2 == 0 ? "F" : "M")));
      }
      shared.add(
          new Observation(
              "eurostat:migr_imm1ctz",
              "NR",
              periods[i % 3],
              "A",
              i % 5 == 0 ? "NL" : "BE",
              dims,
              i % 11 == 0 ? null : (double) i,
              i % 11 == 0 ? Status.NOT_AVAILABLE : null,
              i % 11 == 0 ? ":" : null,
              "migr_imm1ctz.tsv:" + i / 3));
    }
    List<Observation> copied =
        shared.stream()
            .map(
                o ->
                    new Observation(
                        copy(o.source()),
                        copy(o.measure()),
                        copy(o.period()),
                        copy(o.frequency()),
                        copy(o.region()),
                        new TreeMap<>(o.dims()),
                        o.value(),
                        o.status(),
                        copy(o.sourceFlag()),
                        copy(o.origin())))
            .toList();
    assertThat(copied.get(1).dims()).isNotSameAs(copied.get(0).dims());
    try (ObservationPartWriter w = new ObservationPartWriter(dir.resolve("shared"), 0, 64, 256)) {
      shared.forEach(w::write);
    }
    try (ObservationPartWriter w = new ObservationPartWriter(dir.resolve("copied"), 0, 64, 256)) {
      copied.forEach(w::write);
    }
    assertThat(ObservationPartWriter.file(dir.resolve("copied"), 0))
        .hasSameBinaryContentAs(ObservationPartWriter.file(dir.resolve("shared"), 0));
  }

  /** A string with the same characters that is not the same object. */
  private static String copy(String s) {
    return s == null ? null : new String(s.toCharArray());
  }

  private static ParquetFileReader open(Path dir) throws java.io.IOException {
    return ParquetFileReader.open(
        HadoopInputFile.fromPath(
            new org.apache.hadoop.fs.Path(
                dir.resolve("direct/part-00000-observations.snappy.parquet").toUri()),
            new Configuration()));
  }

  /**
   * Writes {@code rows} with {@code pageRows} and {@code groupRows} to {@code dir/direct} and with
   * Spark's own writer to {@code dir/spark}, and checks that they read back the same, and that
   * every row group's and every page's minimum, maximum and null count are those of its rows.
   */
  private static Dataset<Row> readsBackAsSparkWritesIt(
      List<Observation> rows, Path dir, int pageRows, int groupRows) throws java.io.IOException {
    SparkSession spark = TestSpark.session();
    try (ObservationPartWriter w =
        new ObservationPartWriter(dir.resolve("direct"), 0, pageRows, groupRows)) {
      rows.forEach(w::write);
    }
    PartFolder.finish(dir.resolve("direct"));
    SparkTables.observations(spark, rows)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct = spark.read().parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark = spark.read().parquet(dir.resolve("spark").toUri().toString());
    assertThat(direct.schema()).isEqualTo(viaSpark.schema());
    assertThat(direct.orderBy("origin", "measure", "period").collectAsList())
        .isEqualTo(viaSpark.orderBy("origin", "measure", "period").collectAsList());

    try (ParquetFileReader reader = open(dir)) {
      List<BlockMetaData> groups = reader.getFooter().getBlocks();
      int first = 0;
      for (BlockMetaData g : groups) {
        List<Observation> group = rows.subList(first, first + (int) g.getRowCount());
        for (ColumnChunkMetaData chunk : g.getColumns()) {
          String where = "row group at row " + first + ", column " + chunk.getPath();
          Statistics<?> stats = chunk.getStatistics();
          List<Object> values = columnValues(group, chunk.getPath());
          assertThat(stats.getNumNulls())
              .as(where)
              .isEqualTo(values.stream().filter(v -> v == null).count());
          assertThat(stats.genericGetMin()).as(where).isEqualTo(extreme(values, -1, stats));
          assertThat(stats.genericGetMax()).as(where).isEqualTo(extreme(values, 1, stats));
          ColumnIndex index = reader.readColumnIndex(chunk);
          for (int page = 0; page < index.getNullCounts().size(); page++) {
            List<Object> inPage =
                columnValues(
                    group.subList(
                        page * pageRows, Math.min(group.size(), page * pageRows + pageRows)),
                    chunk.getPath());
            String p = where + ", page " + page;
            assertThat(index.getNullCounts().get(page))
                .as(p)
                .isEqualTo(inPage.stream().filter(v -> v == null).count());
            if (index.getNullPages().get(page)) {
              assertThat(inPage).as(p).containsOnlyNulls();
            } else {
              assertThat(
                      compare(
                          stats,
                          fromBuffer(stats, index.getMinValues().get(page)),
                          extreme(inPage, -1, stats)))
                  .as(p + " minimum")
                  .isZero();
              assertThat(
                      compare(
                          stats,
                          fromBuffer(stats, index.getMaxValues().get(page)),
                          extreme(inPage, 1, stats)))
                  .as(p + " maximum")
                  .isZero();
            }
          }
        }
        first += (int) g.getRowCount();
      }
    }
    return direct;
  }

  /** The chunk of the column called {@code name} in a row group. */
  private static ColumnChunkMetaData chunk(BlockMetaData group, String name) {
    return group.getColumns().stream()
        .filter(c -> c.getPath().toDotString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The values (null for a null) of {@code rows} in the column at {@code path}, found by its name:
   * one per map entry for the map's keys and values.
   */
  private static List<Object> columnValues(List<Observation> rows, ColumnPath path) {
    String[] names = path.toArray();
    List<Object> out = new ArrayList<>();
    for (Observation o : rows) {
      switch (names[0]) {
        case Columns.SOURCE -> out.add(o.source());
        case Columns.MEASURE -> out.add(o.measure());
        case Columns.PERIOD -> out.add(o.period());
        case Columns.FREQUENCY -> out.add(o.frequency());
        case Columns.PERIOD_START ->
            out.add(PeriodSpan.of(o.period()).map(s -> (int) s.start().toEpochDay()).orElse(null));
        case Columns.PERIOD_END ->
            out.add(PeriodSpan.of(o.period()).map(s -> (int) s.end().toEpochDay()).orElse(null));
        case Columns.REGION -> out.add(o.region());
        case Columns.DIMS -> {
          boolean keys = names[names.length - 1].equals(ParquetSchemas.MAP_KEY);
          if (o.dims().isEmpty()) {
            out.add(null);
          }
          o.dims().forEach((k, v) -> out.add(keys ? k : v));
        }
        case Columns.VALUE -> out.add(o.value());
        case Columns.STATUS -> out.add(o.statusCode());
        case Columns.STATES -> out.add(o.statesCode());
        case Columns.SOURCE_FLAG -> out.add(o.sourceFlag());
        case Columns.ORIGIN -> out.add(o.origin());
        default -> throw new IllegalArgumentException("no column " + path);
      }
    }
    return out;
  }

  /**
   * The smallest ({@code sign} -1) or largest (1) non-null value in Parquet's order for the column.
   */
  private static Object extreme(List<Object> values, int sign, Statistics<?> stats) {
    Object best = null;
    for (Object v : values) {
      if (v == null) {
        continue;
      }
      Object c = v instanceof String text ? Binary.fromString(text) : v;
      if (best == null || Integer.signum(compare(stats, c, best)) == sign) {
        best = c;
      }
    }
    return best;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Statistics<?> stats, Object a, Object b) {
    return ((Comparator) stats.comparator()).compare(a, b);
  }

  private static Object fromBuffer(Statistics<?> stats, ByteBuffer b) {
    if (stats instanceof DoubleStatistics) {
      return b.order(ByteOrder.LITTLE_ENDIAN).getDouble(0);
    }
    return stats instanceof IntStatistics
        ? b.order(ByteOrder.LITTLE_ENDIAN).getInt(0)
        : Binary.fromConstantByteBuffer(b);
  }
}
