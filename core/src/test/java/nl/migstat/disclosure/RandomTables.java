package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random additive tables for the property tests: every count derived (so the default rule covers
 * it), about a quarter of them below the threshold, some zeros, the rest up to a few hundred (or
 * millions, to see the solver keep a person's precision beside large totals).
 */
final class RandomTables {
  private final Random random;

  /** The largest count that is not small: a few hundred, or a city's millions. */
  private final int largest;

  RandomTables(long seed) {
    this(seed, 400);
  }

  RandomTables(long seed, int largest) {
    this.random = new Random(seed);
    this.largest = largest;
  }

  /** A 1-D table: parts and their total. */
  LinkedTables oneWay() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("one_way");
    int n = 3 + random.nextInt(6);
    double[] values = counts(n);
    List<CellId> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(table.count("part" + i, values[i], Origin.DERIVED));
    }
    CellId total = table.count("total", sum(values), Origin.DERIVED);
    run.sum(total, parts);
    return run.build();
  }

  /** A 2-D table with row totals, column totals and the grand total. */
  LinkedTables twoWay() {
    LinkedTables.Builder run = LinkedTables.builder();
    addTwoWay(run.table("two_way"), run, 3 + random.nextInt(5), 3 + random.nextInt(4));
    return run.build();
  }

  /** Municipalities in provinces by groups, with totals at every level and every margin. */
  LinkedTables hierarchy() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("hierarchy");
    int groups = 3;
    int provinces = 2 + random.nextInt(2);
    double[] national = new double[groups];
    List<CellId> provinceTotals = new ArrayList<>();
    List<List<CellId>> provinceGroups = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      provinceGroups.add(new ArrayList<>());
    }
    for (int p = 0; p < provinces; p++) {
      double[] province = addProvince(table, run, "PV" + p, 2 + random.nextInt(3), groups);
      for (int g = 0; g < groups; g++) {
        national[g] += province[g];
        provinceGroups.get(g).add(table.id("PV" + p, "g" + g));
      }
      provinceTotals.add(table.id("PV" + p, "total"));
    }
    addMargin(table, run, "NL", national, provinceGroups, provinceTotals);
    return run.build();
  }

  /** A province's municipalities and its own row; returns the province's group counts. */
  private double[] addProvince(
      TableCells table, LinkedTables.Builder run, String province, int municipalities, int groups) {
    double[] sums = new double[groups];
    List<List<CellId>> columns = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      columns.add(new ArrayList<>());
    }
    List<CellId> totals = new ArrayList<>();
    for (int m = 0; m < municipalities; m++) {
      String row = province + "-GM" + m;
      double[] values = counts(groups);
      List<CellId> cells = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        cells.add(table.count(row + "|g" + g, values[g], Origin.DERIVED));
        columns.get(g).add(cells.get(g));
        sums[g] += values[g];
      }
      CellId total = table.count(row + "|total", sum(values), Origin.DERIVED);
      run.sum(total, cells);
      totals.add(total);
    }
    addMargin(table, run, province, sums, columns, totals);
    return sums;
  }

  /** A margin row: per group the sum of {@code columns}, and its total two ways. */
  private static void addMargin(
      TableCells table,
      LinkedTables.Builder run,
      String row,
      double[] sums,
      List<List<CellId>> columns,
      List<CellId> totals) {
    List<CellId> cells = new ArrayList<>();
    for (int g = 0; g < sums.length; g++) {
      CellId cell = table.count(row + "|g" + g, sums[g], Origin.DERIVED);
      run.sum(cell, columns.get(g));
      cells.add(cell);
    }
    CellId total = table.count(row + "|total", sum(sums), Origin.DERIVED);
    run.sum(total, cells);
    run.sum(total, totals);
  }

  /** An r x c table with its margins, into {@code table}. */
  void addTwoWay(TableCells table, LinkedTables.Builder run, int rows, int columns) {
    double[] columnSums = new double[columns];
    List<List<CellId>> columnCells = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      columnCells.add(new ArrayList<>());
    }
    List<CellId> rowTotals = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      double[] values = counts(columns);
      List<CellId> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cells.add(table.count("r" + r + "|c" + c, values[c], Origin.DERIVED));
        columnCells.get(c).add(cells.get(c));
        columnSums[c] += values[c];
      }
      CellId total = table.count("r" + r + "|total", sum(values), Origin.DERIVED);
      run.sum(total, cells);
      rowTotals.add(total);
    }
    addMargin(table, run, "total", columnSums, columnCells, rowTotals);
  }

  /** Counts: a quarter below 10, one in twenty zero, the rest 10 to {@code largest}. */
  double[] counts(int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double draw = random.nextDouble();
      values[i] =
          draw < 0.05 ? 0 : draw < 0.30 ? 1 + random.nextInt(9) : 10 + random.nextInt(largest - 9);
    }
    return values;
  }

  static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
