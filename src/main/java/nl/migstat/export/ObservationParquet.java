package nl.migstat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Writes observations straight to one Parquet file in the layout Spark writes for
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

  /** Writes {@code dir/part-00000-observations.snappy.parquet} and {@code _SUCCESS}. */
  public static void write(Iterable<Observation> observations, Path dir) {
    try {
      Files.createDirectories(dir);
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(
          dir.resolve("part-00000-observations.snappy.parquet").toUri());
      Configuration conf = new Configuration();
      conf.setBoolean("fs.file.impl.disable.cache", false);
      try (ParquetWriter<Observation> w = new Builder(file).withConf(conf)
          .withWriteMode(ParquetFileWriter.Mode.CREATE)
          .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
        for (Observation o : observations) {
          w.write(o);
        }
      }
      Files.deleteIfExists(dir.resolve(".part-00000-observations.snappy.parquet.crc"));
      Files.createFile(dir.resolve("_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      string(0, Columns.SOURCE, o.source(), true);
      string(1, Columns.MEASURE, o.measure(), true);
      string(2, Columns.PERIOD, o.period(), true);
      string(3, Columns.FREQUENCY, o.frequency(), true);
      string(4, Columns.REGION, o.region(), true);
      out.startField(Columns.DIMS, 5);
      out.startGroup();
      if (!o.dims().isEmpty()) {
        out.startField("key_value", 0);
        for (Map.Entry<String, String> d : o.dims().entrySet()) {
          out.startGroup();
          string(0, "key", d.getKey(), true);
          string(1, "value", d.getValue(), true);
          out.endGroup();
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
      string(7, Columns.STATUS, o.statusCode(), true);
      string(8, Columns.SOURCE_FLAG, o.sourceFlag(), true);
      string(9, Columns.ORIGIN, o.origin(), false);
      out.endMessage();
    }

    private void string(int index, String name, String value, boolean shared) {
      if (value == null) {
        return;
      }
      out.startField(name, index);
      Binary b = shared ? binaries.get(value) : null;
      if (b == null) {
        b = Binary.fromString(value);
        if (shared && binaries.size() < 100_000) {
          binaries.put(value, b);
        }
      }
      out.addBinary(b);
      out.endField(name, index);
    }
  }
}
