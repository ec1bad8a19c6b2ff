package nl.migstat.store.parquet;

import java.util.Arrays;

/**
 * Parquet's RLE/bit-packing hybrid encoding, in which levels and dictionary ids are stored (Parquet
 * format, Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"). Written here rather than taken
 * from parquet-java's encoder, which goes value by value through a stream: here runs are found with
 * vectorised comparisons, 8 ids are packed in one long, and a sequence that repeats per row is
 * packed once and copied (BENCHMARKS.md, "The observation writer, step by step").
 */
final class HybridEncoding {
  private HybridEncoding() {}

  /**
   * The hybrid encoding of {@code values[0..count)} at {@code width} bits: a value repeated 8 times
   * or more is one RLE run, everything else is bit-packed in groups of 8, the last group padded
   * with zeros.
   */
  static byte[] hybrid(int[] values, int count, int width) {
    GrowableBytes out = new GrowableBytes(16 + count * width / 8);
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
    GrowableBytes out = new GrowableBytes(8 + groups * width);
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

  /** One RLE run of {@code count} (> 0) times {@code value}: what {@link #hybrid} makes of it. */
  static byte[] run(int count, int value, int width) {
    GrowableBytes out = new GrowableBytes(8);
    out.varint(count << 1);
    for (int b = 0, v = value; b < (width + 7) / 8; b++, v >>>= 8) {
      out.add(v & 0xFF);
    }
    return out.toArray();
  }

  /**
   * Bit-packs {@code values[from, to)} ({@code to - from} a multiple of 8), LSB first, at {@code
   * width} bits; positions from {@code end} on are padding (zeros).
   */
  private static void pack(int[] values, int from, int to, int end, int width, GrowableBytes out) {
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

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
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
}
