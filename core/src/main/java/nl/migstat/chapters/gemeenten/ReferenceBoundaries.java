package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.SplitAllocation;
import nl.migstat.harmonise.StatusColumns;
import nl.migstat.harmonise.ToReferenceYear;
import nl.migstat.model.Columns;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Municipal counts on the boundaries of the job's reference year ({@link ToReferenceYear}), plus
 * the checks {@code ToReferenceYear} cannot make ({@link Predecessors}): a reference-year
 * municipality whose predecessors are only partly in the input gets a missing figure instead of a
 * silently smaller one, and a predecessor missing one measure or cell is an error; and the
 * reference-year municipality of each buurt, a buurt of a split municipality going wholly to its
 * successor ({@link SplitBuurten}).
 */
public final class ReferenceBoundaries {
  /** Buurt column: the buurt's reference-year municipality lacks a predecessor's buurten. */
  public static final String PARTIAL = "municipality_partial";

  private final MunicipalBoundaries boundaries;
  private final int referenceYear;
  private final SplitBuurten splitBuurten;

  public ReferenceBoundaries(MunicipalBoundaries boundaries, int referenceYear) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
    this.splitBuurten = SplitBuurten.bundled(boundaries, referenceYear);
  }

  SplitBuurten splitBuurten() {
    return splitBuurten;
  }

  public int referenceYear() {
    return referenceYear;
  }

  public MunicipalBoundaries boundaries() {
    return boundaries;
  }

  /**
   * Maps {@code GM} observations to the reference year: only the measures {@code counts} declares
   * may be summed or split (any other on a changing municipality is an error), a split is divided
   * by the documented population share and marked {@code estimated}, and a figure whose
   * predecessors are incomplete in its source and year becomes {@code not_available}.
   */
  public Dataset<Row> map(Dataset<Row> observations, CountMeasures counts) {
    return map(observations, counts, null);
  }

  /**
   * The same, with a split municipality divided by {@code allocation} (its buurten, each wholly in
   * one successor) where that has a share for the row, and by the population share elsewhere.
   *
   * @throws nl.migstat.harmonise.BoundaryMappingException when a predecessor the source has lacks a
   *     measure and cell that another predecessor of the same municipality has
   */
  public Dataset<Row> map(
      Dataset<Row> observations, CountMeasures counts, SplitAllocation allocation) {
    List<Row> keys =
        observations
            .select(
                col(Columns.MEASURE),
                col(Columns.SOURCE),
                substring(col(Columns.PERIOD), 1, 4),
                col(Columns.REGION))
            .distinct()
            .collectAsList();
    Set<String> countKeys = new HashSet<>();
    keys.stream().map(r -> r.getString(0)).filter(counts::isCount).forEach(countKeys::add);
    Predecessors predecessors = new Predecessors(boundaries, referenceYear, keys);
    predecessors.requireEveryCell(observations.where(col(Columns.REGION).startsWith("GM")));
    ToReferenceYear toReference = new ToReferenceYear(boundaries, referenceYear, countKeys);
    Dataset<Row> mapped =
        (allocation == null ? toReference : toReference.withAllocation(allocation))
            .apply(observations);
    Dataset<Row> flagged =
        mapped
            .withColumn("_year", substring(col(Columns.PERIOD), 1, 4).cast("int"))
            .join(
                predecessors.incomplete(observations.sparkSession()),
                new String[] {Columns.SOURCE, "_year", Columns.REGION},
                "left");
    return flagged
        .withColumn(
            Columns.VALUE,
            when(col("_partial").isNotNull(), lit(null).cast("double"))
                .otherwise(col(Columns.VALUE)))
        .withColumn(
            Columns.STATUS,
            when(col("_partial").isNotNull(), lit(Status.NOT_AVAILABLE.code()))
                .otherwise(col(Columns.STATUS)))
        // As figures are combined: the states in status (ToReferenceYear), no states column.
        .select(
            Arrays.stream(StatusColumns.carryingStates(observations).columns())
                .map(c -> col(c))
                .toArray(Column[]::new));
  }

  /**
   * Adds {@code municipality_code} to buurt rows: the reference-year municipality of the buurt's
   * own municipality (code digits 3-6 of {@code BU05180271}); for a municipality split on the way
   * there, the successor that the buurt went to wholly ({@link SplitBuurten}, from {@code labels}),
   * null when its names do not say.
   *
   * @param labels names of buurten and wijken by code ({@link BuurtAllocation#labels})
   */
  public Dataset<Row> assignBuurten(Dataset<Row> buurten, Map<String, String> labels) {
    Dataset<Row> withOwn =
        buurten.withColumn("_own", concat(lit("GM"), col(Columns.REGION).substr(3, 4)));
    List<Row> rows = new ArrayList<>();
    Set<String> split = new HashSet<>();
    for (Row r : withOwn.select(col("_own"), col("year")).distinct().collectAsList()) {
      List<MunicipalBoundaries.Target> t =
          boundaries.resolve(r.getString(0), r.getInt(1), referenceYear);
      boolean whole = t.size() == 1 && t.get(0).share() == 1.0;
      rows.add(RowFactory.create(r.getString(0), r.getInt(1), whole ? t.get(0).code() : null));
      if (!whole) {
        split.add(r.getString(0));
      }
    }
    StructType schema =
        new StructType()
            .add("_own", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add(MUNICIPALITY_CODE, DataTypes.StringType);
    Dataset<Row> assigned =
        withOwn.join(
            buurten.sparkSession().createDataFrame(rows, schema),
            new String[] {"_own", "year"},
            "left");
    if (!split.isEmpty()) {
      assigned =
          assigned
              .join(
                  splitBuurtenOf(withOwn, split, labels),
                  new String[] {Columns.REGION, "year"},
                  "left")
              .withColumn(MUNICIPALITY_CODE, coalesce(col(MUNICIPALITY_CODE), col("_by_buurt")))
              .drop("_by_buurt");
    }
    return withPartial(assigned.drop("_own"));
  }

  /**
   * Adds {@code municipality_partial}: whether the buurten of some municipality that forms the
   * buurt's reference-year municipality are not in the source's year at all ({@link Predecessors}),
   * so an index over the buurten there covers part of it only.
   */
  private Dataset<Row> withPartial(Dataset<Row> assigned) {
    List<Row> keys =
        assigned
            .select(
                lit("buurten"),
                col(Columns.SOURCE),
                col("year").cast("string"),
                concat(lit("GM"), col(Columns.REGION).substr(3, 4)))
            .distinct()
            .collectAsList();
    Dataset<Row> partial =
        new Predecessors(boundaries, referenceYear, keys)
            .incomplete(assigned.sparkSession())
            .select(
                col(Columns.SOURCE),
                col("_year").as("year"),
                col(Columns.REGION).as(MUNICIPALITY_CODE),
                col("_partial").as(PARTIAL));
    return assigned
        .join(partial, new String[] {Columns.SOURCE, "year", MUNICIPALITY_CODE}, "left")
        .withColumn(PARTIAL, coalesce(col(PARTIAL), lit(false)));
  }

  /** {@code region, year, _by_buurt}: the successor of each buurt of a split municipality. */
  private Dataset<Row> splitBuurtenOf(
      Dataset<Row> withOwn, Set<String> split, Map<String, String> labels) {
    List<Row> rows = new ArrayList<>();
    for (Row r :
        withOwn
            .where(col("_own").isin(split.toArray()))
            .select(col(Columns.REGION), col("year"), col("_own"))
            .distinct()
            .collectAsList()) {
      rows.add(
          RowFactory.create(
              r.getString(0),
              r.getInt(1),
              splitBuurten.targetOf(r.getString(0), r.getString(2), labels)));
    }
    StructType schema =
        new StructType()
            .add(Columns.REGION, DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("_by_buurt", DataTypes.StringType);
    return withOwn.sparkSession().createDataFrame(rows, schema);
  }
}
