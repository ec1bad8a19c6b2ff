package nl.migstat.chapters.gemeenten;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Table 3: the index of dissimilarity of each background group against the rest of the population
 * over the buurten of a municipality (Kerncijfers wijken en buurten, MANIFEST A1: buurt figures
 * rounded to fives, {@code .} for secret or missing).
 */
public final class SegregationWithinMunicipality implements ReportTable<MunicipalInputs> {
  /** The Kerncijfers wijken en buurten editions: the only sources with buurt figures. */
  static final Sources SOURCES = Sources.anyOf(MunicipalCounts.KERNCIJFERS);

  public static final TableInfo INFO =
      new TableInfo(
          "segregation_within_municipality",
          "Segregatie binnen gemeenten: segregatie-index over buurten",
          "index 0-1 (0 = gelijk verdeeld, 1 = volledig gescheiden); aantal buurten",
          List.of(
              "Segregatie-index (dissimilariteit) = ½ Σ |groep_i / groep − rest_i / rest| over de"
                  + " buurten i van de gemeente; rest = inwoners − groep.",
              "Buurten zonder cijfer (geheim of ontbrekend, '.') tellen niet mee en zijn met hun code"
                  + " vermeld; buurten met 0 inwoners tellen mee zonder invloed.",
              "Buurtcijfers zijn door CBS afgerond op vijftallen; Nederlandse achtergrond = inwoners"
                  + " − westers − niet-westers.",
              "Buurten van samengevoegde gemeenten tellen mee bij de gemeente van het referentiejaar;"
                  + " buurten van een gesplitste gemeente zijn niet toe te delen en tellen niet mee.",
              "Index geheim (x) als de groep in de gebruikte buurten samen onder de drempel blijft."),
          List.of(
              integer("reference_year", "Indeling van"),
              integer("year", "Jaar"),
              text("municipality_code", "Gemeentecode"),
              text("municipality_name", "Gemeente"),
              text("background_group", "Groep (code)"),
              text("background_label", "Groep"),
              figure("dissimilarity_index", "Segregatie-index", 3),
              figure("group_population", "Groep in gebruikte buurten", 0),
              integer("buurten_used", "Buurten gebruikt"),
              integer("buurten_left_out", "Buurten weggelaten"),
              text("buurten_left_out_codes", "Weggelaten buurten"),
              text("source", "Bron")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  /** From the buurt rows of every Kerncijfers edition present. */
  @Override
  public ChapterTable buildFrom(MunicipalInputs inputs) {
    List<String> present = SOURCES.present(inputs.all());
    if (present.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    // Computed once: the index uses the buurten three times (totals, used, left out), and each
    // use would otherwise read and map the Kerncijfers again (BENCHMARKS.md).
    Dataset<Row> buurten =
        inputs.reference().assignBuurten(MunicipalCounts.buurten(inputs.all())).localCheckpoint();
    return ChapterTable.built(
        INFO, build(buurten, inputs.names(), inputs.referenceYear(), inputs.small()), present);
  }

  /**
   * @param buurten buurt counts ({@code source, year, region, group, label, kind, value, status},
   *     from {@link BackgroundGroups#fromKerncijfers}) with {@code municipality_code}: the
   *     reference-year municipality of the buurt, null when it cannot be assigned
   */
  public static Dataset<Row> build(
      Dataset<Row> buurten, Dataset<Row> names, int referenceYear, SmallNumbers small) {
    Dataset<Row> totals =
        buurten
            .where(col("kind").equalTo("total"))
            .select(col("source"), col("year"), col("region"), col("value").as("total"));
    Dataset<Row> cells =
        buurten
            .where(col("kind").notEqual("total"))
            .join(totals, new String[] {"source", "year", "region"}, "left");
    Column usable =
        col("value")
            .isNotNull()
            .and(col("total").isNotNull())
            .and(col("municipality_code").isNotNull());
    Dataset<Row> used = used(cells.where(usable));
    Dataset<Row> left = leftOut(cells, usable);
    Column index =
        when(col("_g").leq(0).or(col("_r").leq(0)), lit(null).cast("double"))
            .otherwise(col("_sum_abs").divide(2));
    String[] keyNames = {"source", "year", "municipality_code", "group"};
    Dataset<Row> out =
        used.join(left, keyNames, "full_outer")
            .withColumn("dissimilarity_index", index)
            .withColumn(
                "dissimilarity_index_status",
                when(index.isNull(), lit(Status.NOT_AVAILABLE.code()))
                    .otherwise(lit(null).cast("string")))
            .withColumn("group_population_status", lit(null).cast("string"))
            .withColumn("buurten_used", coalesce(col("buurten_used"), lit(0)))
            .withColumn("buurten_left_out", coalesce(col("buurten_left_out"), lit(0)))
            .withColumn("background_label", coalesce(col("background_label"), col("_label")))
            .withColumn("kind", coalesce(col("kind"), col("_kind")))
            .drop("_label", "_kind");
    out = small.suppress(out, "dissimilarity_index", "group_population");
    out = small.suppress(out, "group_population", "group_population");
    return out.withColumnRenamed("group", "background_group")
        .join(names, new String[] {"municipality_code"}, "left")
        .withColumn("reference_year", lit(referenceYear))
        .orderBy(
            col("municipality_code"),
            col("year"),
            PopulationByBackground.order(col("kind")),
            col("background_group"));
  }

  /** Per municipality and group over the usable buurten: G, R and Σ |g_i/G − r_i/R|. */
  private static Dataset<Row> used(Dataset<Row> cells) {
    Column[] key = {col("source"), col("year"), col("municipality_code"), col("group")};
    return cells
        .withColumn("rest", col("total").minus(col("value")))
        .withColumn("_g", sum(col("value")).over(Window.partitionBy(key)))
        .withColumn("_r", sum(col("rest")).over(Window.partitionBy(key)))
        .groupBy(key)
        .agg(
            first(col("label")).as("background_label"),
            first(col("kind")).as("kind"),
            sum(col("value")).as("group_population"),
            sum(abs(col("value").divide(col("_g")).minus(col("rest").divide(col("_r")))))
                .as("_sum_abs"),
            min(col("_g")).as("_g"),
            min(col("_r")).as("_r"),
            count(lit(1)).cast("int").as("buurten_used"));
  }

  /** Per municipality and group: the buurten without a usable figure, counted and named. */
  private static Dataset<Row> leftOut(Dataset<Row> cells, Column usable) {
    Column code =
        when(
                col("municipality_code").isNull(),
                concat(col("region"), lit(" (gesplitste gemeente)")))
            .otherwise(col("region"));
    Column municipality =
        when(col("municipality_code").isNull(), concat(lit("GM"), col("region").substr(3, 4)))
            .otherwise(col("municipality_code"));
    return cells
        .where(not(usable))
        .withColumn("municipality_code", municipality)
        .groupBy(col("source"), col("year"), col("municipality_code"), col("group"))
        .agg(
            count(lit(1)).cast("int").as("buurten_left_out"),
            array_join(array_sort(collect_list(code)), ", ").as("buurten_left_out_codes"),
            first(col("label")).as("_label"),
            first(col("kind")).as("_kind"));
  }
}
