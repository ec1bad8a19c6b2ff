package nl.migstat.harmonise;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.migstat.model.Columns;
import nl.migstat.model.Schemas;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Maps municipal ({@code GM}) observations of any year to the municipalities of one reference year
 * (DESIGN.md "Harmonisation rules"): counts of merged municipalities add up, a split municipality's
 * count is divided by a {@link SplitAllocation} where one is given (buurten wholly in one
 * successor) and else by its documented population shares and marked {@code estimated}, and a sum
 * over a suppressed or missing part stays suppressed or missing (RELIABILITY.md "Disclosure
 * control"). A sum carries every state of its parts ({@link StatusColumns#union}): the rows come
 * back as figures are combined ({@link StatusColumns#carryingStates}: every state in {@code
 * status}).
 *
 * <p>The year of an observation is the first four digits of its period: {@code 2019}, {@code
 * 2019-Q2}, {@code 2019-03}; {@code 2018/2019} counts as 2018. A population stock of period {@code
 * 2019} (on 1 January 2019) is thus read on the 2019 list, as CBS publishes it. Rows of other
 * regions ({@code NL01}, {@code LD}, {@code PV}, and {@code WK}/{@code BU}: wijk and buurt codes
 * are not harmonised) pass unchanged.
 */
public final class ToReferenceYear {
  private static final String YEAR = "_year";
  private static final String TARGET = "_target";
  private static final String SHARE = "_share";
  private static final String STATES = "_states";
  private static final String ENTRIES = "_dims";
  private static final String SPLIT = "_split";
  private static final String ALLOCATED = "_allocated";

  private final MunicipalBoundaries boundaries;
  private final int referenceYear;
  private final Set<String> countMeasures;
  private final SplitAllocation allocation;

  /**
   * @param countMeasures the measure keys whose values are counts; only these may be summed or
   *     split, every other measure on a municipality that changes is an error
   */
  public ToReferenceYear(
      MunicipalBoundaries boundaries, int referenceYear, Set<String> countMeasures) {
    this(boundaries, referenceYear, countMeasures, null);
  }

  private ToReferenceYear(
      MunicipalBoundaries boundaries,
      int referenceYear,
      Set<String> countMeasures,
      SplitAllocation allocation) {
    this.boundaries = boundaries;
    this.referenceYear = referenceYear;
    this.countMeasures = Set.copyOf(countMeasures);
    this.allocation = allocation;
  }

  /**
   * The same mapping, with a split municipality's rows that {@code allocation} has a share for
   * divided by that share (not estimated) instead of by the documented population share.
   */
  public ToReferenceYear withAllocation(SplitAllocation allocation) {
    return new ToReferenceYear(boundaries, referenceYear, countMeasures, allocation);
  }

  /**
   * Observations (schema {@link Schemas#OBSERVATIONS}, or as {@link StatusColumns#carryingStates}
   * gives them) on the reference year's boundaries, their states in {@code status}.
   */
  public Dataset<Row> apply(Dataset<Row> stored) {
    Dataset<Row> observations = StatusColumns.carryingStates(stored);
    Column municipal = col(Columns.REGION).startsWith("GM");
    Dataset<Row> gm =
        observations
            .filter(municipal)
            .withColumn(YEAR, substring(col(Columns.PERIOD), 1, 4).cast("int"));
    Dataset<Row> mapping = mapping(gm);
    Dataset<Row> mapped =
        gm.join(
            mapping,
            gm.col(Columns.REGION)
                .equalTo(mapping.col("m_region"))
                .and(gm.col(YEAR).equalTo(mapping.col("m_year"))));
    Dataset<Row> others = observations.filter(col(Columns.REGION).isNull().or(not(municipal)));
    return others.unionByName(aggregate(allocated(mapped)));
  }

  /**
   * Replaces the documented share of a split municipality by the allocation's share where it has
   * one for the row's key, and notes which rows it replaced ({@code _allocated}).
   */
  private Dataset<Row> allocated(Dataset<Row> mapped) {
    if (allocation == null) {
      return mapped.withColumn(ALLOCATED, lit(false));
    }
    Dataset<Row> keyed = mapped.withColumn("_key", allocation.key());
    Dataset<Row> a = allocation.shares();
    Column on =
        keyed
            .col(Columns.REGION)
            .equalTo(a.col(SplitAllocation.REGION))
            .and(keyed.col(YEAR).equalTo(a.col(SplitAllocation.YEAR)))
            .and(keyed.col("_key").equalTo(a.col(SplitAllocation.KEY)))
            .and(keyed.col(TARGET).equalTo(a.col(SplitAllocation.TARGET)));
    Column share = col(SplitAllocation.SHARE);
    return keyed
        .join(broadcast(a), on, "left")
        .withColumn(ALLOCATED, col(SPLIT).and(share.isNotNull()))
        .withColumn(SHARE, when(col(ALLOCATED), share).otherwise(col(SHARE)))
        .drop(
            "_key",
            SplitAllocation.REGION,
            SplitAllocation.YEAR,
            SplitAllocation.KEY,
            SplitAllocation.TARGET,
            SplitAllocation.SHARE);
  }

  /** One row per (region, year, target, share); resolved on the driver, so errors are plain. */
  private Dataset<Row> mapping(Dataset<Row> gm) {
    List<Row> rows = new ArrayList<>();
    List<Row> changed = new ArrayList<>();
    for (Row r : gm.select(Columns.REGION, YEAR).distinct().collectAsList()) {
      if (r.isNullAt(1)) {
        throw new BoundaryMappingException(
            "a municipal observation of "
                + r.getString(0)
                + " has no period, so its boundaries are unknown");
      }
      List<MunicipalBoundaries.Target> targets =
          boundaries.resolve(r.getString(0), r.getInt(1), referenceYear);
      for (MunicipalBoundaries.Target t : targets) {
        rows.add(
            RowFactory.create(
                r.getString(0), r.getInt(1), t.code(), t.share(), targets.size() > 1));
      }
      if (targets.size() != 1 || !targets.get(0).code().equals(r.getString(0))) {
        changed.add(r);
      }
    }
    rejectNonCounts(gm, changed);
    StructType schema =
        new StructType()
            .add("m_region", DataTypes.StringType, false)
            .add("m_year", DataTypes.IntegerType, false)
            .add(TARGET, DataTypes.StringType, false)
            .add(SHARE, DataTypes.DoubleType, false)
            .add(SPLIT, DataTypes.BooleanType, false);
    return gm.sparkSession().createDataFrame(rows, schema);
  }

  private void rejectNonCounts(Dataset<Row> gm, List<Row> changed) {
    if (changed.isEmpty()) {
      return;
    }
    // A join on the changed (region, year) pairs, not one OR per pair: with every municipality
    // over ten years that expression grew past what Spark can compile, and ran interpreted.
    StructType pairs =
        new StructType()
            .add("c_region", DataTypes.StringType, false)
            .add("c_year", DataTypes.IntegerType, false);
    Dataset<Row> changedPairs = gm.sparkSession().createDataFrame(changed, pairs);
    Column notCount = not(col(Columns.MEASURE).isin(countMeasures.toArray()));
    Dataset<Row> nonCounts = gm.filter(notCount);
    List<Row> bad =
        nonCounts
            .join(
                broadcast(changedPairs),
                nonCounts
                    .col(Columns.REGION)
                    .equalTo(changedPairs.col("c_region"))
                    .and(nonCounts.col(YEAR).equalTo(changedPairs.col("c_year"))),
                "left_semi")
            .select(Columns.MEASURE, Columns.REGION, YEAR, Columns.ORIGIN)
            .limit(1)
            .collectAsList();
    if (!bad.isEmpty()) {
      Row b = bad.get(0);
      throw new BoundaryMappingException(
          String.format(
              Locale.ROOT,
              "measure %s of %s in %d (%s) is not a count: shares and rates must be recomputed from"
                  + " counts after mapping to %d, never carried over",
              b.getString(0),
              b.getString(1),
              b.getInt(2),
              b.getString(3),
              referenceYear));
    }
  }

  private Dataset<Row> aggregate(Dataset<Row> mapped) {
    // A split divided by the one documented population share is an estimate; one divided by the
    // allocation (buurten wholly in one successor) is not.
    Column estimated = col(SPLIT).and(not(col(ALLOCATED)));
    Column status =
        when(
                estimated.and(col(Columns.VALUE).isNotNull()),
                StatusColumns.strongest(col(Columns.STATUS), lit(Status.ESTIMATED.code())))
            .otherwise(col(Columns.STATUS));
    Dataset<Row> rows =
        mapped
            .withColumn(Columns.VALUE, col(Columns.VALUE).multiply(col(SHARE)))
            .withColumn(STATES, status)
            .withColumn(ENTRIES, array_sort(map_entries(col(Columns.DIMS))));
    Column anyMissing = max(when(col(Columns.VALUE).isNull(), lit(1)).otherwise(lit(0)));
    Column value =
        when(anyMissing.equalTo(1), lit(null).cast("double")).otherwise(sum(col(Columns.VALUE)));
    Column origins = array_sort(collect_list(col(Columns.ORIGIN)));
    Column flags = array_sort(collect_set(col(Columns.SOURCE_FLAG)));
    Dataset<Row> grouped =
        rows.groupBy(
                col(Columns.SOURCE),
                col(Columns.MEASURE),
                col(Columns.PERIOD),
                col(Columns.FREQUENCY),
                col(Columns.PERIOD_START),
                col(Columns.PERIOD_END),
                col(TARGET),
                col(ENTRIES))
            .agg(
                value.as(Columns.VALUE),
                StatusColumns.unionOver(col(STATES)).as(STATES),
                origins.as("_origins"),
                flags.as("_flags"),
                count(lit(1)).as("_n"));
    Column states = col(STATES);
    Column finalStatus =
        when(col(Columns.VALUE).isNull(), coalesce(states, lit(Status.NOT_AVAILABLE.code())))
            .otherwise(states);
    Column origin =
        when(col("_n").leq(3), array_join(col("_origins"), " + "))
            .otherwise(
                concat(
                    array_join(slice(col("_origins"), 1, 3), " + "),
                    lit(" + "),
                    col("_n").minus(3).cast("string"),
                    lit(" more")));
    return grouped.select(
        col(Columns.SOURCE),
        col(Columns.MEASURE),
        col(Columns.PERIOD),
        col(Columns.FREQUENCY),
        col(Columns.PERIOD_START),
        col(Columns.PERIOD_END),
        col(TARGET).as(Columns.REGION),
        map_from_entries(col(ENTRIES)).as(Columns.DIMS),
        col(Columns.VALUE),
        finalStatus.as(Columns.STATUS),
        when(size(col("_flags")).equalTo(0), lit(null).cast("string"))
            .otherwise(array_join(col("_flags"), ","))
            .as(Columns.SOURCE_FLAG),
        origin.as(Columns.ORIGIN));
  }
}
