package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.junit.jupiter.api.Test;

/** The RLE/bit-packing hybrid encoding against parquet-java's own decoder. */
class HybridEncodingTest {
  /**
   * The hybrid encoding decodes with parquet-java's decoder, for runs, no runs and every width
   * used.
   */
  @Test
  void hybridEncodingDecodesWithParquetsOwnDecoder() throws Exception {
    Random random = new Random(7);
    for (int width : new int[] {0, 1, 2, 3, 5, 8, 11, 16, 20}) {
      int max = width == 0 ? 0 : (1 << width) - 1;
      for (int count : new int[] {1, 7, 8, 9, 64, 1000, 20_001}) {
        int[] values = new int[count];
        for (int i = 0; i < count; ) {
          int v = max == 0 ? 0 : random.nextInt(max + 1);
          int run = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1;
          for (int k = 0; k < run && i < count; k++) {
            values[i++] = v;
          }
        }
        byte[] encoded = HybridEncoding.hybrid(values, count, width);
        RunLengthBitPackingHybridDecoder decoder =
            new RunLengthBitPackingHybridDecoder(width, new ByteArrayInputStream(encoded));
        int[] decoded = new int[count];
        for (int i = 0; i < count; i++) {
          decoded[i] = decoder.readInt();
        }
        assertThat(decoded).as("width %d, %d values", width, count).isEqualTo(values);
      }
    }
    assertThat(HybridEncoding.hybrid(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 10, 2))
        .as("one RLE run: header 10 << 1, value in one byte")
        .containsExactly(20, 3);
    int[] ones = new int[20_000];
    Arrays.fill(ones, 1);
    assertThat(HybridEncoding.run(20_000, 1, 1))
        .as("a page of levels without nulls")
        .isEqualTo(HybridEncoding.hybrid(ones, 20_000, 1));
    for (int width : new int[] {1, 3, 8, 11}) {
      for (int period : new int[] {2, 3, 6, 8, 9, 12}) {
        for (int count : new int[] {5, 40, 1000, 20_003}) {
          int[] values = new int[count];
          for (int i = 0; i < count; i++) {
            values[i] = (i % period * 7 + (i % period == 0 ? 0 : 1)) & ((1 << width) - 1);
          }
          if (count > 500) {
            values[count - 1] ^= 1; // a page that does not repeat to the end takes the hybrid
          }
          int[] decoded = new int[count];
          RunLengthBitPackingHybridDecoder decoder =
              new RunLengthBitPackingHybridDecoder(
                  width,
                  new ByteArrayInputStream(HybridEncoding.periodic(values, count, width, period)));
          for (int i = 0; i < count; i++) {
            decoded[i] = decoder.readInt();
          }
          assertThat(decoded)
              .as("width %d, period %d, %d values", width, period, count)
              .isEqualTo(values);
          if (count > 500) {
            values[count - 1] ^= 1;
            byte[] tiled = HybridEncoding.periodic(values, count, width, period);
            assertThat(tiled)
                .as("tiled: one bit-packed run, %d groups", (count + 7) / 8)
                .hasSize(varintSize((count + 7) / 8 << 1 | 1) + (count + 7) / 8 * width);
            decoder = new RunLengthBitPackingHybridDecoder(width, new ByteArrayInputStream(tiled));
            for (int i = 0; i < count; i++) {
              decoded[i] = decoder.readInt();
            }
            assertThat(decoded)
                .as("tiled, width %d, period %d, %d values", width, period, count)
                .isEqualTo(values);
          }
        }
      }
    }
    RunLengthBitPackingHybridDecoder shortRun =
        new RunLengthBitPackingHybridDecoder(
            9, new ByteArrayInputStream(HybridEncoding.run(5, 300, 9)));
    for (int i = 0; i < 5; i++) {
      assertThat(shortRun.readInt()).as("a short run, value of two bytes").isEqualTo(300);
    }
  }

  private static int varintSize(int v) {
    int n = 1;
    while ((v >>>= 7) != 0) {
      n++;
    }
    return n;
  }
}
