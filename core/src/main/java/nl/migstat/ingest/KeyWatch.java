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
 * cells (measure, period), interned, since most runs of a file have the same cells. At the end the
 * runs are sorted by series, and a series that came back in a later run is checked against the
 * cells it had; a cell seen twice is a candidate, confirmed or not by {@link DuplicateKeys} on the
 * exact keys. 12 bytes a run (twice that while they are sorted), and the few distinct cell sets: a
 * bulk file of 10 million cells in 600,000 lines holds 7 MB, 14 MB at the end.
 *
 * <p>The runs also give the input's distinct periods and regions for its report, at the cost of a
 * run rather than of a cell: a region is taken as a run opens, the periods as a run's cells are
 * hashed (a run that repeats the cells of the run before has no period the watch lacks).
 */
final class KeyWatch {
  /**
   * The repeated cells kept at most (some MB): beyond them the input repeats itself wholesale, and
   * fails whatever the rule ({@link DuplicateKeys#tooMany}).
   */
  static final int MAX_CANDIDATES = 200_000;

  private final KeyHash hash = new KeyHash();
  private final Patterns patterns = new Patterns();
  private final Runs runs = new Runs();
  private final Map<Long, Set<Long>> candidates = new HashMap<>();
  private final Set<String> periodsSeen = new HashSet<>();
  private final Set<String> regionsSeen = new HashSet<>();

  /**
   * The period objects last added, by identity hash: readers hand a recurring period over as the
   * same object (a bulk file's column periods), which then skips the set.
   */
  private final String[] recentPeriods = new String[256];

  private String lastRegion;
  private long candidateCells;
  private boolean runOpen;
  private long runSeries;

  /**
   * The run's cells as read: their measure and period objects, hashed when the run ends. Until a
   * run stores its own, the first {@link #modelCells} of them are the cells of the last run that
   * was hashed, which gave {@link #modelPattern}: most runs repeat them, as the same objects (a
   * bulk file's column periods; measures through {@link #canonical}), which a reference compare
   * tells.
   */
  private String[] measures = new String[64];

  private String[] periods = new String[64];
  private int cellCount;
  private long[] cells = new long[64];
  private int modelCells;
  private int modelPattern = -1;

  /** The measure object last handed over, and the one that stands for its value. */
  private String lastRawMeasure;

  private String lastMeasure;

  /**
   * Whether the open run has so far read the model's cells, in their order: then they are counted,
   * not stored, since the arrays hold them already; the first cell that differs is stored over the
   * model.
   */
  private boolean following;

  /** Takes one observation's key. */
  void observe(Observation o) {
    if (!runOpen || !hash.sameSeries(o)) {
      closeRun();
      runSeries = hash.newSeries(o);
      runOpen = true;
      following = modelPattern >= 0;
      String region = o.region();
      if (region != null && region != lastRegion) {
        lastRegion = region; // most runs bring their own region object: no identity cache
        regionsSeen.add(region);
      }
    }
    String measure = canonical(o.measure());
    String period = o.period();
    if (following) {
      if (cellCount < modelCells
          && period == periods[cellCount]
          && measure == measures[cellCount]) {
        cellCount++;
        return;
      }
      following = false;
    }
    if (cellCount == measures.length) {
      measures = Arrays.copyOf(measures, cellCount * 2);
      periods = Arrays.copyOf(periods, cellCount * 2);
    }
    measures[cellCount] = measure;
    periods[cellCount++] = period;
  }

  /**
   * One object for equal measures: a bulk line makes its own measure object for all its cells, so
   * one comparison per line (not per cell) lets {@link #observe} compare references.
   */
  private String canonical(String measure) {
    if (measure != lastRawMeasure) {
      lastRawMeasure = measure;
      if (!same(measure, lastMeasure)) {
        lastMeasure = measure;
      }
    }
    return lastMeasure;
  }

  /** Ends the last run and compares the runs of each series; then {@link #candidates()} holds. */
  void finish() {
    closeRun();
    checkRepeatedSeries();
  }

  /** The distinct periods read, once {@link #finish()} has run. */
  Set<String> periods() {
    return periodsSeen;
  }

  /** How many distinct regions were read. */
  int regions() {
    return regionsSeen.size();
  }

  private void tallyPeriod(String period) {
    if (period != null) {
      int slot = System.identityHashCode(period) & (recentPeriods.length - 1);
      if (recentPeriods[slot] != period) {
        recentPeriods[slot] = period;
        periodsSeen.add(period);
      }
    }
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
    // A run that followed the model to its end has its pattern; one cut short holds the model's
    // first cells, which the arrays have, and is hashed as any other.
    int pattern = following && cellCount == modelCells ? modelPattern : pattern();
    cellCount = 0;
    runs.add(runSeries, pattern);
  }

  /** The runs of each series that came back, checked against what the series had before. */
  private void checkRepeatedSeries() {
    runs.sort();
    int i = 0;
    while (i < runs.size) {
      int j = i + 1;
      while (j < runs.size && runs.series[j] == runs.series[i]) {
        j++;
      }
      int had = runs.patterns[i];
      for (int k = i + 1; k < j; k++) {
        int now = runs.patterns[k];
        for (long c : intersection(patterns.cells(had), patterns.cells(now))) {
          candidate(runs.series[i], c);
        }
        had = patterns.union(had, now);
      }
      i = j;
    }
  }

  private static boolean same(String a, String b) {
    return a == b || (a != null && a.equals(b));
  }

  /** The run's cells hashed and sorted, each cell held twice in it a candidate, interned. */
  private int pattern() {
    if (cells.length < cellCount) {
      cells = new long[measures.length];
    }
    for (int i = 0; i < cellCount; i++) {
      cells[i] = KeyHash.cell(measures[i], periods[i]);
      tallyPeriod(periods[i]);
    }
    Arrays.sort(cells, 0, cellCount);
    int distinct = 0;
    boolean twice = false;
    for (int i = 0; i < cellCount; i++) {
      if (distinct > 0 && cells[distinct - 1] == cells[i]) {
        candidate(runSeries, cells[i]); // the same cell twice within one run
        twice = true;
      } else {
        cells[distinct++] = cells[i];
      }
    }
    int pattern = patterns.intern(cells, distinct);
    // A run with a cell twice is not a model for the next: its candidates must be found again.
    modelCells = cellCount;
    modelPattern = twice ? -1 : pattern;
    return pattern;
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

  /**
   * Every run as its series hash and pattern id, appended in reading order and sorted by series at
   * the end: a table looked up per run missed the cache on nearly every bulk line (their series
   * come in no order of hash), which cost more than all the rest of the watch.
   */
  private static final class Runs {
    private long[] series = new long[1 << 10];
    private int[] patterns = new int[1 << 10];
    private int size;

    void add(long seriesHash, int pattern) {
      if (size == series.length) {
        series = Arrays.copyOf(series, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      series[size] = seriesHash;
      patterns[size++] = pattern;
    }

    /**
     * Sorts by series hash, keeping reading order within one series: a radix sort, byte by byte
     * (stable), since equal hashes only need to end up side by side.
     */
    void sort() {
      long[] keys = series;
      int[] values = patterns;
      long[] keysTo = new long[size];
      int[] valuesTo = new int[size];
      int[] count = new int[257];
      for (int shift = 0; shift < 64; shift += 8) {
        Arrays.fill(count, 0);
        for (int i = 0; i < size; i++) {
          count[(int) (keys[i] >>> shift & 0xff) + 1]++;
        }
        for (int b = 0; b < 256; b++) {
          count[b + 1] += count[b];
        }
        for (int i = 0; i < size; i++) {
          int at = count[(int) (keys[i] >>> shift & 0xff)]++;
          keysTo[at] = keys[i];
          valuesTo[at] = values[i];
        }
        long[] k = keys;
        keys = keysTo;
        keysTo = k.length >= size ? k : new long[size];
        int[] v = values;
        values = valuesTo;
        valuesTo = v.length >= size ? v : new int[size];
      }
      series = keys;
      patterns = values;
    }
  }
}
