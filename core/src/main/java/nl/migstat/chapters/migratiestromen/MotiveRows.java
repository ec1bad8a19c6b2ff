package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.ImmigrationByMotive.MOTIVE;
import static nl.migstat.chapters.migratiestromen.ImmigrationByMotive.ORIGIN_GROUP;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Shares;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The rows of {@link ImmigrationByMotive}: each motive per origin group, each group's total as the
 * source publishes it (84809NED T001056) rather than the sum of its rounded parts, the motives over
 * both groups, and every row's share of the year's immigrants without Dutch nationality.
 */
final class MotiveRows {
  /** The {@code motive} (and the {@code origin_group}) of a total row. */
  static final String TOTAL = "total";

  private static final String BASE = "base";
  private static final String BASE_STATUS = statusColumn(BASE);

  private MotiveRows() {}

  /**
   * @param counts {@code year, motive, origin_group, value, status}; motive {@code total} rows are
   *     the source's own totals of the group
   * @param groups the origin groups the year's base must hold (one per source read)
   */
  static Dataset<Row> build(Dataset<Row> counts, List<String> groups) {
    Dataset<Row> parts =
        counts
            .where(col(MOTIVE).notEqual(TOTAL))
            .groupBy(YEAR, MOTIVE, ORIGIN_GROUP)
            .agg(
                Figures.sumOrMissing(col("value")).as(COUNT),
                Figures.strongestOver(col("status")).as(statusColumn(COUNT)));
    Dataset<Row> groupTotals = groupTotals(counts, parts, groups);
    Dataset<Row> base =
        groupTotals
            .groupBy(YEAR)
            .agg(
                Figures.sumOrMissing(col(COUNT)).as(BASE),
                Figures.strongestOver(col(statusColumn(COUNT))).as(BASE_STATUS));
    Dataset<Row> all =
        parts
            .unionByName(groupTotals)
            .unionByName(overGroups(parts, counts, groups.size()))
            .unionByName(
                base.select(
                    col(YEAR),
                    lit(TOTAL).as(MOTIVE),
                    lit(TOTAL).as(ORIGIN_GROUP),
                    col(BASE).as(COUNT),
                    col(BASE_STATUS).as(statusColumn(COUNT))));
    Dataset<Row> shared =
        Shares.of(all.join(base, new String[] {YEAR}, "left"), COUNT, BASE, SHARE)
            .drop(BASE, BASE_STATUS)
            .withColumn(
                statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))));
    return ordered(shared);
  }

  /**
   * Per year and group: the source's published total where it has a total row (its value, even when
   * missing), else the sum of the group's parts; a group without any row that year is missing, so
   * the year's base is never a smaller number.
   */
  private static Dataset<Row> groupTotals(
      Dataset<Row> counts, Dataset<Row> parts, List<String> groups) {
    Dataset<Row> published =
        counts
            .where(col(MOTIVE).equalTo(TOTAL))
            .groupBy(YEAR, ORIGIN_GROUP)
            .agg(
                Figures.sumOrMissing(col("value")).as("published"),
                Figures.strongestOver(col("status")).as("published_status"),
                lit(true).as("has_published"));
    Dataset<Row> summed =
        parts
            .groupBy(YEAR, ORIGIN_GROUP)
            .agg(
                Figures.sumOrMissing(col(COUNT)).as("summed"),
                Figures.strongestOver(col(statusColumn(COUNT))).as("summed_status"));
    Dataset<Row> expected =
        counts
            .select(YEAR)
            .distinct()
            .crossJoin(
                counts.sparkSession().createDataset(groups, Encoders.STRING()).toDF(ORIGIN_GROUP));
    Column isPublished = col("has_published").isNotNull();
    return expected
        .join(published, new String[] {YEAR, ORIGIN_GROUP}, "left")
        .join(summed, new String[] {YEAR, ORIGIN_GROUP}, "left")
        .select(
            col(YEAR),
            lit(TOTAL).as(MOTIVE),
            col(ORIGIN_GROUP),
            when(isPublished, col("published")).otherwise(col("summed")).as(COUNT),
            when(isPublished, col("published_status"))
                .otherwise(col("summed_status"))
                .as(statusColumn(COUNT)));
  }

  /**
   * Each motive over all groups: the sum of its group rows (no source publishes it), missing in a
   * year where a group has no rows at all.
   */
  private static Dataset<Row> overGroups(Dataset<Row> parts, Dataset<Row> counts, int groups) {
    Dataset<Row> complete =
        counts.groupBy(YEAR).agg(countDistinct(col(ORIGIN_GROUP)).geq(groups).as("complete"));
    return parts
        .groupBy(YEAR, MOTIVE)
        .agg(
            Figures.sumOrMissing(col(COUNT)).as(COUNT),
            Figures.strongestOver(col(statusColumn(COUNT))).as(statusColumn(COUNT)))
        .join(complete, new String[] {YEAR}, "left")
        .select(
            col(YEAR),
            col(MOTIVE),
            lit(TOTAL).as(ORIGIN_GROUP),
            when(col("complete"), col(COUNT)).as(COUNT),
            col(statusColumn(COUNT)));
  }

  private static Dataset<Row> ordered(Dataset<Row> rows) {
    List<Column> motives = new ArrayList<>();
    ImmigrationByMotive.MOTIVES.forEach(m -> motives.add(lit(m)));
    motives.add(lit(TOTAL));
    Column motiveOrder = array(motives.toArray(Column[]::new));
    Column groupOrder = array(lit("non_eu_efta"), lit("eu_efta"), lit(TOTAL));
    return rows.withColumn("__m", array_position(motiveOrder, col(MOTIVE)))
        .withColumn("__g", array_position(groupOrder, col(ORIGIN_GROUP)))
        .orderBy(col(YEAR), col("__g"), col("__m"))
        .drop("__m", "__g")
        .select(YEAR, MOTIVE, ORIGIN_GROUP, COUNT, statusColumn(COUNT), SHARE, statusColumn(SHARE));
  }
}
