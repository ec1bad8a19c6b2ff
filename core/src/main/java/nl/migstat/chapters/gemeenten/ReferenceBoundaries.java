package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.migstat.harmonise.BoundaryMappingException;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.StatusColumns;
import nl.migstat.harmonise.ToReferenceYear;
import nl.migstat.model.Columns;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Municipal counts on the boundaries of the job's reference year ({@link ToReferenceYear}), plus
 * the check {@code ToReferenceYear} cannot make: a reference-year municipality whose predecessors
 * are only partly in the input (a 2018 file with Winsum but not Grootegast, Leek, Marum and
 * Zuidhorn for Westerkwartier) gets a missing figure instead of a silently smaller one.
 */
public final class ReferenceBoundaries {
  private final MunicipalBoundaries boundaries;
  private final int referenceYear;

  public ReferenceBoundaries(MunicipalBoundaries boundaries, int referenceYear) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
  }

  public int referenceYear() {
    return referenceYear;
  }

  public MunicipalBoundaries boundaries() {
    return boundaries;
  }

  /**
   * Maps {@code GM} observations that are all counts to the reference year; a mapped figure whose
   * predecessors are incomplete in its source and year becomes {@code not_available}.
   */
  public Dataset<Row> map(Dataset<Row> countObservations) {
    List<Row> keys =
        countObservations
            .select(
                col(Columns.MEASURE),
                col(Columns.SOURCE),
                substring(col(Columns.PERIOD), 1, 4),
                col(Columns.REGION))
            .distinct()
            .collectAsList();
    Set<String> measures = new HashSet<>();
    keys.forEach(r -> measures.add(r.getString(0)));
    Dataset<Row> mapped =
        new ToReferenceYear(boundaries, referenceYear, measures).apply(countObservations);
    Dataset<Row> incomplete = incomplete(countObservations.sparkSession(), keys);
    Dataset<Row> flagged =
        mapped
            .withColumn("_year", substring(col(Columns.PERIOD), 1, 4).cast("int"))
            .join(incomplete, new String[] {Columns.SOURCE, "_year", Columns.REGION}, "left");
    return flagged
        .withColumn(
            Columns.VALUE,
            when(col("_partial").isNotNull(), lit(null).cast("double"))
                .otherwise(col(Columns.VALUE)))
        .withColumn(
            Columns.STATUS,
            when(col("_partial").isNotNull(), lit(Status.NOT_AVAILABLE.code()))
                .otherwise(col(Columns.STATUS)))
        .select(
            // As figures are combined: the states in status (ToReferenceYear), no states column.
            Arrays.stream(StatusColumns.carryingStates(countObservations).columns())
                .map(c -> col(c))
                .toArray(org.apache.spark.sql.Column[]::new));
  }

  /**
   * {@code source, _year, region, _partial}: municipalities with predecessors missing, from the
   * distinct {@code measure, source, year, region} of the input.
   */
  private Dataset<Row> incomplete(SparkSession spark, List<Row> keys) {
    Map<String, Set<String>> present = new TreeMap<>();
    for (Row r : keys) {
      if (r.getString(3) != null && r.getString(3).startsWith("GM")) {
        present
            .computeIfAbsent(r.getString(1) + "|" + r.getString(2), k -> new HashSet<>())
            .add(r.getString(3));
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<Integer, Map<String, Set<String>>> contributors = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : present.entrySet()) {
      String[] key = e.getKey().split("\\|", 2);
      int year = Integer.parseInt(key[1]);
      Map<String, Set<String>> byTarget = contributors.computeIfAbsent(year, this::contributors);
      Set<String> targets = new HashSet<>();
      for (String code : e.getValue()) {
        for (MunicipalBoundaries.Target t : boundaries.resolve(code, year, referenceYear)) {
          targets.add(t.code());
        }
      }
      for (String t : targets) {
        Set<String> expected = byTarget.getOrDefault(t, Set.of());
        if (!e.getValue().containsAll(expected)) {
          rows.add(RowFactory.create(key[0], year, t, true));
        }
      }
    }
    StructType schema =
        new StructType()
            .add(Columns.SOURCE, DataTypes.StringType)
            .add("_year", DataTypes.IntegerType)
            .add(Columns.REGION, DataTypes.StringType)
            .add("_partial", DataTypes.BooleanType);
    return spark.createDataFrame(rows, schema);
  }

  /** For each reference-year municipality, the municipalities of {@code year} that feed it. */
  private Map<String, Set<String>> contributors(int year) {
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

  /**
   * Adds {@code municipality_code} to buurt rows: the reference-year municipality of the buurt's
   * own municipality (code digits 3-6 of {@code BU05180271}), null when that one was split.
   */
  public Dataset<Row> assignBuurten(Dataset<Row> buurten) {
    Column own = concat(lit("GM"), col(Columns.REGION).substr(3, 4));
    Dataset<Row> withOwn = buurten.withColumn("_own", own);
    List<Row> rows = new ArrayList<>();
    for (Row r : withOwn.select(col("_own"), col("year")).distinct().collectAsList()) {
      List<MunicipalBoundaries.Target> t =
          boundaries.resolve(r.getString(0), r.getInt(1), referenceYear);
      rows.add(
          RowFactory.create(
              r.getString(0),
              r.getInt(1),
              t.size() == 1 && t.get(0).share() == 1.0 ? t.get(0).code() : null));
    }
    StructType schema =
        new StructType()
            .add("_own", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add(MUNICIPALITY_CODE, DataTypes.StringType);
    return withOwn
        .join(
            buurten.sparkSession().createDataFrame(rows, schema),
            new String[] {"_own", "year"},
            "left")
        .drop("_own");
  }
}
