package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.IS_NETHERLANDS;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.harmonise.DutchLabels;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The pattern the EU comparisons per inhabitant share: a count per country against its population
 * on 1 January of the same year, the figure per {@code per} inhabitants, and the rank of each EU-27
 * member among the members with a figure (1 = highest). Aggregates (EU27_2020, EA20, EFTA, TOTAL:
 * {@code eurostat-labels.csv}, aggregate = 1) and countries outside the EU-27 ({@code
 * countries.csv}, eu27; the United Kingdom after 2020 too, a former member) are shown but never
 * ranked; a missing figure is never ranked either, so a rank never rests on a gap.
 */
final class EuPerCapita {
  /** The number of members ranked beside each rank ("5e van 26"): a year may lack a member. */
  static final String COUNTRIES_RANKED = "countries_ranked";

  /** The project's ids of the {@code level} column ({@code categories.csv}, list eu_level). */
  static final String MEMBER = "eu27";

  static final String AGGREGATE = "aggregate";
  static final String OTHER = "other";

  /**
   * Eurostat population on 1 January: demo_pjan (the full table), else tps00001 (its total), in the
   * order issue 20 names them; both carry the same figure.
   */
  static final Sources POPULATION_SOURCES =
      Sources.anyOf("eurostat:demo_pjan", "eurostat:tps00001");

  private EuPerCapita() {}

  /** The labels of the {@code level} column. */
  static CodeList levels() {
    return CodeList.categories("eu_level");
  }

  /**
   * The code lists every EU comparison per inhabitant labels: levels by the project's ids,
   * countries by their Dutch names.
   */
  static Map<String, CodeList> levelsAndCountries() {
    return Map.of(
        LEVEL, levels(), COUNTRY_CODE, CodeList.of("Eurostat geo", DutchLabels.eurostatGeo()));
  }

  /**
   * A count and the rate made of it.
   *
   * @param count the count column's name
   * @param rate the rate column's name
   * @param per the rate is per this many inhabitants (1 000)
   */
  record Rate(String count, String rate, int per) {}

  /**
   * @param figures {@code year, country, value, status} and the {@code within} columns
   * @param population {@code year, country, value, status}: population on 1 January
   * @param countries {@link Countries#countries}
   * @param within the columns besides the year that rank separately (a reason, a month)
   * @return the figures with {@code level, country_code, <count>, population, <rate>, rank,
   *     countries_ranked, is_netherlands} and their status columns, ordered by year, {@code
   *     within}, members by rank, then aggregates, then other countries
   */
  static Dataset<Row> build(
      Dataset<Row> figures,
      Dataset<Row> population,
      Dataset<Row> countries,
      Rate rate,
      List<String> within) {
    Dataset<Row> pop =
        population.select(
            col(YEAR),
            col("country"),
            col("value").as(POPULATION),
            col("status").as(statusColumn(POPULATION)));
    Dataset<Row> members = countries.select(col("geo").as("country"), col("eu27"));
    Dataset<Row> joined =
        figures
            .withColumnRenamed("value", rate.count())
            .withColumnRenamed("status", statusColumn(rate.count()))
            .join(pop, new String[] {YEAR, "country"}, "left")
            .join(members, new String[] {"country"}, "left")
            .withColumn(LEVEL, level())
            .drop("eu27");
    return ranked(withRate(joined, rate), rate.rate(), within);
  }

  /** EU-27 members, aggregates (never ranked) and other countries. */
  private static Column level() {
    return when(col("country").isin(Countries.eurostatAggregates().keySet().toArray()), AGGREGATE)
        .when(col("eu27"), MEMBER)
        .otherwise(OTHER);
  }

  private static Dataset<Row> withRate(Dataset<Row> joined, Rate rate) {
    String count = rate.count();
    return joined
        .withColumn(
            rate.rate(), Figures.ratio(col(count).multiply(lit(rate.per())), col(POPULATION)))
        .withColumn(
            statusColumn(rate.rate()),
            Figures.statusOf(
                col(rate.rate()), col(statusColumn(count)), col(statusColumn(POPULATION))))
        .withColumn(statusColumn(count), Figures.statusOf(col(count), col(statusColumn(count))))
        .withColumn(
            statusColumn(POPULATION),
            Figures.statusOf(col(POPULATION), col(statusColumn(POPULATION))));
  }

  /**
   * Ranks the members with a figure, highest first; equal figures share a rank (Spark's {@code
   * rank}: 1, 2, 2, 4), as a published ranking would show a tie.
   */
  private static Dataset<Row> ranked(Dataset<Row> rows, String rateColumn, List<String> within) {
    Column rankable = col(LEVEL).equalTo(MEMBER).and(col(rateColumn).isNotNull());
    List<Column> group = new ArrayList<>(List.of(col(YEAR)));
    within.forEach(c -> group.add(col(c)));
    group.add(col("__rankable"));
    WindowSpec w = Window.partitionBy(group.toArray(Column[]::new));
    return rows.withColumn("__rankable", rankable)
        .withColumn(
            RANK,
            when(col("__rankable"), rank().over(w.orderBy(col(rateColumn).desc()))).cast("int"))
        .withColumn(COUNTRIES_RANKED, when(col("__rankable"), count(lit(1)).over(w)).cast("int"))
        .withColumnRenamed("country", COUNTRY_CODE)
        .withColumn(IS_NETHERLANDS, col(COUNTRY_CODE).equalTo("NL"))
        .drop("__rankable")
        .orderBy(order(within));
  }

  /**
   * The publication order of a built table: by year and {@code within}, the members by rank, then
   * the aggregates, then the other countries.
   */
  static Column[] order(List<String> within) {
    Column levelOrder =
        when(col(LEVEL).equalTo(MEMBER), lit(1))
            .when(col(LEVEL).equalTo(AGGREGATE), lit(2))
            .otherwise(lit(3));
    List<Column> order = new ArrayList<>(List.of(col(YEAR)));
    within.forEach(c -> order.add(col(c)));
    order.addAll(List.of(levelOrder, col(RANK).asc_nulls_last(), col(COUNTRY_CODE)));
    return order.toArray(Column[]::new);
  }
}
