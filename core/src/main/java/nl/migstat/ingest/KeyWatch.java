package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.model.Observation;

/**
 * Watches the keys of an input as it is read, for {@link Duplicates}, in little memory: the
 * observations that share a series (source, region, dimensions) one after the other form a run (a
 * Eurostat bulk line, a CBS row), and a run is kept as its series hash and the sorted hashes of its
 * cells (measure, period), interned, since most runs of a file have the same cells. A series that
 * comes back in a later run is checked against the cells it had; a cell seen twice is a candidate,
 * confirmed or not by {@link DuplicateKeys} on the exact keys. 16 to 32 bytes a series, and the few
 * distinct cell sets: a bulk file of 10 million cells in 600,000 lines holds 10–20 MB.
 */
final class KeyWatch {
  /**
   * The repeated cells kept at most (some MB): beyond them the input repeats itself wholesale, and
   * fails whatever the rule ({@link DuplicateKeys#tooMany}).
   */
  static final int MAX_CANDIDATES = 200_000;

  private final KeyHash hash = new KeyHash();
  private final Patterns patterns = new Patterns();
  private final SeriesTable series = new SeriesTable();
  private final Map<Long, Set<Long>> candidates = new HashMap<>();
  private long candidateCells;
  private boolean runOpen;
  private long runSeries;
  private long[] cells = new long[64];
  private int cellCount;

  /** Takes one observation's key. */
  void observe(Observation o) {
    if (!runOpen || !hash.sameSeries(o)) {
      closeRun();
      runSeries = hash.series(o);
      runOpen = true;
    }
    if (cellCount == cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    cells[cellCount++] = KeyHash.cell(o);
  }

  /** Ends the last run; afterwards {@link #candidates()} is complete. */
  void finish() {
    closeRun();
  }

  /** Series hash to the cell hashes seen more than once in it. */
  Map<Long, Set<Long>> candidates() {
    return candidates;
  }

  /** True when more cells repeat than {@link #MAX_CANDIDATES}: only the first are candidates. */
  boolean overflowed() {
    return candidateCells > MAX_CANDIDATES;
  }

  private void closeRun() {
    if (!runOpen) {
      return;
    }
    runOpen = false;
    Arrays.sort(cells, 0, cellCount);
    int distinct = 0;
    for (int i = 0; i < cellCount; i++) {
      if (distinct > 0 && cells[distinct - 1] == cells[i]) {
        candidate(runSeries, cells[i]); // the same cell twice within one run
      } else {
        cells[distinct++] = cells[i];
      }
    }
    int pattern = patterns.intern(cells, distinct);
    cellCount = 0;
    int before = series.putIfAbsent(runSeries, pattern);
    if (before >= 0) {
      long[] old = patterns.cells(before);
      long[] now = patterns.cells(pattern);
      for (long c : intersection(old, now)) {
        candidate(runSeries, c);
      }
      series.replace(runSeries, patterns.union(before, pattern));
    }
  }

  private void candidate(long seriesHash, long cell) {
    if (++candidateCells <= MAX_CANDIDATES) {
      candidates.computeIfAbsent(seriesHash, k -> new HashSet<>()).add(cell);
    }
  }

  private static List<Long> intersection(long[] a, long[] b) {
    List<Long> out = new ArrayList<>(0);
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        out.add(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  /** Sorted distinct cell hashes, each distinct set kept once and known by its index. */
  private static final class Patterns {
    private final List<long[]> byId = new ArrayList<>();
    private final Map<Key, Integer> ids = new HashMap<>();
    private final Key probe = new Key(null, 0);

    int intern(long[] sorted, int length) {
      probe.set(sorted, length);
      Integer id = ids.get(probe);
      if (id != null) {
        return id;
      }
      long[] copy = Arrays.copyOf(sorted, length);
      byId.add(copy);
      ids.put(new Key(copy, length), byId.size() - 1);
      return byId.size() - 1;
    }

    long[] cells(int id) {
      return byId.get(id);
    }

    int union(int a, int b) {
      long[] x = byId.get(a);
      long[] y = byId.get(b);
      long[] merged = new long[x.length + y.length];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < x.length || j < y.length) {
        long next = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i++] : y[j++];
        if (n == 0 || merged[n - 1] != next) {
          merged[n++] = next;
        }
      }
      return intern(merged, n);
    }

    /** A look-up key over the first {@code length} values of an array. */
    private static final class Key {
      private long[] values;
      private int length;
      private int hash;

      Key(long[] values, int length) {
        set(values, length);
      }

      void set(long[] newValues, int newLength) {
        values = newValues;
        length = newLength;
        int h = 1;
        for (int i = 0; i < newLength; i++) {
          h = 31 * h + Long.hashCode(newValues[i]);
        }
        hash = h;
      }

      @Override
      public int hashCode() {
        return hash;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Key k
            && k.length == length
            && Arrays.equals(values, 0, length, k.values, 0, k.length);
      }
    }
  }

  /** Series hash to its pattern id: open addressing over two arrays, 0 marking a free slot. */
  private static final class SeriesTable {
    private long[] keys = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private int size;

    /** Stores {@code value} for a new key and returns -1, or returns the key's value. */
    int putIfAbsent(long key, int value) {
      long k = key == 0 ? 1 : key;
      int slot = slot(k);
      if (keys[slot] == k) {
        return values[slot];
      }
      keys[slot] = k;
      values[slot] = value;
      if (++size * 4L > keys.length * 3L) {
        grow();
      }
      return -1;
    }

    void replace(long key, int value) {
      values[slot(key == 0 ? 1 : key)] = value;
    }

    private int slot(long k) {
      int mask = keys.length - 1;
      int slot = (int) (k ^ (k >>> 32)) & mask;
      while (keys[slot] != 0 && keys[slot] != k) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = slot(oldKeys[i]);
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
