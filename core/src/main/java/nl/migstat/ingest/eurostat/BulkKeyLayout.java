package nl.migstat.ingest.eurostat;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.migstat.model.Dims;

/**
 * The comma-joined row key of a Eurostat bulk file ({@code freq,citizen,sex,unit,age,asyl_app,geo}
 * before the {@code \TIME_PERIOD}, MANIFEST B1/B2), mapped once per header onto the observation
 * model by {@link EurostatKeys}: the order differs between files, so it is always read from the
 * header.
 */
final class BulkKeyLayout {
  private final List<String> ids;
  private final int geo;
  private final int time;
  private final int freq;
  private final int measure;

  /** The other dimensions' names in ascending order, and the key position of each. */
  private final Dims.Names dimNames;

  private final int[] dimPositions;

  /** The layout of the row dimension ids as written in the header (not yet normalised). */
  BulkKeyLayout(List<String> rawIds) {
    this.ids = rawIds.stream().map(EurostatKeys::normalise).toList();
    this.geo = indexOf(EurostatKeys::isGeo);
    this.time = indexOf(EurostatKeys::isTime);
    this.freq = indexOf(EurostatKeys::isFreq);
    this.measure = EurostatKeys.measureDimension(ids).map(ids::indexOf).orElse(-1);
    // By name, the last position of a name that occurs twice (as a map of the key would keep).
    SortedMap<String, Integer> dims = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      boolean role = i == geo || i == time || i == freq || i == measure;
      if (!role) {
        dims.put(ids.get(i), i);
      }
    }
    this.dimNames = Dims.names(List.copyOf(dims.keySet()));
    this.dimPositions = dims.values().stream().mapToInt(Integer::intValue).toArray();
  }

  private int indexOf(Predicate<String> role) {
    for (int i = 0; i < ids.size(); i++) {
      if (role.test(ids.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The normalised ids, in the header's order. */
  List<String> ids() {
    return ids;
  }

  int size() {
    return ids.size();
  }

  boolean hasGeo() {
    return geo >= 0;
  }

  boolean hasTime() {
    return time >= 0;
  }

  /**
   * Splits {@code text[from, to)} at each {@code separator} into trimmed codes (a row key at its
   * commas, a header at its TABs); the caller checks the count.
   */
  static List<String> split(String text, int from, int to, char separator) {
    List<String> codes = new ArrayList<>(8);
    int start = from;
    while (true) {
      int at = text.indexOf(separator, start);
      if (at < 0 || at >= to) {
        codes.add(text.substring(start, to).strip());
        return codes;
      }
      codes.add(text.substring(start, at).strip());
      start = at + 1;
    }
  }

  /** The observation fields one row key gives; {@code codes} has {@link #size()} entries. */
  RowKey key(List<String> codes) {
    String[] dims = new String[dimPositions.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = codes.get(dimPositions[i]);
    }
    return new RowKey(
        geo < 0 ? null : codes.get(geo),
        time < 0 ? null : codes.get(time),
        freq < 0 ? null : codes.get(freq),
        measure < 0 ? EurostatKeys.DEFAULT_MEASURE : codes.get(measure),
        Dims.of(dimNames, dims)); // made once per line, shared by its cells
  }

  /**
   * What one row key says.
   *
   * @param region the {@code geo} code, or null when geo runs across the columns
   * @param time the raw period code, or null when time runs across the columns
   * @param freq the {@code freq} code, or null when the dataset has none
   * @param measure the unit (else indicator) code, or {@link EurostatKeys#DEFAULT_MEASURE}
   * @param dims every other dimension, by normalised id
   */
  record RowKey(
      String region, String time, String freq, String measure, SortedMap<String, String> dims) {}
}
