package nl.migstat.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.migstat.harmonise.MunicipalBoundaries;

/**
 * Invented but coherent population by migration background for every municipality of every year the
 * bundled boundary lists cover ({@link MunicipalBoundaries#FIRST_YEAR} to {@link
 * MunicipalBoundaries#LAST_YEAR}), seeded: each municipality of the first year gets a population
 * (the ten largest at about their real size, the others log-normal around 26,000 up to 150,000;
 * larger ones with larger migrant shares) and later municipalities are the sums of their
 * predecessors (split shares as in the change table), so figures of merged municipalities add up
 * and nothing jumps at a merger. Groups grow at their own rates (Dutch background slowly shrinking,
 * western and non-western growing); a small per-year wobble.
 */
final class MunicipalPopulation {
  /** Dutch, western and non-western background. */
  static final int DUTCH = 0;

  static final int WESTERN = 1;

  static final int NON_WESTERN = 2;

  private static final double[] GROWTH = {-0.002, 0.025, 0.022};

  /** The ten largest municipalities at their rough 2015 size, so G4 and top-10 shares look real. */
  private static final Map<String, Double> LARGEST =
      Map.of(
          "GM0363", 811_000.0, "GM0599", 624_000.0, "GM0518", 515_000.0, "GM0344", 334_000.0,
          "GM0772", 224_000.0, "GM0855", 211_000.0, "GM0014", 200_000.0, "GM0034", 196_000.0,
          "GM0758", 182_000.0, "GM0268", 171_000.0);

  private final MunicipalBoundaries boundaries;
  private final long seed;
  private final Map<String, double[]> firstYear = new TreeMap<>();
  private final Map<Integer, Map<String, double[]>> byYear = new HashMap<>();

  MunicipalPopulation(MunicipalBoundaries boundaries, long seed) {
    this.boundaries = boundaries;
    this.seed = seed;
    for (String code : boundaries.municipalitiesOn(MunicipalBoundaries.FIRST_YEAR).keySet()) {
      SplittableRandom r = random(code, 0);
      double drawn =
          Math.min(150_000, Math.max(900, Math.exp(Math.log(26_000) + 0.85 * r.nextGaussian())));
      double population = LARGEST.getOrDefault(code, drawn);
      double size = Math.log(population / 5_000);
      double nonWestern = clamp(0.02 + 0.045 * size + 0.02 * r.nextGaussian(), 0.01, 0.40);
      double western = clamp(0.07 + 0.012 * size + 0.02 * r.nextGaussian(), 0.03, 0.30);
      firstYear.put(
          code,
          new double[] {
            population * (1 - nonWestern - western), population * western, population * nonWestern
          });
    }
  }

  /** The municipalities of a year's list, by code. */
  List<String> municipalitiesOn(int year) {
    return List.copyOf(new TreeMap<>(boundaries.municipalitiesOn(year)).keySet());
  }

  /** The name of a municipality on the list of {@code year}. */
  String nameOf(String code, int year) {
    return boundaries.nameOf(code, year);
  }

  /**
   * Dutch, western and non-western population of a municipality on 1 January of {@code year}
   * (unrounded), or null when it is not on that year's list.
   */
  double[] groups(String code, int year) {
    return byYear.computeIfAbsent(year, this::year).get(code);
  }

  private Map<String, double[]> year(int year) {
    Map<String, double[]> sums = new TreeMap<>();
    int years = year - MunicipalBoundaries.FIRST_YEAR;
    for (Map.Entry<String, double[]> e : firstYear.entrySet()) {
      for (MunicipalBoundaries.Target t :
          boundaries.resolve(e.getKey(), MunicipalBoundaries.FIRST_YEAR, year)) {
        double[] sum = sums.computeIfAbsent(t.code(), k -> new double[3]);
        for (int g = 0; g < 3; g++) {
          sum[g] += e.getValue()[g] * t.share() * Math.pow(1 + GROWTH[g], years);
        }
      }
    }
    Map<String, double[]> out = new HashMap<>();
    for (String code : boundaries.municipalitiesOn(year).keySet()) {
      double[] sum = sums.get(code);
      if (sum == null) { // a code no first-year municipality leads to: its own draw
        SplittableRandom r = random(code, 0);
        double p = Math.exp(Math.log(26_000) + 0.85 * r.nextGaussian());
        sum = new double[] {p * 0.85, p * 0.08, p * 0.07};
      }
      SplittableRandom r = random(code, year);
      double[] wobbled = new double[3];
      for (int g = 0; g < 3; g++) {
        wobbled[g] = sum[g] * (1 + 0.002 * r.nextGaussian());
      }
      out.put(code, wobbled);
    }
    return out;
  }

  private SplittableRandom random(String code, int year) {
    return new SplittableRandom(seed * 1_000_003L + code.hashCode() * 31L + year);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
