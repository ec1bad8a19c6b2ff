package nl.migstat.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import nl.migstat.model.Columns;
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.xerial.snappy.Snappy;

/**
 * Writes observations straight to Parquet part files in the layout Spark writes for {@link
 * nl.migstat.model.Schemas#OBSERVATIONS} (strings, a string map, a double), without handing
 * millions of rows to Spark as a local relation: {@code createDataFrame} of a local list serialises
 * the whole list into the task and copies it in every plan rewrite (BENCHMARKS.md).
 *
 * <p>The pages are encoded here, column by column, and only the file layout (page headers, column
 * and offset indexes, footer) is left to parquet-java's {@link ParquetFileWriter}. Its record
 * writer, which this replaced, hashed every string into its dictionary and compared it for the
 * statistics, row by row: 2.5 µs per observation, five times the reading. Here a value that repeats
 * the one before (the source, a dimension code: most of them) costs one {@code equals}, a new value
 * one dictionary look-up, and the statistics are taken once per distinct value and page
 * (BENCHMARKS.md). The code lists are written the same way ({@link #writeStrings}).
 */
public final class ObservationParquet {
  static final MessageType SCHEMA =
      MessageTypeParser.parseMessageType(
          "message spark_schema {\n"
              + " required binary "
              + Columns.SOURCE
              + " (STRING);\n"
              + " required binary "
              + Columns.MEASURE
              + " (STRING);\n"
              + " optional binary "
              + Columns.PERIOD
              + " (STRING);\n"
              + " optional binary "
              + Columns.FREQUENCY
              + " (STRING);\n"
              + " optional binary "
              + Columns.REGION
              + " (STRING);\n"
              + " required group "
              + Columns.DIMS
              + " (MAP) {\n"
              + "  repeated group key_value { required binary key (STRING); required binary value (STRING); }\n"
              + " }\n"
              + " optional double "
              + Columns.VALUE
              + ";\n"
              + " optional binary "
              + Columns.STATUS
              + " (STRING);\n"
              + " optional binary "
              + Columns.SOURCE_FLAG
              + " (STRING);\n"
              + " required binary "
              + Columns.ORIGIN
              + " (STRING);\n"
              + "}");

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

  private ObservationParquet() {}

  /**
   * Marks a folder of part files complete for Spark ({@code _SUCCESS}), once every part is closed.
   */
  public static void finish(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.createFile(dir.resolve("_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of part {@code part} of an observations folder. */
  public static Path partFile(Path dir, int part) {
    return dir.resolve(String.format(Locale.ROOT, "part-%05d-observations.snappy.parquet", part));
  }

  /**
   * One part file {@code part-NNNNN-observations.snappy.parquet} under a folder, written row by row
   * as a reader produces observations (nothing is held beyond the encoded pages of the current row
   * group). Parts of one folder may be written by different threads, one writer each; Spark reads
   * them as one table.
   */
  public static final class PartWriter extends ColumnFile {
    private final DictionaryColumn source;
    private final DictionaryColumn measure;
    private final DictionaryColumn period;
    private final DictionaryColumn frequency;
    private final DictionaryColumn region;
    private final DictionaryColumn dimKey;
    private final DictionaryColumn dimValue;
    private final DoubleColumn value;
    private final DictionaryColumn status;
    private final DictionaryColumn sourceFlag;
    private final DictionaryColumn origin;

    /** The dimensions of the row before and their ids, if that row is in the open page. */
    private SortedMap<String, String> lastDims;

    private int[] keyIds = new int[8];
    private int[] valueIds = new int[8];

    public PartWriter(Path dir, int part) {
      this(dir, part, PAGE_ROWS, ROW_GROUP_ROWS);
    }

    /** With other page and row-group sizes (rows), for tests that need several of each. */
    PartWriter(Path dir, int part, int pageRows, int groupRows) {
      super(partFile(dir, part), SCHEMA, pageRows, groupRows);
      List<ColumnDescriptor> d = SCHEMA.getColumns();
      source = new DictionaryColumn(d.get(0));
      measure = new DictionaryColumn(d.get(1));
      period = new DictionaryColumn(d.get(2));
      frequency = new DictionaryColumn(d.get(3));
      region = new DictionaryColumn(d.get(4));
      dimKey = new DictionaryColumn(d.get(5));
      dimValue = new DictionaryColumn(d.get(6));
      value = new DoubleColumn(d.get(7));
      status = new DictionaryColumn(d.get(8));
      sourceFlag = new DictionaryColumn(d.get(9));
      // Dictionary-encoded too: the cells of a Eurostat line share their origin, so a page holds
      // a few RLE runs instead of the text of every cell (a unique origin per row, as in a CBS
      // table, costs a dictionary entry instead, bounded by DICTIONARY_BYTES per row group).
      origin = new DictionaryColumn(d.get(10));
      columns(
          List.of(
              source,
              measure,
              period,
              frequency,
              region,
              dimKey,
              dimValue,
              value,
              status,
              sourceFlag,
              origin));
    }

    public void write(Observation o) {
      source.add(o.source(), 0);
      measure.add(o.measure(), 0);
      period.add(o.period(), 0);
      frequency.add(o.frequency(), 0);
      region.add(o.region(), 0);
      writeDims(o.dims());
      value.add(o.value());
      status.add(o.statusCode(), 0);
      sourceFlag.add(o.sourceFlag(), 0);
      origin.add(o.origin(), 0);
      rowWritten();
    }

    /**
     * The map's entries, one key and one value per entry (a null of each for an empty map). The
     * cells of a Eurostat line share one {@link Dims}: for the same object as the row before, that
     * row's dictionary ids are written again without looking at the strings.
     */
    private void writeDims(SortedMap<String, String> dims) {
      int n = dims.size();
      if (n == 0) {
        dimKey.add(null, 0);
        dimValue.add(null, 0);
        return;
      }
      if (dims == lastDims) {
        dimKey.addRow(keyIds, n);
        dimValue.addRow(valueIds, n);
        return;
      }
      if (n > keyIds.length) {
        keyIds = new int[n];
        valueIds = new int[n];
      }
      if (dims instanceof Dims d) {
        for (int i = 0; i < n; i++) {
          keyIds[i] = dimKey.add(d.key(i), i);
          valueIds[i] = dimValue.add(d.value(i), i);
        }
      } else {
        int i = 0;
        for (Map.Entry<String, String> e : dims.entrySet()) {
          keyIds[i] = dimKey.add(e.getKey(), i);
          valueIds[i] = dimValue.add(e.getValue(), i);
          i++;
        }
      }
      lastDims = dims;
    }

    @Override
    void pageWritten() {
      lastDims = null; // the ids are repeated within a page only, where its statistics have them
    }
  }

  /**
   * A flat table of strings (the code lists), in one part file {@code
   * part-00000-<name>.snappy.parquet} with {@code _SUCCESS}: every column dictionary-encoded
   * (required where {@code schema} says so, else optional).
   */
  static void writeStrings(Path dir, String name, MessageType schema, Iterable<String[]> rows) {
    try (StringFile out =
        new StringFile(dir.resolve("part-00000-" + name + ".snappy.parquet"), schema)) {
      rows.forEach(out::write);
    }
    finish(dir);
  }

  private static final class StringFile extends ColumnFile {
    private final DictionaryColumn[] strings;

    StringFile(Path file, MessageType schema) {
      super(file, schema, PAGE_ROWS, ROW_GROUP_ROWS);
      strings =
          schema.getColumns().stream().map(DictionaryColumn::new).toArray(DictionaryColumn[]::new);
      columns(List.of(strings));
    }

    void write(String[] row) {
      for (int i = 0; i < strings.length; i++) {
        if (row[i] == null && strings[i].maxDefinition == 0) {
          throw new IllegalArgumentException(
              "no value for required column " + String.join(".", strings[i].descriptor.getPath()));
        }
        strings[i].add(row[i], 0);
      }
      rowWritten();
    }
  }

  /**
   * One Parquet file written column by column: rows go into the open page of every column, pages
   * are encoded every {@code pageRows} rows, and a row group is written out every {@code
   * groupRows}.
   */
  private abstract static class ColumnFile implements AutoCloseable {
    private final ParquetFileWriter file;
    private final int pageLimit;
    private final int groupLimit;
    private List<? extends Column> columns = List.of();
    private long rows;
    private int pageRows;
    private int groupRows;

    ColumnFile(Path path, MessageType schema, int pageRows, int groupRows) {
      this.pageLimit = pageRows;
      this.groupLimit = groupRows;
      try {
        Files.createDirectories(path.getParent());
        file =
            new ParquetFileWriter(
                new LocalFile(path),
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

    /** The columns, in schema order (set once by the subclass). */
    final void columns(List<? extends Column> all) {
      this.columns = all;
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
      for (Column c : columns) {
        if (c instanceof DictionaryColumn d) {
          bytes += d.dictionaryBytes;
        }
      }
      return bytes;
    }

    private void endPage() {
      try {
        for (Column c : columns) {
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
        for (Column c : columns) {
          c.writeChunk(file);
        }
        file.endBlock();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      groupRows = 0;
    }

    /** After a page (of every column) is encoded, and before its row group may be written. */
    void pageWritten() {}

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

  /**
   * The RLE/bit-packing hybrid encoding of {@code values[0..count)} at {@code width} bits
   * (Parquet's levels and dictionary ids): a value repeated 8 times or more is one RLE run,
   * everything else is bit-packed in groups of 8, the last group padded with zeros. Written here
   * rather than with parquet-java's encoder, which took a third of the ingest time at 20 ns a
   * value.
   */
  static byte[] hybrid(int[] values, int count, int width) {
    Bytes out = new Bytes(16 + count * width / 8);
    int valueBytes = (width + 7) / 8;
    int i = 0;
    while (i < count) {
      int run = runLength(values, i, count);
      if (run >= 8) {
        out.varint(run << 1);
        for (int b = 0, v = values[i]; b < valueBytes; b++, v >>>= 8) {
          out.add(v & 0xFF);
        }
        i += run;
        continue;
      }
      int start = i;
      do {
        i += 8;
      } while (i < count && runLength(values, i, count, 8) < 8);
      out.varint(((i - start) / 8) << 1 | 1);
      pack(values, start, i, Math.min(i, count), width, out);
    }
    return out.toArray();
  }

  /**
   * Bit-packs {@code values[from, to)} ({@code to - from} a multiple of 8), LSB first, at {@code
   * width} bits; positions from {@code end} on are padding (zeros).
   */
  private static void pack(int[] values, int from, int to, int end, int width, Bytes out) {
    out.ensure((to - from) / 8 * width);
    if (width <= 8) {
      // 8 values of at most 8 bits fill one long: written as its low `width` bytes.
      for (int g = from; g < to; g += 8) {
        long word = 0;
        for (int j = 0, k = g; j < 8; j++, k++) {
          word |= (long) (k < end ? values[k] : 0) << (j * width);
        }
        for (int b = 0; b < width; b++, word >>>= 8) {
          out.put((byte) word);
        }
      }
      return;
    }
    long bits = 0;
    int held = 0;
    for (int k = from; k < to; k++) {
      bits |= (long) (k < end ? values[k] : 0) << held;
      held += width;
      while (held >= 8) {
        out.put((byte) bits);
        bits >>>= 8;
        held -= 8;
      }
    }
  }

  /**
   * The hybrid encoding of {@code values[0..count)} as one bit-packed run when the values repeat
   * with {@code period} ({@code values[k] == values[k - period]}): the bytes then repeat every
   * lcm(period, 8) values, so one such block is packed and copied. Falls back to {@link #hybrid}
   * when they do not repeat, or the page is shorter than two blocks. A bit-packed run is valid for
   * any values; it is only less compact than RLE for runs of 8 or more, which a period of 2 to 8
   * cannot hold (nor, for a map, its keys).
   */
  static byte[] periodic(int[] values, int count, int width, int period) {
    int block = period / gcd(period, 8) * 8;
    if (count < 2 * block
        || Arrays.mismatch(values, period, count, values, 0, count - period) >= 0) {
      return hybrid(values, count, width);
    }
    int groups = (count + 7) / 8;
    int full = count / 8 * 8;
    Bytes out = new Bytes(8 + groups * width);
    out.varint(groups << 1 | 1);
    int first = out.size;
    pack(values, 0, block, block, width, out);
    int blockBytes = block / 8 * width;
    int wanted = full / 8 * width;
    out.ensure(wanted - blockBytes);
    for (int done = blockBytes; done < wanted; ) {
      int n = Math.min(done, wanted - done);
      System.arraycopy(out.bytes, first, out.bytes, first + done, n);
      done += n;
    }
    out.size = first + wanted;
    if (full < count) {
      pack(values, full, full + 8, count, width, out);
    }
    return out.toArray();
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** One RLE run of {@code count} (> 0) times {@code value}: what {@link #hybrid} makes of it. */
  static byte[] run(int count, int value, int width) {
    Bytes out = new Bytes(8);
    out.varint(count << 1);
    for (int b = 0, v = value; b < (width + 7) / 8; b++, v >>>= 8) {
      out.add(v & 0xFF);
    }
    return out.toArray();
  }

  /**
   * The length of the run of equal values from {@code from} (vectorised: levels run to thousands).
   */
  private static int runLength(int[] values, int from, int count) {
    int m = Arrays.mismatch(values, from, count - 1, values, from + 1, count);
    return m < 0 ? count - from : m + 1;
  }

  private static int runLength(int[] values, int from, int count, int enough) {
    int v = values[from];
    int end = from + 1;
    while (end < count && values[end] == v && end - from < enough) {
      end++;
    }
    return end - from;
  }

  /** A growable byte array. */
  private static final class Bytes {
    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void add(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    /** Room for {@code n} more bytes, to {@link #put} without checks. */
    void ensure(int n) {
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
      }
    }

    void put(byte b) {
      bytes[size++] = b;
    }

    void varint(int v) {
      while ((v & ~0x7F) != 0) {
        add((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      add(v);
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** A data page ready for the file: compressed bytes and what its header needs. */
  private record Page(
      BytesInput bytes,
      int uncompressedSize,
      int values,
      int rows,
      Statistics<?> statistics,
      Encoding valueEncoding) {}

  /**
   * One column of the current row group: levels and values of the open page, and the pages already
   * encoded. Levels follow the Parquet rules for this schema: an optional column has definition
   * level 1 for a value and 0 for null; the map's key and value columns have one entry per map
   * entry (repetition level 0 for a row's first entry, 1 after) and one entry with definition level
   * 0 for an empty map.
   */
  private abstract static class Column {
    final ColumnDescriptor descriptor;
    final int maxDefinition;
    final int maxRepetition;
    final List<Page> pages = new ArrayList<>();
    int[] definitions;
    int[] repetitions;

    /** Level entries (values and nulls) in the open page. */
    int entries;

    long nulls;

    /**
     * For a repeated column: entries per row if equal for all rows of the page so far, 0 before the
     * first, -1 if not.
     */
    private int period;

    private int rowStart;

    Column(ColumnDescriptor descriptor) {
      this.descriptor = descriptor;
      this.maxDefinition = descriptor.getMaxDefinitionLevel();
      this.maxRepetition = descriptor.getMaxRepetitionLevel();
      this.definitions = new int[maxDefinition > 0 ? PAGE_ROWS : 0];
      this.repetitions = maxRepetition > 0 ? new int[PAGE_ROWS] : null;
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

    /**
     * A row of a repeated column ended at {@code entries}: is the page still one length per row?
     */
    private void rowEnded() {
      int length = entries - rowStart;
      period = period == 0 ? length : period == length ? period : -1;
      rowStart = entries;
    }

    /**
     * The encoding of levels or ids: the hybrid, or for a repeated column whose rows all had the
     * same number of entries, bit-packed by repeating the bytes of one period where the sequence
     * repeats per row (the keys of a map, its repetition levels), which is exact and skips the
     * packing of every entry.
     */
    final byte[] encode(int[] values, int count, int width) {
      return period > 1 ? periodic(values, count, width, period) : hybrid(values, count, width);
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

    /**
     * Repetition or definition levels, with their length; a definition level below max is a null.
     */
    private BytesInput levels(int[] levels, int max, boolean definition) throws IOException {
      if (max == 0) {
        return BytesInput.empty();
      }
      int width = BytesUtils.getWidthFromMaxInt(max);
      byte[] encoded =
          definition && (nulls == 0 || nulls == entries)
              ? run(entries, nulls == 0 ? max : 0, width) // no nulls, or only nulls: one run
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
    void writeChunk(ParquetFileWriter file) throws IOException {
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

    void writeDictionary(ParquetFileWriter file) throws IOException {}
  }

  /**
   * A string column, dictionary-encoded: its values are codes and names that repeat (the same
   * source on every row, a dimension's few codes), so each distinct value is converted, hashed and
   * compared for the statistics once per row group or page, not once per row.
   */
  private static final class DictionaryColumn extends Column {
    private static final int SLOTS = 16;
    private static final int RECENT = 1024;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<byte[]> dictionary = new ArrayList<>();
    private int dictionaryBytes;

    /**
     * Per map position (0 for the other columns) the last value and its id: rows mostly repeat the
     * row before, and a map's keys and codes repeat per position, not from entry to entry.
     */
    private final String[] last = new String[SLOTS];

    private final int[] lastId = new int[SLOTS];

    /**
     * Values seen lately, by identity: a reader hands the same string object for a value that
     * cycles (the period of each cell of a Eurostat line), which this finds without hashing it.
     */
    private final String[] recent = new String[RECENT];

    private final int[] recentId = new int[RECENT];
    private int[] page = new int[PAGE_ROWS];
    private int count;

    /** Per dictionary id the number (+1) of the last page it was seen in, for the statistics. */
    private int[] seenInPage = new int[64];

    private int pageNumber = 1;

    /** The open page's smallest and largest value so far (null before its first value). */
    private byte[] pageMin;

    private byte[] pageMax;

    DictionaryColumn(ColumnDescriptor descriptor) {
      super(descriptor);
    }

    /**
     * Adds a value, or null; {@code position} is the entry's position in its map (0 elsewhere).
     * Returns the value's id in this row group's dictionary (-1 for null).
     */
    int add(String v, int position) {
      if (v == null) {
        level(0, position == 0 ? 0 : 1);
        return -1;
      }
      int slot = Math.min(position, SLOTS - 1);
      int id;
      if (v.equals(last[slot])) {
        id = lastId[slot];
      } else {
        int cached = System.identityHashCode(v) & (RECENT - 1);
        Integer known = recent[cached] == v ? Integer.valueOf(recentId[cached]) : ids.get(v);
        if (known == null) {
          id = dictionary.size();
          byte[] b = v.getBytes(StandardCharsets.UTF_8);
          dictionary.add(b);
          dictionaryBytes += 4 + b.length;
          ids.put(v, id);
          if (id == seenInPage.length) {
            seenInPage = Arrays.copyOf(seenInPage, id * 2);
          }
        } else {
          id = known;
        }
        recent[cached] = v;
        recentId[cached] = id;
        last[slot] = v;
        lastId[slot] = id;
        see(id);
      }
      addId(id, position);
      return id;
    }

    /**
     * Takes a value into the open page's minimum and maximum, the first time the page has it, in
     * Parquet's order for strings (unsigned bytes, then length): the statistics get the two once
     * per page, as parquet-java's comparator took ~0.6 µs a value. A value repeated from the {@code
     * last} cache (cleared per page) was seen already.
     */
    private void see(int id) {
      if (seenInPage[id] == pageNumber) {
        return;
      }
      seenInPage[id] = pageNumber;
      byte[] b = dictionary.get(id);
      if (pageMin == null) {
        pageMin = b;
        pageMax = b;
      } else if (Arrays.compareUnsigned(b, pageMin) < 0) {
        pageMin = b;
      } else if (Arrays.compareUnsigned(b, pageMax) > 0) {
        pageMax = b;
      }
    }

    /**
     * Adds a map's row of {@code n} values by the ids {@link #add} returned for them earlier in
     * this page (ids of an earlier page are not in its statistics).
     */
    void addRow(int[] ids, int n) {
      rowOfValues(n);
      if (count + n > page.length) {
        page = Arrays.copyOf(page, Math.max(count + n, page.length * 2));
      }
      System.arraycopy(ids, 0, page, count, n);
      count += n;
    }

    /** Adds a value by the id {@link #add} returned for it earlier in this page. */
    private void addId(int id, int position) {
      level(maxDefinition, position == 0 ? 0 : 1);
      if (count == page.length) {
        page = Arrays.copyOf(page, count * 2);
      }
      page[count++] = id;
    }

    @Override
    BytesInput values(Statistics<?> statistics) throws IOException {
      if (dictionary.isEmpty()) {
        return BytesInput.empty(); // nulls only so far: a plain page without values
      }
      int width = BytesUtils.getWidthFromMaxInt(Math.max(0, dictionary.size() - 1));
      if (pageMin != null) {
        statistics.updateStats(Binary.fromConstantByteArray(pageMin));
        statistics.updateStats(Binary.fromConstantByteArray(pageMax));
      }
      byte[] ids = encode(page, count, width);
      count = 0;
      pageNumber++;
      pageMin = null;
      pageMax = null;
      Arrays.fill(last, null); // so that each page's first use of a value goes through see()
      return BytesInput.concat(BytesInput.from(new byte[] {(byte) width}), BytesInput.from(ids));
    }

    @Override
    Encoding valueEncoding() {
      // Before the first value there is no dictionary, and a reader refuses a dictionary-encoded
      // page without one; a page of nulls holds no values, so it is plain.
      return dictionary.isEmpty() ? Encoding.PLAIN : Encoding.RLE_DICTIONARY;
    }

    @Override
    void writeDictionary(ParquetFileWriter file) throws IOException {
      if (dictionary.isEmpty()) {
        return; // nulls only: every page is plain
      }
      ByteBuffer plain = ByteBuffer.allocate(dictionaryBytes).order(ByteOrder.LITTLE_ENDIAN);
      for (byte[] b : dictionary) {
        plain.putInt(b.length);
        plain.put(b);
      }
      byte[] compressed = Snappy.compress(plain.array());
      file.writeDictionaryPage(
          new DictionaryPage(
              BytesInput.from(compressed), dictionaryBytes, dictionary.size(), Encoding.PLAIN));
      ids.clear();
      dictionary.clear();
      dictionaryBytes = 0;
      Arrays.fill(last, null);
      Arrays.fill(recent, null);
      Arrays.fill(seenInPage, 0);
      pageNumber = 1;
    }
  }

  /** The figure: an optional double, plain little-endian. */
  private static final class DoubleColumn extends Column {
    private double[] page = new double[PAGE_ROWS];
    private int count;

    DoubleColumn(ColumnDescriptor descriptor) {
      super(descriptor);
    }

    void add(Double v) {
      if (v == null) {
        level(0, 0);
        return;
      }
      level(maxDefinition, 0);
      if (count == page.length) {
        page = Arrays.copyOf(page, count * 2);
      }
      page[count++] = v;
    }

    @Override
    BytesInput values(Statistics<?> statistics) {
      ByteBuffer plain = ByteBuffer.allocate(count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      if (count > 0) {
        // Minimum and maximum in parquet-java's order for doubles (Double.compare), given to the
        // statistics once each instead of through its comparator for every value.
        double min = page[0];
        double max = page[0];
        for (int i = 0; i < count; i++) {
          double d = page[i];
          plain.putDouble(d);
          if (Double.compare(d, min) < 0) {
            min = d;
          } else if (Double.compare(d, max) > 0) {
            max = d;
          }
        }
        statistics.updateStats(min);
        statistics.updateStats(max);
      }
      count = 0;
      return BytesInput.from(plain.array());
    }

    @Override
    Encoding valueEncoding() {
      return Encoding.PLAIN;
    }
  }

  /** A local file for parquet-java without Hadoop's file system (no checksum side file). */
  private record LocalFile(Path path) implements OutputFile {
    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
      return stream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW));
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
      return stream(Files.newOutputStream(path));
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return path.toString();
    }

    private static PositionOutputStream stream(OutputStream raw) {
      OutputStream out = new BufferedOutputStream(raw, 1 << 16);
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }
  }
}
