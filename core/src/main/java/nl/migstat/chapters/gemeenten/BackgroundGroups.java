package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.Selection;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Population counts per region and background group, from the three CBS table families that have
 * them: 84910NED ({@code Migratieachtergrond} 1012600/2012655/2012657, MANIFEST A1), the
 * Kerncijfers wijken en buurten (84583NED: {@code WestersTotaal_17}, {@code NietWestersTotaal_18}
 * and their details as topics, Dutch background only as the remainder of {@code AantalInwoners_5})
 * and the herkomst tables (85458NED: a {@code Herkomstland} dimension).
 *
 * <p>Output columns: {@code source, year, region, group, kind, partition, value, status}; a group's
 * Dutch name is its label in the tables ({@code codelists/categories.csv}, list {@code
 * municipal_group}, or the source's herkomst title). {@code kind} is {@code total}, {@code dutch},
 * {@code western}, {@code non_western}, {@code non_western_detail}, {@code europe}, {@code
 * outside_europe} or {@code other}; {@code partition} marks the groups that together make up the
 * total at the finest level the source has (for the diversity index).
 */
public final class BackgroundGroups {
  public static final String TOTAL = "totaal";
  public static final String DUTCH = "nederlands";
  public static final String WESTERN = "westers";
  public static final String NON_WESTERN = "niet_westers";

  /** 85458NED {@code Herkomstland}: Nederland, Europa (exclusief Nederland), Buiten Europa. */
  static final String HERKOMST_NEDERLAND = "1012600";

  static final String HERKOMST_EUROPE = "H007933";
  static final String HERKOMST_OUTSIDE_EUROPE = "H008859";

  /** 84910NED codes of {@code Migratieachtergrond}. */
  static final Map<String, String> MIGRATIEACHTERGROND =
      Map.of("T001040", TOTAL, "1012600", DUTCH, "2012655", WESTERN, "2012657", NON_WESTERN);

  /** Kerncijfers wijken en buurten topics (key stems) and their groups. */
  static final Map<String, String> KWB_TOPICS =
      Map.of(
          "AantalInwoners",
          TOTAL,
          "WestersTotaal",
          WESTERN,
          "NietWestersTotaal",
          NON_WESTERN,
          "Marokko",
          "marokko",
          "NederlandseAntillenEnAruba",
          "antillen_aruba",
          "Suriname",
          "suriname",
          "Turkije",
          "turkije",
          "OverigNietWesters",
          "overig_niet_westers");

  /** The KWB's details of the non-western background, which add up to it. */
  static final List<String> DETAILS =
      List.of("marokko", "antillen_aruba", "suriname", "turkije", "overig_niet_westers");

  private BackgroundGroups() {}

  /** The year of an annual observation ({@code 2019}); population on 1 January of that year. */
  static Column year() {
    return Selection.year();
  }

  /**
   * 84910NED-style rows (all dimensions but {@code Migratieachtergrond} at totals, or collapsed):
   * the three groups and the total (the source's own total, else the sum of the three).
   */
  public static Dataset<Row> fromMigratieachtergrond(Dataset<Row> rows) {
    Dataset<Row> cut =
        rows.where(
            Selection.measureIs("BevolkingOp1Januari")
                .and(
                    Selection.dim("Migratieachtergrond")
                        .isin(MIGRATIEACHTERGROND.keySet().toArray())));
    for (String dim : List.of("Geslacht", "Leeftijd", "Generatie")) {
      cut = Selection.collapse(cut, dim);
    }
    cut = cut.where(Selection.totalsExcept("Migratieachtergrond"));
    Dataset<Row> groups =
        cut.where(Selection.dim("Migratieachtergrond").notEqual("T001040"))
            .select(
                col("source"),
                year().as("year"),
                col("region"),
                groupOf(Selection.dim("Migratieachtergrond"), MIGRATIEACHTERGROND).as("group"),
                col("value"),
                col("status"));
    Dataset<Row> total =
        Selection.collapse(cut, "Migratieachtergrond")
            .select(
                col("source"),
                year().as("year"),
                col("region"),
                lit(TOTAL).as("group"),
                col("value"),
                col("status"));
    return classify(groups.unionByName(total));
  }

  /**
   * Kerncijfers wijken en buurten rows (any region level): the groups the file has topics for, and
   * the Dutch background as inhabitants minus western minus non-western (missing when any of the
   * three is).
   */
  public static Dataset<Row> fromKerncijfers(Dataset<Row> rows) {
    Column stem = Selection.measureStem();
    Dataset<Row> cut =
        rows.where(stem.isin(KWB_TOPICS.keySet().toArray()))
            .withColumn("group", groupOf(stem, KWB_TOPICS))
            .withColumn("year", year());
    Dataset<Row> direct =
        cut.select(
            col("source"), col("year"), col("region"), col("group"), col("value"), col("status"));
    Column three = col("group").isin(TOTAL, WESTERN, NON_WESTERN);
    Column signed =
        when(col("group").equalTo(TOTAL), col("value")).otherwise(col("value").multiply(-1));
    Dataset<Row> dutch =
        cut.where(three)
            .groupBy(col("source"), col("year"), col("region"))
            .agg(
                sum(lit(1)).as("_n"),
                max(when(col("value").isNull(), 1).otherwise(0)).as("_gap"),
                sum(signed).as("value"),
                Figures.strongestOver(col("status")).as("status"))
            .where(col("_n").equalTo(3))
            .select(
                col("source"),
                col("year"),
                col("region"),
                lit(DUTCH).as("group"),
                when(col("_gap").equalTo(1), lit(null).cast("double"))
                    .otherwise(col("value"))
                    .as("value"),
                Figures.statusOf(
                        when(col("_gap").equalTo(1), lit(null)).otherwise(col("value")),
                        col("status"))
                    .as("status"));
    return classify(direct.unionByName(dutch));
  }

  /**
   * Herkomst rows (85458NED {@code Herkomstland}, also {@code Herkomst}; {@code Geboorteland},
   * {@code Geslacht}, {@code Leeftijd} collapsed to their totals): each code is a group; the total
   * is the CBS total code; the code labelled "Nederland" is the Dutch group and the codes under the
   * same parent make up the partition. The three groups of CBS's first split of herkomstland
   * (Nederland {@code 1012600}, Europa exclusief Nederland {@code H007933}, Buiten Europa {@code
   * H008859}: README-background-bridge.md) get kinds {@code dutch}, {@code europe} and {@code
   * outside_europe}, the others {@code other}.
   *
   * @param labels {@code code, label, parent} of the source's herkomst dimension
   * @param dim the herkomst dimension: {@code Herkomstland} (85458NED) or {@code Herkomst}
   */
  public static Dataset<Row> fromHerkomst(Dataset<Row> rows, Dataset<Row> labels, String dim) {
    Dataset<Row> cut = rows.where(Selection.dim(dim).isNotNull());
    for (String other : List.of("Geslacht", "Leeftijd", "Generatie", "Geboorteland")) {
      cut = Selection.collapse(cut, other);
    }
    Column code = Selection.dim(dim);
    Dataset<Row> cells =
        cut.where(Selection.totalsExcept(dim))
            .select(
                col("source"),
                year().as("year"),
                col("region"),
                when(Selection.isTotalCode(code), lit(TOTAL)).otherwise(code).as("group"),
                col("value"),
                col("status"));
    Dataset<Row> codes = labels.select(col("code").as("group"), col("label"), col("parent"));
    List<Row> dutch =
        codes.where(isDutch(col("label"))).select(col("parent")).limit(1).collectAsList();
    Column sameParent =
        dutch.isEmpty() ? lit(true) : col("parent").eqNullSafe(lit(dutch.get(0).getString(0)));
    Column kind =
        when(col("group").equalTo(TOTAL), lit("total"))
            .when(isDutch(col("label")).or(col("group").equalTo(HERKOMST_NEDERLAND)), lit("dutch"))
            .when(col("group").equalTo(HERKOMST_EUROPE), lit("europe"))
            .when(col("group").equalTo(HERKOMST_OUTSIDE_EUROPE), lit("outside_europe"))
            .otherwise(lit("other"));
    return cells
        .join(codes, new String[] {"group"}, "left")
        .select(
            col("source"),
            col("year"),
            col("region"),
            col("group"),
            kind.as("kind"),
            col("group").notEqual(TOTAL).and(sameParent).as("partition"),
            col("value"),
            col("status"));
  }

  /** The group of an 84910NED observation, for a split's allocation by buurt. */
  static Column migratieachtergrondKey() {
    return groupOf(Selection.dim("Migratieachtergrond"), MIGRATIEACHTERGROND);
  }

  /** The group of a Kerncijfers observation (by its topic), for a split's allocation by buurt. */
  static Column kerncijfersKey() {
    return groupOf(Selection.measureStem(), KWB_TOPICS);
  }

  /** The herkomst group of people born in the Netherlands with both parents born there. */
  private static Column isDutch(Column label) {
    return lower(trim(label)).equalTo("nederland");
  }

  private static Column groupOf(Column code, Map<String, String> groups) {
    Column c = lit(null).cast("string");
    for (Map.Entry<String, String> e : groups.entrySet()) {
      c = when(code.equalTo(e.getKey()), lit(e.getValue())).otherwise(c);
    }
    return c;
  }

  /** Adds {@code kind} and {@code partition}: non-western is replaced by its details if present. */
  private static Dataset<Row> classify(Dataset<Row> rows) {
    Column detail = col("group").isin(DETAILS.toArray());
    org.apache.spark.sql.expressions.WindowSpec w =
        org.apache.spark.sql.expressions.Window.partitionBy(
            col("source"), col("year"), col("region"));
    Column hasDetail = max(when(detail, 1).otherwise(0)).over(w).equalTo(1);
    Column kind =
        when(col("group").equalTo(TOTAL), lit("total"))
            .when(col("group").equalTo(DUTCH), lit("dutch"))
            .when(col("group").equalTo(WESTERN), lit("western"))
            .when(col("group").equalTo(NON_WESTERN), lit("non_western"))
            .otherwise(lit("non_western_detail"));
    Column partition =
        col("group")
            .isin(DUTCH, WESTERN)
            .or(detail)
            .or(col("group").equalTo(NON_WESTERN).and(not(hasDetail)));
    return rows.withColumn("kind", kind)
        .withColumn("partition", partition)
        .select(
            col("source"),
            col("year"),
            col("region"),
            col("group"),
            col("kind"),
            col("partition"),
            col("value"),
            col("status"));
  }
}
