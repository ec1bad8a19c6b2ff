package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.Selection;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.SplitAllocation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The buurten of the Kerncijfers wijken en buurten as background-group counts, and what they say
 * about a split municipality: each buurt of the year before the split goes wholly to its successor
 * ({@link SplitBuurten}), so a group's share per successor is the sum of its buurten there over the
 * municipality's buurten (CBS rounds buurt figures to fives, so the shares carry that rounding).
 */
final class BuurtAllocation {
  private BuurtAllocation() {}

  /** The Kerncijfers buurt rows ({@code BU} codes) of every edition present, as group counts. */
  static Dataset<Row> buurten(ChapterInputs inputs) {
    Dataset<Row> all = null;
    for (String source : MunicipalCounts.KERNCIJFERS) {
      if (!inputs.has(source)) {
        continue;
      }
      Dataset<Row> rows =
          BackgroundGroups.fromKerncijfers(
              inputs
                  .first(source)
                  .orElseThrow()
                  .rows()
                  .where(Selection.annual().and(col("region").startsWith("BU"))));
      all = all == null ? rows : all.unionByName(rows);
    }
    return all;
  }

  /** Names of the buurten and wijken of these municipalities in the Kerncijfers' code lists. */
  static Map<String, String> labels(ChapterInputs inputs, Set<String> municipalities) {
    List<String> digits = municipalities.stream().map(c -> c.substring(2)).toList();
    Map<String, String> labels = new HashMap<>();
    if (digits.isEmpty()) {
      return labels;
    }
    List<Row> rows =
        inputs
            .codes()
            .where(
                col("source")
                    .isin(MunicipalCounts.KERNCIJFERS.toArray())
                    .and(col("code").rlike("^(BU|WK)\\d{6}"))
                    .and(substring(col("code"), 3, 4).isin(digits.toArray())))
            .select(col("code"), col("label"))
            .collectAsList();
    rows.forEach(r -> labels.put(r.getString(0), r.getString(1)));
    return labels;
  }

  /**
   * The split municipalities' shares per group and successor ({@link SplitAllocation} columns),
   * where the job has their buurten and every buurt has a successor; empty without Kerncijfers.
   */
  static Optional<Dataset<Row>> shares(ChapterInputs inputs, ReferenceBoundaries reference) {
    Dataset<Row> buurten = buurten(inputs);
    if (buurten == null) {
      return Optional.empty();
    }
    SplitBuurten split = reference.splitBuurten();
    List<String> digits = split.splitCodes().stream().map(c -> c.substring(2)).toList();
    List<Row> cells =
        buurten
            .where(substring(col("region"), 3, 4).isin(digits.toArray()))
            .select(col("year"), col("region"), col("group"), col("value"))
            .collectAsList();
    Map<String, String> labels = labels(inputs, split.splitCodes());
    List<Row> rows = new ArrayList<>();
    byMunicipalityYear(cells)
        .forEach(
            (key, groups) -> {
              String own = key.substring(0, 6);
              int year = Integer.parseInt(key.substring(7));
              if (split.isSplit(own, year)) {
                rows.addAll(rowsOf(own, year, groups, split, labels, reference.boundaries()));
              }
            });
    StructType schema =
        new StructType()
            .add(SplitAllocation.REGION, DataTypes.StringType)
            .add(SplitAllocation.YEAR, DataTypes.IntegerType)
            .add(SplitAllocation.KEY, DataTypes.StringType)
            .add(SplitAllocation.TARGET, DataTypes.StringType)
            .add(SplitAllocation.SHARE, DataTypes.DoubleType);
    return Optional.of(inputs.observations().sparkSession().createDataFrame(rows, schema));
  }

  /** {@code GM0788|2020} → group → buurt → count (null for a secret or missing figure). */
  private static Map<String, Map<String, Map<String, Double>>> byMunicipalityYear(List<Row> cells) {
    Map<String, Set<String>> buurtenOf = new TreeMap<>();
    Map<String, Map<String, Map<String, Double>>> out = new TreeMap<>();
    for (Row c : cells) {
      String key = "GM" + c.getString(1).substring(2, 6) + "|" + c.getInt(0);
      buurtenOf.computeIfAbsent(key, k -> new TreeSet<>()).add(c.getString(1));
      out.computeIfAbsent(key, k -> new TreeMap<>())
          .computeIfAbsent(c.getString(2), k -> new HashMap<>())
          .put(c.getString(1), c.isNullAt(3) ? null : c.getDouble(3));
    }
    // a buurt without a row for a group counts as a buurt without its figure
    out.forEach(
        (key, groups) ->
            groups.values().forEach(g -> buurtenOf.get(key).forEach(b -> g.putIfAbsent(b, null))));
    return out;
  }

  private static List<Row> rowsOf(
      String own,
      int year,
      Map<String, Map<String, Double>> groups,
      SplitBuurten split,
      Map<String, String> labels,
      MunicipalBoundaries boundaries) {
    Set<String> targets = new TreeSet<>();
    boundaries.resolve(own, year, split.referenceYear()).forEach(t -> targets.add(t.code()));
    Map<String, String> targetOfBuurt = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    groups.values().stream()
        .flatMap(g -> g.keySet().stream())
        .distinct()
        .forEach(
            b -> {
              String t = split.targetOf(b, own, labels);
              if (t != null) {
                targetOfBuurt.put(b, t);
              }
            });
    groups.forEach(
        (group, counts) -> {
          Map<String, Double> shares = SplitBuurten.shares(counts, targetOfBuurt, targets);
          if (shares != null) {
            shares.forEach((t, s) -> rows.add(RowFactory.create(own, year, group, t, s)));
          }
        });
    return rows;
  }
}
