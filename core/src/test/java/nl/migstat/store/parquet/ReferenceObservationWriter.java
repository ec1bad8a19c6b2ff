package nl.migstat.store.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.Columns;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Schemas;
import nl.migstat.model.TableColumn;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;

/**
 * A test oracle: observations written through parquet-java's own {@link ParquetWriter} (its record
 * writer, dictionaries, levels and statistics) in the same schema, {@link
 * ParquetSchemas#OBSERVATIONS}, each value put in its field by name.
 */
final class ReferenceObservationWriter {
  private ReferenceObservationWriter() {}

  /** Writes {@code rows} to {@code file}, Snappy-compressed and dictionary-encoded. */
  static void write(Path file, List<Observation> rows) throws IOException {
    try (ParquetWriter<Observation> out =
        new Builder(new org.apache.hadoop.fs.Path(file.toUri()))
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withDictionaryEncoding(true)
            .withWriteMode(ParquetFileWriter.Mode.CREATE)
            .build()) {
      for (Observation o : rows) {
        out.write(o);
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Observation, Builder> {
    Builder(org.apache.hadoop.fs.Path path) {
      super(path);
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

  /** One observation as one record, field by field in the order the schema declares them. */
  private static final class Support extends WriteSupport<Observation> {
    private final MessageType schema = ParquetSchemas.OBSERVATIONS;
    private RecordConsumer out;

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Observation o) {
      out.startMessage();
      for (TableColumn c : Schemas.OBSERVATIONS.columns()) {
        String name = c.name();
        int index = schema.getFieldIndex(name);
        switch (name) {
          case Columns.SOURCE -> string(name, index, o.source());
          case Columns.MEASURE -> string(name, index, o.measure());
          case Columns.PERIOD -> string(name, index, o.period());
          case Columns.FREQUENCY -> string(name, index, o.frequency());
          case Columns.PERIOD_START ->
              day(name, index, PeriodSpan.of(o.period()).map(PeriodSpan::start).orElse(null));
          case Columns.PERIOD_END ->
              day(name, index, PeriodSpan.of(o.period()).map(PeriodSpan::end).orElse(null));
          case Columns.REGION -> string(name, index, o.region());
          case Columns.DIMS -> map(name, index, o.dims());
          case Columns.VALUE -> {
            if (o.value() != null) {
              out.startField(name, index);
              out.addDouble(o.value());
              out.endField(name, index);
            }
          }
          case Columns.STATUS -> string(name, index, o.statusCode());
          case Columns.STATES -> string(name, index, o.statesCode());
          case Columns.SOURCE_FLAG -> string(name, index, o.sourceFlag());
          case Columns.ORIGIN -> string(name, index, o.origin());
          default -> throw new IllegalStateException("no value for column " + name);
        }
      }
      out.endMessage();
    }

    private void day(String name, int index, LocalDate value) {
      if (value != null) {
        out.startField(name, index);
        out.addInteger((int) value.toEpochDay());
        out.endField(name, index);
      }
    }

    private void string(String name, int index, String value) {
      if (value != null) {
        out.startField(name, index);
        out.addBinary(Binary.fromString(value));
        out.endField(name, index);
      }
    }

    /** A map column: a group holding one repeated key-value group per entry (none when empty). */
    private void map(String name, int index, Map<String, String> map) {
      GroupType group = schema.getType(name).asGroupType();
      String entries = ParquetSchemas.MAP_ENTRIES;
      int entriesIndex = group.getFieldIndex(entries);
      GroupType entry = group.getType(entries).asGroupType();
      out.startField(name, index);
      out.startGroup();
      if (!map.isEmpty()) {
        out.startField(entries, entriesIndex);
        for (Map.Entry<String, String> e : map.entrySet()) {
          out.startGroup();
          string(ParquetSchemas.MAP_KEY, entry.getFieldIndex(ParquetSchemas.MAP_KEY), e.getKey());
          string(
              ParquetSchemas.MAP_VALUE,
              entry.getFieldIndex(ParquetSchemas.MAP_VALUE),
              e.getValue());
          out.endGroup();
        }
        out.endField(entries, entriesIndex);
      }
      out.endGroup();
      out.endField(name, index);
    }
  }
}
