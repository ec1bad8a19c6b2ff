package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;
import nl.migstat.model.StatusSet;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyWatch} names as candidates exactly the (series, cell) keys read more than once, however
 * the runs of a series follow, repeat, cut short or reorder the cells of the run before. Readers
 * hand repeated values over as the same objects (a bulk line's measure, the header's periods),
 * which the watch compares by reference first; half of these runs make fresh strings instead.
 */
class KeyWatchTest {
  private static final String[] PERIODS = {"2019", "2020", "2021", "2022", "2023"};
  private static final String[] MEASURES = {"Immigratie_1", "Emigratie_2"};

  @Test
  void candidatesAreTheRepeatedKeysOfRandomRunsExactly() {
    Random random = new Random(21);
    for (int input = 0; input < 500; input++) {
      List<Observation> read = randomInput(random);
      KeyWatch watch = new KeyWatch();
      read.forEach(watch::observe);
      watch.finish();
      assertThat(watch.candidates()).as("input %d", input).isEqualTo(repeatedKeys(read));
    }
  }

  @Test
  void aRunCutShortAfterTheCellsOfTheRunBeforeStillCountsItsCells() {
    // Line 1: AT 2019-2021; line 2: NL 2019-2021; line 3: AT 2019 only (a prefix of line 2's
    // cells, read while following them); line 4: NL 2022. AT 2019 is read twice, nothing else.
    List<Observation> read = new ArrayList<>();
    Dims dims = Dims.of(new TreeMap<>(Map.of("sex", "T")));
    for (String[] line :
        new String[][] {
          {"AT", "2019", "2020", "2021"},
          {"NL", "2019", "2020", "2021"},
          {"AT", "2019"},
          {"NL", "2022"}
        }) {
      for (int i = 1; i < line.length; i++) {
        read.add(observation(line[0], dims, MEASURES[0], indexed(line[i])));
      }
    }
    KeyWatch watch = new KeyWatch();
    read.forEach(watch::observe);
    watch.finish();
    long at = KeyHash.seriesOf(read.get(0));
    assertThat(watch.candidates()).isEqualTo(Map.of(at, Set.of(KeyHash.cell(MEASURES[0], "2019"))));
  }

  /**
   * Up to 20 runs over three regions and two sexes, each the cells of the run before (or their
   * start, now and then with one cell more), or up to six cells drawn anew.
   */
  private static List<Observation> randomInput(Random random) {
    List<Observation> read = new ArrayList<>();
    String[] regions = {"AT", "BE", "NL"};
    List<String[]> last = List.of();
    int runs = 1 + random.nextInt(20);
    for (int r = 0; r < runs; r++) {
      String region = regions[random.nextInt(regions.length)];
      Dims dims = Dims.of(new TreeMap<>(Map.of("sex", random.nextBoolean() ? "F" : "M")));
      List<String[]> cells = new ArrayList<>();
      if (!last.isEmpty() && random.nextInt(3) > 0) {
        cells.addAll(
            last.subList(0, 1 + random.nextInt(last.size()))); // the run before, or its start
        if (random.nextInt(4) == 0) {
          cells.add(new String[] {MEASURES[random.nextInt(2)], PERIODS[random.nextInt(5)]});
        }
      } else {
        int n = 1 + random.nextInt(6);
        for (int c = 0; c < n; c++) {
          cells.add(new String[] {MEASURES[random.nextInt(2)], PERIODS[random.nextInt(5)]});
        }
      }
      boolean fresh = random.nextBoolean();
      for (String[] cell : cells) {
        String measure = fresh ? new String(cell[0]) : cell[0];
        String period = fresh ? new String(cell[1]) : indexed(cell[1]);
        read.add(observation(region, dims, measure, period));
      }
      last = cells;
    }
    return read;
  }

  /** The one object per period a bulk header holds. */
  private static String indexed(String period) {
    for (String p : PERIODS) {
      if (p.equals(period)) {
        return p;
      }
    }
    throw new IllegalArgumentException(period);
  }

  private static Map<Long, Set<Long>> repeatedKeys(List<Observation> read) {
    Map<List<Object>, Integer> counts = new HashMap<>();
    for (Observation o : read) {
      counts.merge(List.of(o.region(), o.dims(), o.measure(), o.period()), 1, Integer::sum);
    }
    Map<Long, Set<Long>> repeated = new HashMap<>();
    for (Observation o : read) {
      if (counts.get(List.of(o.region(), o.dims(), o.measure(), o.period())) > 1) {
        repeated.computeIfAbsent(KeyHash.seriesOf(o), k -> new HashSet<>()).add(KeyHash.cell(o));
      }
    }
    return repeated;
  }

  private static Observation observation(String region, Dims dims, String measure, String period) {
    return new Observation(
        "migr_imm1ctz", measure, period, "A", region, dims, 1.0, null, StatusSet.NONE, null, "f:1");
  }
}
