package nl.migstat.store.parquet;

import java.util.Arrays;

/** A growable byte array that the encodings write into. */
final class GrowableBytes {
  byte[] bytes;
  int size;

  GrowableBytes(int capacity) {
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

  /** An unsigned LEB128 varint, as Parquet's run headers are written. */
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
