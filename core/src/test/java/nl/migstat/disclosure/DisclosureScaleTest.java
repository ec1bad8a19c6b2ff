package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long disclosure control takes on tables the size of benchmark scale 1's municipal tables, run
 * by hand: {@code mvn -B -pl core test -Dtest=DisclosureScaleTest -Dmigstat.disclosure.scale=true};
 * the timings go to {@code target/disclosure-scale.txt}.
 *
 * <p>Table 1: 355 municipalities in 12 provinces x 5 groups x 10 years, with row totals, province
 * and national sums. KWB: 13,600 buurten x 3 groups with buurt totals and municipal sums, each
 * municipal total linked to table 1's of the same year. Populations are heavy-tailed (log-normal,
 * median 28,000 per municipality; buurten split it by exponential weights), so small counts come
 * where they come in the real tables: small groups in small places.
 */
@EnabledIfSystemProperty(named = "migstat.disclosure.scale", matches = "true")
class DisclosureScaleTest {
  private static final int MUNICIPALITIES = 355;
  private static final int PROVINCES = 12;
  private static final int YEARS = 10;
  private static final int BUURTEN = 13_600;
  private static final double[] GROUP_SHARES = {0.76, 0.10, 0.03, 0.03, 0.08};

  /** The value of every count declared, for the sums. */
  private final Map<CellId, Double> values = new HashMap<>();

  @Test
  void protectsScaleOnesMunicipalTablesInSeconds() throws IOException {
    Random random = new Random(1);
    double[][] population = municipalPopulations(random);
    LinkedTables.Builder run = LinkedTables.builder();
    for (int year = 0; year < YEARS; year++) {
      addMunicipalYear(run, population, year, random);
    }
    addBuurten(run, population, random);

    long start = System.nanoTime();
    LinkedTables tables = run.build();
    long built = System.nanoTime();
    int threshold = Integer.getInteger("migstat.disclosure.scale.threshold", 10);
    DisclosureRules rules = new DisclosureRules(threshold, 5, 0.10, AppliesTo.ALL);
    SuppressionPattern pattern = DisclosureControl.suppress(tables, rules);
    long suppressed = System.nanoTime();
    AuditReport audit = Audit.of(tables, pattern, rules);
    long audited = System.nanoTime();

    assertThat(audit.describeViolations()).isEmpty();
    String report =
        String.format(
            Locale.ROOT,
            "threshold %d, cells %d (counts %d), equations %d%nbuild %.1f s, primary + secondary %.1f s,"
                + " audit %.1f s%n%s%n",
            threshold,
            pattern.statuses().size(),
            tables.counts().size(),
            tables.equations().size(),
            (built - start) / 1e9,
            (suppressed - built) / 1e9,
            (audited - suppressed) / 1e9,
            audit.summary());
    Path out = Path.of(System.getProperty("migstat.disclosure.scale.out", "core/target"));
    Files.createDirectories(out);
    Files.writeString(out.resolve("disclosure-scale.txt"), report, StandardCharsets.UTF_8);
  }

  /** Per municipality and year its population, growing by up to 1 % a year. */
  private static double[][] municipalPopulations(Random random) {
    double[][] population = new double[MUNICIPALITIES][YEARS];
    for (int m = 0; m < MUNICIPALITIES; m++) {
      double base = Math.max(900, Math.exp(Math.log(28_000) + 0.9 * random.nextGaussian()));
      for (int y = 0; y < YEARS; y++) {
        population[m][y] = Math.round(base * (1 + 0.01 * y * random.nextDouble()));
      }
    }
    return population;
  }

  private void addMunicipalYear(
      LinkedTables.Builder run, double[][] population, int year, Random random) {
    TableCells table = run.table("population_by_background");
    String period = Integer.toString(2014 + year);
    int groups = GROUP_SHARES.length;
    List<List<List<CellId>>> byProvince = new ArrayList<>();
    for (int p = 0; p < PROVINCES; p++) {
      byProvince.add(emptyColumns(groups + 1));
    }
    for (int m = 0; m < MUNICIPALITIES; m++) {
      double[] counts = split(population[m][year], GROUP_SHARES, random);
      List<CellId> row = addRow(table, "GM" + m + "|" + period, counts);
      for (int g = 0; g <= groups; g++) {
        byProvince.get(m % PROVINCES).get(g).add(row.get(g));
      }
    }
    List<List<CellId>> national = emptyColumns(groups + 1);
    for (int p = 0; p < PROVINCES; p++) {
      List<CellId> row = addSums(run, table, "PV" + p + "|" + period, byProvince.get(p));
      for (int g = 0; g <= groups; g++) {
        national.get(g).add(row.get(g));
      }
    }
    addSums(run, table, "NL|" + period, national);
  }

  /** Buurten of 2019 by 3 groups, summed per municipality and linked to table 1. */
  private void addBuurten(LinkedTables.Builder run, double[][] population, Random random) {
    TableCells table = run.table("kwb_buurten");
    double total = 0;
    for (double[] years : population) {
      total += years[5];
    }
    double[] shares = {0.76, 0.10, 0.14};
    for (int m = 0; m < MUNICIPALITIES; m++) {
      double inhabitants = population[m][5];
      int buurten = Math.max(1, (int) Math.round(BUURTEN * inhabitants / total));
      double[] sizes = split(inhabitants, weights(buurten, random), random);
      List<List<CellId>> columns = emptyColumns(shares.length + 1);
      for (int b = 0; b < buurten; b++) {
        List<CellId> row = addRow(table, "BU" + m + "_" + b, split(sizes[b], shares, random));
        for (int g = 0; g < row.size(); g++) {
          columns.get(g).add(row.get(g));
        }
      }
      List<CellId> sums = addSums(run, table, "GM" + m, columns);
      run.equal(sums.get(0), new CellId("population_by_background", "GM" + m + "|2019|total"));
    }
  }

  private CellId count(TableCells table, String key, double value) {
    CellId cell = table.count(key, value, Origin.SOURCE);
    values.put(cell, value);
    return cell;
  }

  /** A row of group counts and its total, the total first. */
  private List<CellId> addRow(TableCells table, String row, double[] counts) {
    List<CellId> cells = new ArrayList<>();
    double sum = 0;
    for (double count : counts) {
      sum += count;
    }
    cells.add(count(table, row + "|total", sum));
    for (int g = 0; g < counts.length; g++) {
      cells.add(count(table, row + "|g" + g, counts[g]));
    }
    table.sum(cells.get(0), cells.subList(1, cells.size()).toArray(CellId[]::new));
    return cells;
  }

  /** A row of column sums (total first) over {@code columns}, equal to its own parts' sum. */
  private List<CellId> addSums(
      LinkedTables.Builder run, TableCells table, String row, List<List<CellId>> columns) {
    double[] sums = new double[columns.size() - 1];
    for (int g = 1; g < columns.size(); g++) {
      for (CellId cell : columns.get(g)) {
        sums[g - 1] += values.get(cell);
      }
    }
    List<CellId> cells = addRow(table, row, sums);
    for (int g = 0; g < columns.size(); g++) {
      run.sum(cells.get(g), columns.get(g));
    }
    return cells;
  }

  /** {@code count} split into whole persons by {@code shares} jittered by up to a half. */
  private static double[] split(double count, double[] shares, Random random) {
    double[] weights = new double[shares.length];
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      weights[i] = shares[i] * (0.5 + random.nextDouble());
      sum += weights[i];
    }
    double[] parts = new double[shares.length];
    double left = count;
    for (int i = 0; i < shares.length - 1; i++) {
      parts[i] = Math.min(left, Math.floor(count * weights[i] / sum));
      left -= parts[i];
    }
    parts[shares.length - 1] = left;
    return parts;
  }

  private static double[] weights(int n, Random random) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = -Math.log(1 - random.nextDouble());
    }
    return weights;
  }

  private static List<List<CellId>> emptyColumns(int n) {
    List<List<CellId>> columns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      columns.add(new ArrayList<>());
    }
    return columns;
  }
}
