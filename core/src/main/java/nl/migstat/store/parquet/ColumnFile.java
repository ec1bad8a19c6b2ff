package nl.migstat.store.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One Parquet file written column by column: rows go into the open page of every column, pages are
 * encoded every {@code pageRows} rows, and a row group is written out every {@code groupRows} (or
 * sooner, see {@link #DICTIONARY_BYTES}). The subclass binds one encoder to every column of the
 * schema by its name; parquet-java's {@link ParquetFileWriter} writes the page headers, the column
 * and offset indexes and the footer.
 */
abstract class ColumnFile implements AutoCloseable {
  /** Rows per data page: parquet-java's default page row limit, and so its column-index grain. */
  static final int PAGE_ROWS = 20_000;

  /**
   * Rows per row group: bounds the dictionaries and the encoded pages held until the group is
   * written.
   */
  static final int ROW_GROUP_ROWS = 1 << 20;

  /**
   * A row group also ends (at a page end) once its dictionaries hold this many bytes: values that
   * hardly repeat (the origin of each CBS cell) would otherwise grow them with every row.
   */
  static final int DICTIONARY_BYTES = 8 << 20;

  private final ParquetFileWriter file;
  private final MessageType schema;
  private final int pageLimit;
  private final int groupLimit;

  /** The encoders by the schema's column index, as the subclass binds them. */
  private final ColumnEncoder[] bound;

  private List<ColumnEncoder> columns;
  private long rows;
  private int pageRows;
  private int groupRows;

  ColumnFile(Path path, MessageType schema, int pageRows, int groupRows) {
    this.schema = schema;
    this.pageLimit = pageRows;
    this.groupLimit = groupRows;
    this.bound = new ColumnEncoder[schema.getColumns().size()];
    try {
      Files.createDirectories(path.getParent());
      file =
          new ParquetFileWriter(
              new LocalOutputFile(path),
              schema,
              ParquetFileWriter.Mode.CREATE,
              128L << 20,
              0,
              ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
              ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH,
              ParquetProperties.DEFAULT_PAGE_WRITE_CHECKSUM_ENABLED);
      file.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The encoder of the string column at {@code path}: a column's name, or for a map's keys and
   * values the path {@link ParquetSchemas#mapKey} and {@link ParquetSchemas#mapValue} give.
   */
  final DictionaryColumn strings(String... path) {
    return bind(path, PrimitiveTypeName.BINARY, DictionaryColumn::new);
  }

  /** The encoder of the date column called {@code name}. */
  final DateColumn dates(String name) {
    return bind(new String[] {name}, PrimitiveTypeName.INT32, DateColumn::new);
  }

  /** The encoder of the double column called {@code name}. */
  final DoubleColumn doubles(String name) {
    return bind(new String[] {name}, PrimitiveTypeName.DOUBLE, DoubleColumn::new);
  }

  private <C extends ColumnEncoder> C bind(
      String[] path, PrimitiveTypeName type, Function<ColumnDescriptor, C> encoder) {
    String name = String.join(".", path);
    if (!schema.containsPath(path) || !schema.getType(path).isPrimitive()) {
      throw new IllegalArgumentException("the schema has no column " + name + ": " + schema);
    }
    ColumnDescriptor d = schema.getColumnDescription(path);
    if (d.getPrimitiveType().getPrimitiveTypeName() != type) {
      throw new IllegalArgumentException(
          "column " + name + " is " + d.getPrimitiveType() + ", not " + type);
    }
    int index = schema.getColumns().indexOf(d);
    if (bound[index] != null) {
      throw new IllegalStateException("column " + name + " is bound twice");
    }
    C c = encoder.apply(d);
    bound[index] = c;
    return c;
  }

  /** Called once the subclass has bound its encoders: every column must have one. */
  final void allBound() {
    for (int i = 0; i < bound.length; i++) {
      if (bound[i] == null) {
        throw new IllegalStateException(
            "no encoder for column " + String.join(".", schema.getColumns().get(i).getPath()));
      }
    }
    columns = List.of(Arrays.copyOf(bound, bound.length));
  }

  /** After a row has been added to every column. */
  final void rowWritten() {
    rows++;
    if (++pageRows == pageLimit) {
      endPage();
      if (groupRows >= groupLimit || dictionaryBytes() > DICTIONARY_BYTES) {
        endGroup();
      }
    }
  }

  private long dictionaryBytes() {
    long bytes = 0;
    for (ColumnEncoder c : columns) {
      if (c instanceof DictionaryColumn d) {
        bytes += d.dictionaryBytes();
      }
    }
    return bytes;
  }

  private void endPage() {
    try {
      for (ColumnEncoder c : columns) {
        c.endPage(pageRows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    groupRows += pageRows;
    pageRows = 0;
    pageWritten();
  }

  private void endGroup() {
    try {
      file.startBlock(groupRows);
      for (ColumnEncoder c : columns) {
        c.writeChunk(file);
      }
      file.endBlock();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    groupRows = 0;
    groupWritten();
  }

  /** After a page (of every column) is encoded, and before its row group may be written. */
  void pageWritten() {}

  /** After a row group is written: the dictionaries start afresh, their ids with them. */
  void groupWritten() {}

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    if (pageRows > 0) {
      endPage();
    }
    if (groupRows > 0) {
      endGroup();
    }
    try {
      file.end(Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
