package nl.migstat.store.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;

/** A column of doubles (the figure), plain little-endian. */
final class DoubleColumn extends ColumnEncoder {
  private double[] page = new double[ColumnFile.PAGE_ROWS];
  private int count;

  DoubleColumn(ColumnDescriptor descriptor) {
    super(descriptor);
  }

  void add(Double v) {
    if (v == null) {
      if (maxDefinition == 0) {
        throw requiredValueMissing();
      }
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
