package nl.migstat.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An observation's dimensions, sorted by name and never changed after they are made: the one
 * map type {@link Observation} keeps without copying. A reader that emits many observations with
 * the same dimensions (the cells of one Eurostat bulk line) makes them once; copying them into a
 * new {@code TreeMap} per cell was a fifth of the ingest time of a bulk file (BENCHMARKS.md).
 */
public final class Dims extends AbstractMap<String, String> implements SortedMap<String, String> {
  private static final Dims EMPTY = new Dims(new TreeMap<>());

  private final SortedMap<String, String> map;
  private final String[] keys;
  private final String[] values;

  private Dims(TreeMap<String, String> own) {
    this.map = Collections.unmodifiableSortedMap(own);
    this.keys = own.keySet().toArray(String[]::new);
    this.values = own.values().toArray(String[]::new);
  }

  /** The dimensions of {@code m} (null for none), sorted by name; {@code m} itself when it is already one. */
  public static Dims of(Map<String, String> m) {
    if (m instanceof Dims d) {
      return d;
    }
    if (m == null || m.isEmpty()) {
      return EMPTY;
    }
    return new Dims(new TreeMap<>(m));
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return map.entrySet();
  }

  @Override
  public String get(Object key) {
    return map.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public int size() {
    return keys.length;
  }

  /** The name at {@code i} in name order: for writers that walk millions of rows without an iterator. */
  public String key(int i) {
    return keys[i];
  }

  /** The code at {@code i} in name order. */
  public String value(int i) {
    return values[i];
  }

  @Override
  public Comparator<? super String> comparator() {
    return map.comparator();
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    return map.subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return map.headMap(toKey);
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return map.tailMap(fromKey);
  }

  @Override
  public String firstKey() {
    return map.firstKey();
  }

  @Override
  public String lastKey() {
    return map.lastKey();
  }

  @Override
  public Set<String> keySet() {
    return map.keySet();
  }

  @Override
  public java.util.Collection<String> values() {
    return map.values();
  }
}
