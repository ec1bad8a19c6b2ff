package nl.migstat.store.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.api.Binary;
import org.xerial.snappy.Snappy;

/**
 * A string column, dictionary-encoded: its values are codes and names that repeat (the same source
 * on every row, a dimension's few codes), so each distinct value is converted, hashed and compared
 * for the statistics once per row group or page, not once per row.
 *
 * <p>A value is looked up by identity before it is hashed ({@link nl.migstat.model.ObservationSink}
 * says which objects readers hand over repeatedly): the last value per map position is compared
 * with {@code equals}, whose first test is identity, and values seen lately are found in a small
 * table keyed by {@link System#identityHashCode}. Any string with the same characters gives the
 * same id, only after a hash look-up.
 */
final class DictionaryColumn extends ColumnEncoder {
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
   * Values seen lately, by identity: a reader hands the same string object for a value that cycles
   * (the period of each cell of a Eurostat line), which this finds without hashing it.
   */
  private final String[] recent = new String[RECENT];

  private final int[] recentId = new int[RECENT];
  private int[] page = new int[ColumnFile.PAGE_ROWS];
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

  /** The bytes the row group's dictionary holds, as stored (length and UTF-8 per value). */
  int dictionaryBytes() {
    return dictionaryBytes;
  }

  /**
   * Adds a value, or null; {@code position} is the entry's position in its map (0 elsewhere).
   * Returns the value's id in this row group's dictionary (-1 for null).
   */
  int add(String v, int position) {
    if (v == null) {
      if (maxDefinition == 0) {
        throw requiredValueMissing();
      }
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
   * Parquet's order for strings (unsigned bytes, then length): the statistics get the two once per
   * page instead of every value through parquet-java's comparator. A value repeated from the {@code
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
   * Adds a map's row of {@code n} values by the ids {@link #add} returned for them earlier in this
   * page (ids of an earlier page are not in its statistics).
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
    byte[] encoded = encode(page, count, width);
    count = 0;
    pageNumber++;
    pageMin = null;
    pageMax = null;
    Arrays.fill(last, null); // so that each page's first use of a value goes through see()
    return BytesInput.concat(BytesInput.from(new byte[] {(byte) width}), BytesInput.from(encoded));
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
