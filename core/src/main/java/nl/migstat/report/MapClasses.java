package nl.migstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The classes of a choropleth, by cartographic convention: five quantile classes (each holds about
 * a fifth of the municipalities with a figure; fewer when there are fewer distinct values) in a
 * sequential ColorBrewer palette for a level, and five classes of equal width symmetric around zero
 * in a diverging ColorBrewer palette for a change, so that white means "no change" and the two
 * colours say which way. Upper bounds are inclusive.
 *
 * @param upper the upper bound of each class, ascending
 * @param lower the lower bound of the first class
 * @param colours one fill colour per class
 */
record MapClasses(double lower, List<Double> upper, List<String> colours) {
  /** ColorBrewer "Blues", 5 classes (Brewer, colorbrewer2.org). */
  static final List<String> BLUES = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

  /** ColorBrewer "PuOr", 5 classes: orange for a fall, purple for a rise. */
  static final List<String> PUOR = List.of("#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99");

  /** Quantile classes of the values (at least one). */
  static MapClasses quantiles(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int k = Math.min(5, new TreeSet<>(values).size());
    List<Double> upper = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      double bound = sorted.get((int) Math.ceil(i * sorted.size() / (double) k) - 1);
      if (upper.isEmpty() || bound > upper.get(upper.size() - 1)) {
        upper.add(bound);
      }
    }
    int skip = BLUES.size() - upper.size();
    return new MapClasses(sorted.get(0), upper, spread(BLUES, upper.size(), skip));
  }

  /** Five classes of equal width around zero, from −m to m with m the largest absolute change. */
  static MapClasses diverging(List<Double> values) {
    double m = values.stream().mapToDouble(Math::abs).max().orElse(1);
    m = m == 0 ? 1 : m;
    List<Double> upper = List.of(-0.6 * m, -0.2 * m, 0.2 * m, 0.6 * m, m);
    return new MapClasses(-m, upper, PUOR);
  }

  /** Fewer classes take the middle of the palette, so none is near-white nor near-black. */
  private static List<String> spread(List<String> palette, int n, int skip) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(palette.get(i + skip / 2));
    }
    return out;
  }

  /** The class index of a value. */
  int classOf(double value) {
    for (int i = 0; i < upper.size(); i++) {
      if (value <= upper.get(i)) {
        return i;
      }
    }
    return upper.size() - 1;
  }
}
