package nl.migstat.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An observation's dimensions, sorted by name and never changed after they are made: the one map
 * type {@link Observation} keeps without copying. A reader that emits many observations with the
 * same dimensions (the cells of one Eurostat bulk line) makes them once and hands the same object
 * over for each ({@link ObservationSink}): a map per cell costs its building, and the Parquet store
 * then has to look at every code again instead of repeating the row before's.
 *
 * <p>Held as two arrays in name order (a bulk file makes one per line, and the Parquet writer walks
 * them by position); look-ups search the names. Natural {@code String} order, as a {@code TreeMap}
 * without comparator; equal to any map with the same entries.
 */
public final class Dims extends AbstractMap<String, String> implements SortedMap<String, String> {
  private static final Dims EMPTY = new Dims(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private Dims(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * The dimensions of {@code m} (null for none), sorted by name; {@code m} itself when it is
   * already one.
   */
  public static Dims of(Map<String, String> m) {
    if (m instanceof Dims d) {
      return d;
    }
    if (m == null || m.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> sorted = new TreeMap<>(m);
    return new Dims(sorted.keySet().toArray(String[]::new), sorted.values().toArray(String[]::new));
  }

  /** Dimension names in ascending order, checked once, for {@link #of(Names, String[])}. */
  public static final class Names {
    private final String[] names;

    private Names(String[] names) {
      this.names = names;
    }

    public int size() {
      return names.length;
    }
  }

  /** The names, which must be strictly ascending (a reader makes them once per file). */
  public static Names names(List<String> names) {
    String[] array = names.toArray(String[]::new);
    for (int i = 1; i < array.length; i++) {
      if (array[i - 1].compareTo(array[i]) >= 0) {
        throw new IllegalArgumentException("dimension names not strictly ascending: " + names);
      }
    }
    return new Names(array);
  }

  /**
   * The dimensions {@code names[i]} = {@code codes[i]}, without sorting or copying: for a reader
   * that makes one per line. {@code codes} becomes the new object's own and must not be changed.
   */
  public static Dims of(Names names, String[] codes) {
    if (names.names.length != codes.length) {
      throw new IllegalArgumentException(
          names.names.length + " names for " + codes.length + " codes");
    }
    return codes.length == 0 ? EMPTY : new Dims(names.names, codes);
  }

  /**
   * The name at {@code i} in name order: for writers that walk millions of rows without an
   * iterator.
   */
  public String key(int i) {
    return keys[i];
  }

  /** The code at {@code i} in name order. */
  public String value(int i) {
    return values[i];
  }

  @Override
  public int size() {
    return keys.length;
  }

  private int indexOf(Object key) {
    return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(Arrays.asList(keys)));
  }

  @Override
  public Collection<String> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public Comparator<? super String> comparator() {
    return null; // natural order
  }

  private SortedMap<String, String> asTreeMap() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this));
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    return asTreeMap().subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return asTreeMap().headMap(toKey);
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return asTreeMap().tailMap(fromKey);
  }

  @Override
  public String firstKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[0];
  }

  @Override
  public String lastKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[keys.length - 1];
  }
}
