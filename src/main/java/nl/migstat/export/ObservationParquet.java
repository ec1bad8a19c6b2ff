package nl.migstat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.migstat.model.Columns;
import nl.migstat.model.Observation;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes observations straight to Parquet part files in the layout Spark writes for
 * {@link nl.migstat.model.Schemas#OBSERVATIONS} (strings, a string map, a double), without
 * handing millions of rows to Spark as a local relation: {@code createDataFrame} of a local list
 * serialises the whole list into the task and copies it in every plan rewrite (BENCHMARKS.md).
 */
public final class ObservationParquet {
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message spark_schema {\n"
      + " required binary " + Columns.SOURCE + " (STRING);\n"
      + " required binary " + Columns.MEASURE + " (STRING);\n"
      + " optional binary " + Columns.PERIOD + " (STRING);\n"
      + " optional binary " + Columns.FREQUENCY + " (STRING);\n"
      + " optional binary " + Columns.REGION + " (STRING);\n"
      + " required group " + Columns.DIMS + " (MAP) {\n"
      + "  repeated group key_value { required binary key (STRING); required binary value (STRING); }\n"
      + " }\n"
      + " optional double " + Columns.VALUE + ";\n"
      + " optional binary " + Columns.STATUS + " (STRING);\n"
      + " optional binary " + Columns.SOURCE_FLAG + " (STRING);\n"
      + " required binary " + Columns.ORIGIN + " (STRING);\n"
      + "}");

  private ObservationParquet() {}

  /** Marks a folder of part files complete for Spark ({@code _SUCCESS}), once every part is closed. */
  public static void finish(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.createFile(dir.resolve("_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One part file {@code part-NNNNN-observations.snappy.parquet} under a folder, written row by row
   * as a reader produces observations (nothing is held beyond the current row group). Parts of one
   * folder may be written by different threads, one writer each; Spark reads them as one table.
   */
  public static final class PartWriter implements AutoCloseable {
    private final Path dir;
    private final String name;
    private final ParquetWriter<Observation> writer;
    private long rows;

    public PartWriter(Path dir, int part) {
      this.dir = dir;
      this.name = String.format(java.util.Locale.ROOT, "part-%05d-observations.snappy.parquet", part);
      try {
        Files.createDirectories(dir);
        Configuration conf = new Configuration();
        conf.setBoolean("fs.file.impl.disable.cache", false);
        writer = new Builder(new org.apache.hadoop.fs.Path(dir.resolve(name).toUri())).withConf(conf)
            .withWriteMode(ParquetFileWriter.Mode.CREATE)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            // origin (file:line) is unique per row: a dictionary for it only costs time.
            .withDictionaryEncoding(Columns.ORIGIN, false).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void write(Observation o) {
      try {
        writer.write(o);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows++;
    }

    /** Rows written so far. */
    public long rows() {
      return rows;
    }

    @Override
    public void close() {
      try {
        writer.close();
        Files.deleteIfExists(dir.resolve("." + name + ".crc"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Observation, Builder> {
    Builder(org.apache.hadoop.fs.Path file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Observation> getWriteSupport(Configuration conf) {
      return new Support();
    }
  }

  /** One record per observation; repeated strings (codes, sources) are converted once. */
  private static final class Support extends WriteSupport<Observation> {
    private final Map<String, Binary> binaries = new HashMap<>();
    private RecordConsumer out;

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(SCHEMA, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      out = recordConsumer;
    }

    @Override
    public void write(Observation o) {
      out.startMessage();
      string(0, Columns.SOURCE, o.source(), 0);
      string(1, Columns.MEASURE, o.measure(), 1);
      string(2, Columns.PERIOD, o.period(), 2);
      string(3, Columns.FREQUENCY, o.frequency(), 3);
      string(4, Columns.REGION, o.region(), 4);
      out.startField(Columns.DIMS, 5);
      out.startGroup();
      if (!o.dims().isEmpty()) {
        out.startField("key_value", 0);
        int slot = FIRST_DIM_SLOT;
        for (Map.Entry<String, String> d : o.dims().entrySet()) {
          out.startGroup();
          string(0, "key", d.getKey(), Math.min(slot, LAST_SLOT));
          string(1, "value", d.getValue(), Math.min(slot + 1, LAST_SLOT));
          out.endGroup();
          slot += 2;
        }
        out.endField("key_value", 0);
      }
      out.endGroup();
      out.endField(Columns.DIMS, 5);
      if (o.value() != null) {
        out.startField(Columns.VALUE, 6);
        out.addDouble(o.value());
        out.endField(Columns.VALUE, 6);
      }
      string(7, Columns.STATUS, o.statusCode(), 5);
      string(8, Columns.SOURCE_FLAG, o.sourceFlag(), 6);
      string(9, Columns.ORIGIN, o.origin(), -1);
      out.endMessage();
    }

    private static final int FIRST_DIM_SLOT = 7;
    private static final int LAST_SLOT = FIRST_DIM_SLOT + 2 * 12;
    /** Per slot (column, or dimension position) the last string written and its binary. */
    private final String[] lastString = new String[LAST_SLOT + 1];
    private final Binary[] lastBinary = new Binary[LAST_SLOT + 1];

    /**
     * Writes a string field. Consecutive rows mostly repeat a column's value (the source, a
     * dimension code), so the last one per slot is checked first, then a map of recent ones;
     * {@code slot} -1 for values that never repeat (origin).
     */
    private void string(int index, String name, String value, int slot) {
      if (value == null) {
        return;
      }
      out.startField(name, index);
      Binary b;
      if (slot < 0) {
        b = binary(value);
      } else if (value.equals(lastString[slot])) {
        b = lastBinary[slot];
      } else {
        b = binaries.get(value);
        if (b == null) {
          b = binary(value);
          if (binaries.size() < 100_000) {
            binaries.put(value, b);
          }
        }
        lastString[slot] = value;
        lastBinary[slot] = b;
      }
      out.addBinary(b);
      out.endField(name, index);
    }

    /**
     * Array-backed (not ByteBuffer-backed, as {@code fromString} gives): the writer compares and
     * hashes every value for statistics and dictionaries, much faster on arrays.
     */
    private static Binary binary(String value) {
      return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
