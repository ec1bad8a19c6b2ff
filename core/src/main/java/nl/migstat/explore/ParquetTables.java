package nl.migstat.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a Parquet folder as Spark writes it ({@code part-*.parquet} beside {@code _SUCCESS}) into a
 * Tablesaw table with Apache parquet-java (the same library Spark writes with), without Hadoop's
 * file systems and without Spark.
 */
public final class ParquetTables {
  private ParquetTables() {}

  /** Every part file of the folder, in name order, as one table named {@code name}. */
  public static Table read(Path folder, String name) {
    List<Path> parts = parts(folder);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no Parquet part files in " + folder);
    }
    Table table = null;
    for (Path part : parts) {
      Table one = readFile(part, name);
      table = table == null ? one : table.append(one);
    }
    return table;
  }

  static List<Path> parts(Path folder) {
    if (Files.isRegularFile(folder)) {
      return List.of(folder);
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static Table readFile(Path file, String name) {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<Column<?>> columns = new ArrayList<>();
      for (Type field : schema.getFields()) {
        columns.add(emptyColumn(field));
      }
      ColumnIOFactory io = new ColumnIOFactory();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            io.getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          Group row = records.read();
          for (int c = 0; c < columns.size(); c++) {
            append(columns.get(c), row, c, schema.getType(c));
          }
        }
      }
      return Table.create(name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Parquet file " + file, e);
    }
  }

  private static Column<?> emptyColumn(Type field) {
    String name = field.getName();
    if (!field.isPrimitive()) {
      return StringColumn.create(name);
    }
    PrimitiveType type = field.asPrimitiveType();
    switch (type.getPrimitiveTypeName()) {
      case INT32:
        return IntColumn.create(name);
      case INT64:
        return LongColumn.create(name);
      case FLOAT:
      case DOUBLE:
        return DoubleColumn.create(name);
      case BOOLEAN:
        return BooleanColumn.create(name);
      default:
        return StringColumn.create(name);
    }
  }

  private static void append(Column<?> column, Group row, int field, Type type) {
    if (row.getFieldRepetitionCount(field) == 0) {
      column.appendMissing();
    } else if (!type.isPrimitive()) {
      ((StringColumn) column).append(nestedText(row.getGroup(field, 0)));
    } else if (column instanceof IntColumn ints) {
      ints.append(row.getInteger(field, 0));
    } else if (column instanceof LongColumn longs) {
      longs.append(row.getLong(field, 0));
    } else if (column instanceof DoubleColumn doubles) {
      doubles.append(
          type.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT
              ? row.getFloat(field, 0)
              : row.getDouble(field, 0));
    } else if (column instanceof BooleanColumn booleans) {
      booleans.append(row.getBoolean(field, 0));
    } else {
      ((StringColumn) column).append(text(row, field, type));
    }
  }

  private static String text(Group row, int field, Type type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical == null || logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
      return row.getString(field, 0);
    }
    return row.getValueToString(field, 0);
  }

  /**
   * A map such as the observations' {@code dims} as {@code key=value; key=value}: Spark writes a
   * map as a repeated {@code key_value} group.
   */
  private static String nestedText(Group group) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < group.getType().getFieldCount(); i++) {
      for (int r = 0; r < group.getFieldRepetitionCount(i); r++) {
        Type type = group.getType().getType(i);
        if (type.isPrimitive()) {
          parts.add(group.getValueToString(i, r));
        } else {
          Group entry = group.getGroup(i, r);
          parts.add(entryText(entry));
        }
      }
    }
    return String.join("; ", parts);
  }

  private static String entryText(Group entry) {
    if (entry.getType().getFieldCount() == 2 && entry.getFieldRepetitionCount(0) > 0) {
      String value = entry.getFieldRepetitionCount(1) > 0 ? entry.getValueToString(1, 0) : "";
      return String.format(Locale.ROOT, "%s=%s", entry.getValueToString(0, 0), value);
    }
    return nestedText(entry);
  }

  /** A local file as parquet-java's {@link InputFile}, so no Hadoop file system is started. */
  private record LocalFile(Path path) implements InputFile {
    @Override
    public long getLength() throws IOException {
      return Files.size(path);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
      return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }
      };
    }
  }
}
