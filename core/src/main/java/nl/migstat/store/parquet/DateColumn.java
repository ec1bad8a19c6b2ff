package nl.migstat.store.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;

/**
 * A column of calendar days (Parquet {@code INT32} annotated {@code DATE}: days since 1970-01-01),
 * plain little-endian: a period's days repeat row after row, which Snappy compresses to almost
 * nothing without a dictionary.
 */
final class DateColumn extends ColumnEncoder {
  private int[] page = new int[ColumnFile.PAGE_ROWS];
  private int count;
  private int min;
  private int max;

  DateColumn(ColumnDescriptor descriptor) {
    super(descriptor);
  }

  /** Adds a day as days since the epoch. */
  void add(int epochDay) {
    level(maxDefinition, 0);
    if (count == page.length) {
      page = Arrays.copyOf(page, count * 2);
    }
    if (count == 0 || epochDay < min) {
      min = epochDay;
    }
    if (count == 0 || epochDay > max) {
      max = epochDay;
    }
    page[count++] = epochDay;
  }

  /** Adds a row without a day. */
  void addNull() {
    if (maxDefinition == 0) {
      throw requiredValueMissing();
    }
    level(0, 0);
  }

  @Override
  BytesInput values(Statistics<?> statistics) {
    ByteBuffer plain = ByteBuffer.allocate(count * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    plain.asIntBuffer().put(page, 0, count);
    if (count > 0) {
      // Minimum and maximum kept while adding: given to the statistics once each per page.
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
