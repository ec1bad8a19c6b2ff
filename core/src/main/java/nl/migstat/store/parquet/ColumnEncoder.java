package nl.migstat.store.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * One column of the current row group: levels and values of the open page, and the pages already
 * encoded. Levels follow the Parquet rules for the project's schemas: an optional column has
 * definition level 1 for a value and 0 for null; a map's key and value columns have one entry per
 * map entry (repetition level 0 for a row's first entry, 1 after) and one entry with definition
 * level 0 for an empty map.
 */
abstract class ColumnEncoder {
  final ColumnDescriptor descriptor;
  final int maxDefinition;
  final int maxRepetition;
  private final List<Page> pages = new ArrayList<>();
  private int[] definitions;
  private int[] repetitions;

  /** Level entries (values and nulls) in the open page. */
  private int entries;

  private long nulls;

  /**
   * For a repeated column: entries per row if equal for all rows of the page so far, 0 before the
   * first, -1 if not.
   */
  private int period;

  private int rowStart;

  ColumnEncoder(ColumnDescriptor descriptor) {
    this.descriptor = descriptor;
    this.maxDefinition = descriptor.getMaxDefinitionLevel();
    this.maxRepetition = descriptor.getMaxRepetitionLevel();
    this.definitions = new int[maxDefinition > 0 ? ColumnFile.PAGE_ROWS : 0];
    this.repetitions = maxRepetition > 0 ? new int[ColumnFile.PAGE_ROWS] : null;
  }

  /** The column's path in the schema, for messages. */
  final String name() {
    return String.join(".", descriptor.getPath());
  }

  /**
   * A null at position 0 of a required top-level column (a null in a map's key or value column
   * stands for an empty map, which is allowed): the file would hold a row without its value.
   */
  final IllegalArgumentException requiredValueMissing() {
    return new IllegalArgumentException("no value for required column " + name());
  }

  final void level(int definition, int repetition) {
    if (maxDefinition > 0 && entries == definitions.length) {
      definitions = Arrays.copyOf(definitions, entries * 2);
      if (repetitions != null) {
        repetitions = Arrays.copyOf(repetitions, entries * 2);
      }
    }
    if (maxDefinition > 0) { // a required column stores no levels
      definitions[entries] = definition;
    }
    if (repetitions != null) {
      repetitions[entries] = repetition;
      if (repetition == 0 && entries > 0) {
        rowEnded();
      }
    }
    entries++;
    if (definition < maxDefinition) {
      nulls++;
    }
  }

  /** Appends one row of {@code n} (> 0) entries that all have a value: a map's entries. */
  final void rowOfValues(int n) {
    if (entries + n > definitions.length) {
      int size = Math.max(entries + n, definitions.length * 2);
      definitions = Arrays.copyOf(definitions, size);
      repetitions = Arrays.copyOf(repetitions, size);
    }
    if (entries > 0) {
      rowEnded();
    }
    Arrays.fill(definitions, entries, entries + n, maxDefinition);
    repetitions[entries] = 0;
    Arrays.fill(repetitions, entries + 1, entries + n, 1);
    entries += n;
  }

  /** A row of a repeated column ended at {@code entries}: is the page still one length per row? */
  private void rowEnded() {
    int length = entries - rowStart;
    period = period == 0 ? length : period == length ? period : -1;
    rowStart = entries;
  }

  /**
   * The encoding of levels or ids: the hybrid, or for a repeated column whose rows all had the same
   * number of entries, bit-packed by repeating the bytes of one period where the sequence repeats
   * per row (the keys of a map, its repetition levels), which is exact and skips the packing of
   * every entry.
   */
  final byte[] encode(int[] values, int count, int width) {
    return period > 1
        ? HybridEncoding.periodic(values, count, width, period)
        : HybridEncoding.hybrid(values, count, width);
  }

  /** Encodes the open page (levels, then the values in this column's encoding). */
  final void endPage(int rows) throws IOException {
    if (repetitions != null && entries > 0) {
      rowEnded();
    }
    Statistics<?> statistics = Statistics.createStats(descriptor.getPrimitiveType());
    statistics.incrementNumNulls(nulls);
    Encoding encoding = valueEncoding();
    BytesInput values = values(statistics);
    BytesInput raw =
        BytesInput.concat(
            levels(repetitions, maxRepetition, false),
            levels(definitions, maxDefinition, true),
            values);
    byte[] plain = raw.toByteArray();
    pages.add(
        new Page(
            BytesInput.from(Snappy.compress(plain)),
            plain.length,
            entries,
            rows,
            statistics,
            encoding));
    entries = 0;
    nulls = 0;
    period = 0;
    rowStart = 0;
  }

  /** Repetition or definition levels, with their length; a definition level below max is a null. */
  private BytesInput levels(int[] levels, int max, boolean definition) throws IOException {
    if (max == 0) {
      return BytesInput.empty();
    }
    int width = BytesUtils.getWidthFromMaxInt(max);
    byte[] encoded =
        definition && (nulls == 0 || nulls == entries)
            ? HybridEncoding.run(entries, nulls == 0 ? max : 0, width) // no or only nulls: one run
            : encode(levels, entries, width);
    return BytesInput.concat(BytesInput.fromInt(encoded.length), BytesInput.from(encoded));
  }

  /** The open page's non-null values, encoded; adds them to the page statistics. */
  abstract BytesInput values(Statistics<?> statistics) throws IOException;

  /** The encoding of the open page's values (asked before {@link #values}). */
  abstract Encoding valueEncoding();

  /**
   * Writes the row group's chunk of this column (dictionary page, data pages) and starts afresh.
   */
  final void writeChunk(ParquetFileWriter file) throws IOException {
    long values = pages.stream().mapToLong(Page::values).sum();
    file.startColumn(descriptor, values, CompressionCodecName.SNAPPY);
    writeDictionary(file);
    for (Page p : pages) {
      // RLE levels (none are stored where the maximum level is 0, which readers know).
      file.writeDataPage(
          p.values(),
          p.uncompressedSize(),
          p.bytes(),
          p.statistics(),
          p.rows(),
          Encoding.RLE,
          Encoding.RLE,
          p.valueEncoding());
    }
    file.endColumn();
    pages.clear();
  }

  /** Writes the row group's dictionary page, for a dictionary-encoded column. */
  void writeDictionary(ParquetFileWriter file) throws IOException {}
}
