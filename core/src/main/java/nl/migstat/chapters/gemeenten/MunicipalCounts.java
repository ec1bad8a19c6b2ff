package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.PROVINCE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.Selection;
import nl.migstat.harmonise.BundledList;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.SplitAllocation;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The chapter's inputs read once: municipal background counts on the reference year's boundaries,
 * one source per municipality and year (84910NED before a herkomst table before the Kerncijfers
 * wijken en buurten, whose buurt figures CBS rounds to fives), and the reference year's names.
 */
public final class MunicipalCounts {
  /** Population by migration background per municipality, 1 January (until 2022). */
  public static final List<String> MIGRATIEACHTERGROND = List.of("cbs:84910NED");

  /** Population by herkomst per municipality (since 2022). */
  public static final List<String> HERKOMST = List.of("cbs:85458NED");

  /** Kerncijfers wijken en buurten: 2017, 2018, 2019, 2020, 2021 editions. */
  public static final List<String> KERNCIJFERS =
      List.of("cbs:83765NED", "cbs:84286NED", "cbs:84583NED", "cbs:84799NED", "cbs:85039NED");

  private MunicipalCounts() {}

  /** Every municipal source this chapter can use, in order of preference. */
  public static List<String> all() {
    List<String> all = new ArrayList<>(MIGRATIEACHTERGROND);
    all.addAll(HERKOMST);
    all.addAll(KERNCIJFERS);
    return all;
  }

  /**
   * {@code source, year, region, group, kind, partition, value, status} for municipalities of the
   * reference year, from the most preferred source that has the municipality and year.
   */
  public static Dataset<Row> municipal(ChapterInputs inputs, ReferenceBoundaries boundaries) {
    Optional<Dataset<Row>> splitShares = BuurtAllocation.shares(inputs, boundaries);
    Dataset<Row> all = null;
    int rank = 0;
    for (String source : all()) {
      rank++;
      if (!inputs.has(source)) {
        continue;
      }
      Dataset<Row> rows =
          inputs
              .first(source)
              .orElseThrow()
              .rows()
              .where(Selection.annual().and(col("region").startsWith("GM")));
      Dataset<Row> groups =
          groups(source, rows, inputs, boundaries, splitShares).withColumn("_rank", lit(rank));
      all = all == null ? groups : all.unionByName(groups);
    }
    if (all == null) {
      throw new IllegalStateException("no municipal source among " + all());
    }
    Column best = min(col("_rank")).over(Window.partitionBy(col("year"), col("region")));
    return all.withColumn("_best", best)
        .where(col("_rank").equalTo(col("_best")))
        .drop("_rank", "_best");
  }

  private static Dataset<Row> groups(
      String source,
      Dataset<Row> rows,
      ChapterInputs inputs,
      ReferenceBoundaries boundaries,
      Optional<Dataset<Row>> splitShares) {
    CountMeasures counts = CountMeasures.of(source, inputs);
    if (MIGRATIEACHTERGROND.contains(source)) {
      return BackgroundGroups.fromMigratieachtergrond(
          boundaries.map(
              rows.where(Selection.measureIs("BevolkingOp1Januari")),
              counts,
              allocation(splitShares, BackgroundGroups.migratieachtergrondKey())));
    }
    if (KERNCIJFERS.contains(source)) {
      return BackgroundGroups.fromKerncijfers(
          boundaries.map(
              rows.where(
                  Selection.measureIs(BackgroundGroups.KWB_TOPICS.keySet().toArray(String[]::new))),
              counts,
              allocation(splitShares, BackgroundGroups.kerncijfersKey())));
    }
    return herkomst(source, rows, inputs, boundaries, counts);
  }

  /**
   * A herkomst table's population counts: its dimension {@code Herkomstland} (85458NED) or {@code
   * Herkomst}, and its one count measure ({@link CountMeasures}: percentages beside it are left
   * out, two counts are an error).
   */
  private static Dataset<Row> herkomst(
      String source,
      Dataset<Row> rows,
      ChapterInputs inputs,
      ReferenceBoundaries boundaries,
      CountMeasures counts) {
    String dim =
        rows.where(Selection.dim("Herkomstland").isNotNull()).isEmpty()
            ? "Herkomst"
            : "Herkomstland";
    Dataset<Row> herkomst = rows.where(Selection.dim(dim).isNotNull());
    List<String> measures =
        herkomst.select("measure").distinct().collectAsList().stream()
            .map(r -> r.getString(0))
            .filter(counts::isCount)
            .sorted()
            .toList();
    if (measures.size() != 1) {
      throw new IllegalArgumentException(
          source
              + " has "
              + (measures.isEmpty() ? "no count measure" : "several count measures " + measures)
              + " with a "
              + dim
              + " dimension; give the population count alone");
    }
    return BackgroundGroups.fromHerkomst(
        boundaries.map(herkomst.where(col("measure").equalTo(measures.get(0))), counts),
        inputs.codes(source, dim),
        dim);
  }

  private static SplitAllocation allocation(Optional<Dataset<Row>> shares, Column key) {
    return shares.map(s -> new SplitAllocation(s, key)).orElse(null);
  }

  /**
   * {@code municipality_code, province} of the reference year's list (province name as CBS writes
   * it that year).
   */
  public static Dataset<Row> provinces(
      SparkSession spark, MunicipalBoundaries boundaries, int year) {
    Map<String, String> provinces = new java.util.TreeMap<>();
    for (Map<String, String> r : BundledList.load("nl-regions.csv").rows()) {
      if (r.get("level").equals("PV")
          && Integer.parseInt(r.get("first_year")) <= year
          && year <= Integer.parseInt(r.get("last_year"))) {
        provinces.put(r.get("code"), r.get("label"));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (MunicipalBoundaries.Municipality m : boundaries.municipalitiesOn(year).values()) {
      rows.add(RowFactory.create(m.code(), provinces.getOrDefault(m.province(), m.province())));
    }
    StructType schema =
        new StructType()
            .add(MUNICIPALITY_CODE, DataTypes.StringType)
            .add(PROVINCE, DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }
}
