package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.migstat.harmonise.BoundaryMappingException;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.model.Columns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Whether a source holds every predecessor of a reference-year municipality, so that a sum over
 * them is the municipality and not a smaller number. A predecessor wholly absent from a source's
 * year (an extract of some municipalities: a 2018 file with Winsum but not Grootegast, Leek, Marum
 * and Zuidhorn for Westerkwartier) makes the municipality's figures missing; a predecessor the
 * source has, but without one measure and cell that the others have (Bedum without its non-western
 * count), is an error: the input contradicts itself, and no figure can be trusted.
 */
final class Predecessors {
  private final MunicipalBoundaries boundaries;
  private final int referenceYear;
  private final Map<Integer, Map<String, Set<String>>> contributors = new HashMap<>();

  /** Present codes per source and year, from the distinct measure, source, year, region rows. */
  private final Map<String, Map<Integer, Set<String>>> present = new TreeMap<>();

  Predecessors(MunicipalBoundaries boundaries, int referenceYear, List<Row> keys) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
    for (Row r : keys) {
      if (r.getString(3) != null && r.getString(3).startsWith("GM")) {
        present
            .computeIfAbsent(r.getString(1), k -> new TreeMap<>())
            .computeIfAbsent(Integer.parseInt(r.getString(2)), k -> new TreeSet<>())
            .add(r.getString(3));
      }
    }
  }

  /**
   * {@code source, _year, region, _partial}: reference-year municipalities of which a predecessor
   * is wholly absent from the source's year.
   */
  Dataset<Row> incomplete(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    present.forEach(
        (source, years) ->
            years.forEach(
                (year, codes) -> {
                  for (String t : targetsOf(codes, year)) {
                    if (!codes.containsAll(contributorsOf(year).getOrDefault(t, Set.of()))) {
                      rows.add(RowFactory.create(source, year, t, true));
                    }
                  }
                }));
    StructType schema =
        new StructType()
            .add(Columns.SOURCE, DataTypes.StringType)
            .add("_year", DataTypes.IntegerType)
            .add(Columns.REGION, DataTypes.StringType)
            .add("_partial", DataTypes.BooleanType);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Fails when a predecessor that a source's year has lacks a measure and cell (the other
   * dimensions' codes) that another predecessor of the same municipality has.
   *
   * @throws BoundaryMappingException naming the municipality, measure, cell and the predecessors
   *     without it
   */
  void requireEveryCell(Dataset<Row> observations) {
    List<Row> links = new ArrayList<>();
    List<Row> expected = new ArrayList<>();
    present.forEach(
        (source, years) ->
            years.forEach(
                (year, codes) -> {
                  for (String t : targetsOf(codes, year)) {
                    Set<String> have =
                        new TreeSet<>(contributorsOf(year).getOrDefault(t, Set.of()));
                    have.retainAll(codes);
                    if (have.size() > 1) {
                      have.forEach(c -> links.add(RowFactory.create(source, year, c, t)));
                      expected.add(RowFactory.create(source, year, t, List.copyOf(have)));
                    }
                  }
                }));
    if (links.isEmpty()) {
      return;
    }
    List<Row> gap = firstGap(observations, links, expected);
    if (!gap.isEmpty()) {
      Row g = gap.get(0);
      throw new BoundaryMappingException(
          String.format(
              Locale.ROOT,
              "%s (%s) of %d: %s has %s %s for %s but not for %s, which it has for other figures;"
                  + " a sum without them would be smaller than the municipality (a secret or"
                  + " missing figure must still be there, as '.')",
              g.getString(2),
              boundaries.nameOf(g.getString(2), referenceYear),
              g.getInt(1),
              g.getString(0),
              g.getString(3),
              g.getString(4),
              g.getString(5),
              g.getString(6)));
    }
  }

  /** {@code source, year, target, measure, cell, have, missing} of one incomplete cell, if any. */
  private static List<Row> firstGap(
      Dataset<Row> observations, List<Row> links, List<Row> expected) {
    SparkSession spark = observations.sparkSession();
    StructType linkSchema =
        new StructType()
            .add("l_source", DataTypes.StringType)
            .add("l_year", DataTypes.IntegerType)
            .add("l_region", DataTypes.StringType)
            .add("l_target", DataTypes.StringType);
    StructType expectedSchema =
        new StructType()
            .add("e_source", DataTypes.StringType)
            .add("e_year", DataTypes.IntegerType)
            .add("e_target", DataTypes.StringType)
            .add("e_codes", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> l = spark.createDataFrame(links, linkSchema);
    Dataset<Row> e = spark.createDataFrame(expected, expectedSchema);
    Dataset<Row> obs =
        observations
            .withColumn("_year", substring(col(Columns.PERIOD), 1, 4).cast("int"))
            .withColumn("_cell", array_sort(map_entries(col(Columns.DIMS))));
    Column link =
        obs.col(Columns.SOURCE)
            .equalTo(l.col("l_source"))
            .and(obs.col("_year").equalTo(l.col("l_year")))
            .and(obs.col(Columns.REGION).equalTo(l.col("l_region")));
    Dataset<Row> cells =
        obs.join(broadcast(l), link)
            .groupBy(
                col("l_source"), col("l_year"), col("l_target"), col(Columns.MEASURE), col("_cell"))
            .agg(array_sort(collect_set(col(Columns.REGION))).as("_have"));
    Column same =
        cells
            .col("l_source")
            .equalTo(e.col("e_source"))
            .and(cells.col("l_year").equalTo(e.col("e_year")))
            .and(cells.col("l_target").equalTo(e.col("e_target")));
    return cells
        .join(broadcast(e), same)
        .withColumn("_missing", array_except(col("e_codes"), col("_have")))
        .where(size(col("_missing")).gt(0))
        .select(
            col("l_source"),
            col("l_year"),
            col("l_target"),
            col(Columns.MEASURE),
            to_json(col("_cell")),
            array_join(col("_have"), ", "),
            array_join(col("_missing"), ", "))
        .limit(1)
        .collectAsList();
  }

  /** The reference-year municipalities that these codes of {@code year} map to. */
  private Set<String> targetsOf(Set<String> codes, int year) {
    Set<String> targets = new HashSet<>();
    for (String code : codes) {
      for (MunicipalBoundaries.Target t : boundaries.resolve(code, year, referenceYear)) {
        targets.add(t.code());
      }
    }
    return targets;
  }

  /** For each reference-year municipality, the municipalities of {@code year} that feed it. */
  private Map<String, Set<String>> contributorsOf(int year) {
    return contributors.computeIfAbsent(year, this::contributorsIn);
  }

  private Map<String, Set<String>> contributorsIn(int year) {
    Map<String, Set<String>> byTarget = new HashMap<>();
    for (String code : boundaries.municipalitiesOn(year).keySet()) {
      List<MunicipalBoundaries.Target> targets;
      try {
        targets = boundaries.resolve(code, year, referenceYear);
      } catch (BoundaryMappingException notInInput) {
        continue; // only fatal for a code the input has, and resolve() raises it there
      }
      for (MunicipalBoundaries.Target t : targets) {
        byTarget.computeIfAbsent(t.code(), k -> new HashSet<>()).add(code);
      }
    }
    return byTarget;
  }
}
