package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.BACKGROUND_GROUP;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.GROUP_POPULATION;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.REFERENCE_YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
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
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Sheet;
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
  static final String DISSIMILARITY_INDEX = "dissimilarity_index";
  static final String BUURTEN_USED = "buurten_used";
  static final String BUURTEN_LEFT_OUT = "buurten_left_out";
  static final String BUURTEN_LEFT_OUT_CODES = "buurten_left_out_codes";
  static final String BUURTEN_CLIPPED = "buurten_clipped";

  /**
   * A group with fewer persons in the used buurten has no published index. Random allocation alone
   * makes the index positive, the more so for small groups over many buurten (Carrington & Troske
   * 1997, "On measuring segregation in samples with small units", JBES 15(4); Allen, Burgess,
   * Davidson & Windmeijer 2015, "More reliable inference for the dissimilarity index of
   * segregation", Econometrics Journal 18(1); Mazza & Punzo 2015, SMR 44(4)): for a group of G
   * persons spread at random over k buurten of equal size, E[D] ≈ √(k / 2πG), about 0.08 for 1,000
   * persons over 40 buurten, so below that the index says little about real segregation.
   */
  public static final int MINIMUM_GROUP = 1_000;

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
                  + " − westers − niet-westers. Komt die rest door de afronding onder 0, dan telt de"
                  + " buurt met 0 mee, is de index geschat (e) en staat het aantal zulke buurten in"
                  + " 'Buurten met rest op 0'.",
              "Buurten van samengevoegde gemeenten tellen mee bij de gemeente van het referentiejaar;"
                  + " een buurt van een gesplitste gemeente telt geheel mee bij de gemeente waar het"
                  + " dorp in haar naam (of die van haar wijk) heen ging (codelists/split-villages.csv);"
                  + " noemt haar naam geen dorp, dan telt zij niet mee en staat zij bij de weggelaten"
                  + " buurten. Ontbreken in de invoer de buurten van een deel van de gemeente (een"
                  + " voorganger), dan ontbreekt de index (.).",
              "Geen index (.) als de groep in de gebruikte buurten samen minder dan "
                  + MINIMUM_GROUP
                  + " personen telt: bij kleine groepen is de index door toeval naar boven vertekend"
                  + " (Carrington & Troske 1997; Allen e.a. 2015); zo'n index is niet betrouwbaar"
                  + " (status low_reliability). Is het aantal in de groep geheim (Toelichting,"
                  + " geheimhouding), dan ook de index (x)."),
          List.of(
              integer(REFERENCE_YEAR, "Indeling van"),
              integer(YEAR, "Jaar"),
              text(MUNICIPALITY_CODE, "Gemeente"),
              label(MUNICIPALITY_CODE, "Gemeente (naam)"),
              text(BACKGROUND_GROUP, "Groep"),
              label(BACKGROUND_GROUP, "Groep (naam)"),
              figure(DISSIMILARITY_INDEX, "Segregatie-index", 3),
              figure(GROUP_POPULATION, "Groep in gebruikte buurten", 0),
              integer(BUURTEN_USED, "Buurten gebruikt"),
              integer(BUURTEN_LEFT_OUT, "Buurten weggelaten"),
              text(BUURTEN_LEFT_OUT_CODES, "Weggelaten buurten"),
              integer(BUURTEN_CLIPPED, "Buurten met rest op 0"),
              text(SOURCE, "Bron")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Segregatie binnen gemeenten",
          Sheet.of(
              Block.latest(
                  List.of(
                      MUNICIPALITY_CODE,
                      BACKGROUND_GROUP,
                      DISSIMILARITY_INDEX,
                      GROUP_POPULATION,
                      BUURTEN_USED,
                      BUURTEN_LEFT_OUT,
                      BUURTEN_CLIPPED))));

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  /** Municipalities by their reference-year name, groups by their Dutch names. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        MUNICIPALITY_CODE,
        MunicipalLabels.MUNICIPALITIES,
        BACKGROUND_GROUP,
        MunicipalLabels.GROUPS);
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
    ReferenceBoundaries reference = inputs.reference();
    Dataset<Row> buurten =
        reference
            .assignBuurten(
                BuurtAllocation.buurten(inputs.all()),
                BuurtAllocation.labels(inputs.all(), reference.splitBuurten().splitCodes()))
            .localCheckpoint();
    return ChapterTable.built(INFO, build(buurten, inputs.referenceYear()), present);
  }

  /**
   * @param buurten buurt counts ({@code source, year, region, group, kind, value, status}, from
   *     {@link BackgroundGroups#fromKerncijfers}) with {@code municipality_code}: the
   *     reference-year municipality of the buurt, null when it cannot be assigned, and {@code
   *     municipality_partial}: whether the source lacks the buurten of part of that municipality
   *     ({@link ReferenceBoundaries#assignBuurten})
   */
  public static Dataset<Row> build(Dataset<Row> buurten, int referenceYear) {
    Dataset<Row> cells = clipped(withTotals(buurten));
    Column usable =
        col("value")
            .isNotNull()
            .and(col("total").isNotNull())
            .and(col(MUNICIPALITY_CODE).isNotNull());
    String[] keyNames = {SOURCE, YEAR, MUNICIPALITY_CODE, "group"};
    Dataset<Row> out =
        index(used(cells.where(usable)).join(leftOut(cells, usable), keyNames, "full_outer"))
            .withColumn(BUURTEN_USED, coalesce(col(BUURTEN_USED), lit(0)))
            .withColumn(BUURTEN_LEFT_OUT, coalesce(col(BUURTEN_LEFT_OUT), lit(0)))
            .withColumn(BUURTEN_CLIPPED, coalesce(col(BUURTEN_CLIPPED), lit(0)))
            .withColumn("kind", coalesce(col("kind"), col("_kind")))
            .drop("_kind");
    return out.withColumnRenamed("group", BACKGROUND_GROUP)
        .withColumn(REFERENCE_YEAR, lit(referenceYear))
        .orderBy(
            col(MUNICIPALITY_CODE),
            col(YEAR),
            PopulationByBackground.order(col("kind")),
            col(BACKGROUND_GROUP));
  }

  /** The group cells of each buurt beside the buurt's inhabitants ({@code total}). */
  private static Dataset<Row> withTotals(Dataset<Row> buurten) {
    Dataset<Row> totals =
        buurten
            .where(col("kind").equalTo("total"))
            .select(
                col(SOURCE),
                col(YEAR),
                col("region"),
                col("value").as("total"),
                col("status").as("total_status"));
    return buurten
        .where(col("kind").notEqual("total"))
        .join(totals, new String[] {SOURCE, YEAR, "region"}, "left");
  }

  /**
   * The Dutch background is inhabitants − western − non-western of figures rounded to fives each,
   * so it can fall below 0 (5 − 5 − 5): such a cell counts as 0, marked ({@code _clipped}).
   */
  private static Dataset<Row> clipped(Dataset<Row> cells) {
    Column negative = col("kind").equalTo("dutch").and(col("value").lt(0));
    return cells
        .withColumn("_clipped", negative)
        .withColumn("value", when(negative, lit(0.0)).otherwise(col("value")));
  }

  /**
   * The index and its status: missing without a group or a rest or over part of a municipality only
   * (the buurten of one of its predecessors are absent), not published below {@link
   * #MINIMUM_GROUP}, estimated over a clipped remainder, else as strong as the buurt figures'.
   */
  private static Dataset<Row> index(Dataset<Row> rows) {
    Column none =
        col("_g")
            .isNull()
            .or(col("_g").leq(0))
            .or(col("_r").leq(0))
            .or(col("_partial").equalTo(true));
    Column few = col(GROUP_POPULATION).lt(MINIMUM_GROUP);
    Column inputs =
        Figures.strongest(
            col("_status"),
            when(col(BUURTEN_CLIPPED).gt(0), lit(Status.ESTIMATED.code()))
                .otherwise(lit(null).cast("string")));
    return rows.withColumn(
            DISSIMILARITY_INDEX,
            when(none.or(few), lit(null).cast("double")).otherwise(col("_sum_abs").divide(2)))
        .withColumn(
            statusColumn(DISSIMILARITY_INDEX),
            when(none, lit(Status.NOT_AVAILABLE.code()))
                .when(few, lit(Status.LOW_RELIABILITY.code()))
                .otherwise(inputs))
        .withColumn(
            statusColumn(GROUP_POPULATION),
            when(col(GROUP_POPULATION).isNull(), lit(Status.NOT_AVAILABLE.code()))
                .otherwise(inputs))
        .drop("_g", "_r", "_sum_abs", "_status", "_partial");
  }

  /** Per municipality and group over the usable buurten: G, R and Σ |g_i/G − r_i/R|. */
  private static Dataset<Row> used(Dataset<Row> cells) {
    Column[] key = {col(SOURCE), col(YEAR), col(MUNICIPALITY_CODE), col("group")};
    return cells
        .withColumn("rest", col("total").minus(col("value")))
        .withColumn("_g", sum(col("value")).over(Window.partitionBy(key)))
        .withColumn("_r", sum(col("rest")).over(Window.partitionBy(key)))
        .groupBy(key)
        .agg(
            first(col("kind")).as("kind"),
            sum(col("value")).as(GROUP_POPULATION),
            sum(abs(col("value").divide(col("_g")).minus(col("rest").divide(col("_r")))))
                .as("_sum_abs"),
            min(col("_g")).as("_g"),
            min(col("_r")).as("_r"),
            max(col(ReferenceBoundaries.PARTIAL)).as("_partial"),
            Figures.strongestOver(Figures.strongest(col("status"), col("total_status")))
                .as("_status"),
            sum(when(col("_clipped"), 1).otherwise(0)).cast("int").as(BUURTEN_CLIPPED),
            count(lit(1)).cast("int").as(BUURTEN_USED));
  }

  /** Per municipality and group: the buurten without a usable figure, counted and named. */
  private static Dataset<Row> leftOut(Dataset<Row> cells, Column usable) {
    Column code =
        when(
                col(MUNICIPALITY_CODE).isNull(),
                concat(col("region"), lit(" (gesplitste gemeente, buurt niet toe te delen)")))
            .otherwise(col("region"));
    Column municipality =
        when(col(MUNICIPALITY_CODE).isNull(), concat(lit("GM"), col("region").substr(3, 4)))
            .otherwise(col(MUNICIPALITY_CODE));
    return cells
        .where(not(usable))
        .withColumn(MUNICIPALITY_CODE, municipality)
        .groupBy(col(SOURCE), col(YEAR), col(MUNICIPALITY_CODE), col("group"))
        .agg(
            count(lit(1)).cast("int").as(BUURTEN_LEFT_OUT),
            array_join(array_sort(collect_list(code)), ", ").as(BUURTEN_LEFT_OUT_CODES),
            first(col("kind")).as("_kind"));
  }
}
