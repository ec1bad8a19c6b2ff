package nl.migstat.export;

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
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;
import nl.migstat.model.Schemas;
import nl.migstat.model.Status;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.statistics.DoubleStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.io.api.Binary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationParquetTest {
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
    try (ObservationParquet.PartWriter w =
        new ObservationParquet.PartWriter(dir.resolve("direct"), 0)) {
      OBSERVATIONS.forEach(w::write);
      assertThat(w.rows()).isEqualTo(3);
    }
    ObservationParquet.finish(dir.resolve("direct"));
    IngestOutput.observations(spark, OBSERVATIONS)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct =
        spark.read().schema(Schemas.OBSERVATIONS).parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark =
        spark.read().schema(Schemas.OBSERVATIONS).parquet(dir.resolve("spark").toUri().toString());

    assertThat(direct.count()).isEqualTo(3);
    assertThat(direct.orderBy("origin").collectAsList())
        .isEqualTo(viaSpark.orderBy("origin").collectAsList());
    Row first = direct.where("origin = 'migr_asyappctza.tsv.gz:12'").first();
    assertThat(first.<String, String>getJavaMap(first.fieldIndex("dims")))
        .containsEntry("citizen", "SY")
        .hasSize(3);
    assertThat(first.getDouble(first.fieldIndex("value"))).isEqualTo(11905.0);
    assertThat(first.getString(first.fieldIndex("status"))).isEqualTo("provisional");
    assertThat(spark.read().parquet(dir.resolve("direct").toUri().toString()).schema().fieldNames())
        .containsExactly(Schemas.OBSERVATIONS.fieldNames());
  }

  /**
   * Many pages and row groups (7 and 56 rows here), with what the page encoding must get right: a
   * column that is null on a whole page before its first value (no dictionary yet), empty and
   * fuller maps, missing figures, repeated origins, non-ASCII codes, and one {@link Dims} shared by
   * runs of 5 rows (as by the cells of a Eurostat line) across page and row-group ends. Every row
   * group's and every page's minimum, maximum and null count are those of its rows.
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
      rows.add(
          new Observation(
              i < 600 ? "cbs:84910NED" : "eurostat:migr_imm1ctz",
              "M" + (i % 3),
              i % 17 == 0 ? null : Integer.toString(2000 + i % 24),
              i % 17 == 0 ? null : "A",
              i < 10 ? null : i % 9 == 0 ? "GM0363" : "NL",
              dims,
              status == Status.CONFIDENTIAL ? null : (double) (i * 37 % 1001) - 500.5,
              status,
              status == null ? null : status == Status.CONFIDENTIAL ? "x" : "p",
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
      ColumnChunkMetaData firstRegion = groups.get(0).getColumns().get(4);
      assertThat(firstRegion.getStatistics().getNumNulls()).isEqualTo(10);
      assertThat(firstRegion.getStatistics().minAsString()).isEqualTo("GM0363");
      assertThat(firstRegion.getStatistics().maxAsString()).isEqualTo("NL");
      ColumnChunkMetaData lastSource = groups.get(17).getColumns().get(0);
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
    try (ObservationParquet.PartWriter w =
        new ObservationParquet.PartWriter(dir.resolve("direct"), 0, pageRows, groupRows)) {
      rows.forEach(w::write);
    }
    ObservationParquet.finish(dir.resolve("direct"));
    IngestOutput.observations(spark, rows)
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
        for (int c = 0; c < g.getColumns().size(); c++) {
          ColumnChunkMetaData chunk = g.getColumns().get(c);
          String where = "row group at row " + first + ", column " + chunk.getPath();
          Statistics<?> stats = chunk.getStatistics();
          List<Object> values = columnValues(group, c);
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
                    c);
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

  /**
   * Column {@code c}'s values (null for a null) of {@code rows}: one per map entry for the map's.
   */
  private static List<Object> columnValues(List<Observation> rows, int c) {
    List<Object> out = new ArrayList<>();
    for (Observation o : rows) {
      switch (c) {
        case 0 -> out.add(o.source());
        case 1 -> out.add(o.measure());
        case 2 -> out.add(o.period());
        case 3 -> out.add(o.frequency());
        case 4 -> out.add(o.region());
        case 5, 6 -> {
          if (o.dims().isEmpty()) {
            out.add(null);
          }
          o.dims().forEach((k, v) -> out.add(c == 5 ? k : v));
        }
        case 7 -> out.add(o.value());
        case 8 -> out.add(o.statusCode());
        case 9 -> out.add(o.sourceFlag());
        default -> out.add(o.origin());
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
    return stats instanceof DoubleStatistics
        ? b.order(ByteOrder.LITTLE_ENDIAN).getDouble(0)
        : Binary.fromConstantByteBuffer(b);
  }

  /**
   * The hybrid encoding decodes with parquet-java's decoder, for runs, no runs and every width
   * used.
   */
  @Test
  void hybridEncodingDecodesWithParquetsOwnDecoder() throws Exception {
    java.util.Random random = new java.util.Random(7);
    for (int width : new int[] {0, 1, 2, 3, 5, 8, 11, 16, 20}) {
      int max = width == 0 ? 0 : (1 << width) - 1;
      for (int count : new int[] {1, 7, 8, 9, 64, 1000, 20_001}) {
        int[] values = new int[count];
        for (int i = 0; i < count; ) {
          int v = max == 0 ? 0 : random.nextInt(max + 1);
          int run = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1;
          for (int k = 0; k < run && i < count; k++) {
            values[i++] = v;
          }
        }
        byte[] encoded = ObservationParquet.hybrid(values, count, width);
        org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder decoder =
            new org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder(
                width, new java.io.ByteArrayInputStream(encoded));
        int[] decoded = new int[count];
        for (int i = 0; i < count; i++) {
          decoded[i] = decoder.readInt();
        }
        assertThat(decoded).as("width %d, %d values", width, count).isEqualTo(values);
      }
    }
    assertThat(ObservationParquet.hybrid(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 10, 2))
        .as("one RLE run: header 10 << 1, value in one byte")
        .containsExactly(20, 3);
    int[] ones = new int[20_000];
    java.util.Arrays.fill(ones, 1);
    assertThat(ObservationParquet.run(20_000, 1, 1))
        .as("a page of levels without nulls")
        .isEqualTo(ObservationParquet.hybrid(ones, 20_000, 1));
    for (int width : new int[] {1, 3, 8, 11}) {
      for (int period : new int[] {2, 3, 6, 8, 9, 12}) {
        for (int count : new int[] {5, 40, 1000, 20_003}) {
          int[] values = new int[count];
          for (int i = 0; i < count; i++) {
            values[i] = (i % period * 7 + (i % period == 0 ? 0 : 1)) & ((1 << width) - 1);
          }
          if (count > 500) {
            values[count - 1] ^= 1; // a page that does not repeat to the end takes the hybrid
          }
          int[] decoded = new int[count];
          org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder decoder =
              new org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder(
                  width,
                  new java.io.ByteArrayInputStream(
                      ObservationParquet.periodic(values, count, width, period)));
          for (int i = 0; i < count; i++) {
            decoded[i] = decoder.readInt();
          }
          assertThat(decoded)
              .as("width %d, period %d, %d values", width, period, count)
              .isEqualTo(values);
          if (count > 500) {
            values[count - 1] ^= 1;
            byte[] tiled = ObservationParquet.periodic(values, count, width, period);
            assertThat(tiled)
                .as("tiled: one bit-packed run, %d groups", (count + 7) / 8)
                .hasSize(varintSize((count + 7) / 8 << 1 | 1) + (count + 7) / 8 * width);
            decoder =
                new org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder(
                    width, new java.io.ByteArrayInputStream(tiled));
            for (int i = 0; i < count; i++) {
              decoded[i] = decoder.readInt();
            }
            assertThat(decoded)
                .as("tiled, width %d, period %d, %d values", width, period, count)
                .isEqualTo(values);
          }
        }
      }
    }
    org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder shortRun =
        new org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder(
            9, new java.io.ByteArrayInputStream(ObservationParquet.run(5, 300, 9)));
    for (int i = 0; i < 5; i++) {
      assertThat(shortRun.readInt()).as("a short run, value of two bytes").isEqualTo(300);
    }
  }

  private static int varintSize(int v) {
    int n = 1;
    while ((v >>>= 7) != 0) {
      n++;
    }
    return n;
  }

  /**
   * Code lists written directly: Spark's rows and schema, duplicates dropped (the first label
   * wins).
   */
  @Test
  void codeListsReadBackAsSparkWritesThem(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    List<nl.migstat.model.CodeEntry> codes = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      codes.add(
          new nl.migstat.model.CodeEntry(
              i % 2 == 0 ? "cbs:84583NED" : "eurostat:migr_imm1ctz",
              i % 3 == 0 ? "WijkenEnBuurten" : "citizen",
              "C" + (i % 20_000),
              i % 7 == 0 ? null : "Buurt 's-Hertogenbosch " + i,
              i % 5 == 0 ? "GM0796" : null));
    }
    IngestOutput.writeCodes(dir.resolve("direct"), codes);
    IngestOutput.codes(spark, codes)
        .coalesce(1)
        .write()
        .parquet(dir.resolve("spark").toUri().toString());

    Dataset<Row> direct = spark.read().parquet(dir.resolve("direct").toUri().toString());
    Dataset<Row> viaSpark = spark.read().parquet(dir.resolve("spark").toUri().toString());
    assertThat(direct.schema()).isEqualTo(viaSpark.schema());
    assertThat(direct.count()).isEqualTo(viaSpark.count()).isLessThan(codes.size());
    assertThat(direct.exceptAll(viaSpark).count()).isZero();
    assertThat(viaSpark.exceptAll(direct).count()).isZero();
    assertThat(dir.resolve("direct/_SUCCESS")).exists();
  }
}
