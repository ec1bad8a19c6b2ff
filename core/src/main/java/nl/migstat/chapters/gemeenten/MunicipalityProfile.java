package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.PROVINCE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.REFERENCE_YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Table 2: per municipality the share with a migration background, diversity and its type. */
public final class MunicipalityProfile extends CountsTable {
  static final String MIGRATION_BACKGROUND_SHARE = "migration_background_share";
  static final String WESTERN_SHARE = "western_share";
  static final String NON_WESTERN_SHARE = "non_western_share";
  static final String ORIGIN_GROUPS = "origin_groups";
  static final String DIVERSITY_INDEX = "diversity_index";
  static final String DIVERSITY_GROUPS = "diversity_groups";
  static final String TYPOLOGY = "typology";

  /** The fixed groups of the diversity index: migratieachtergrond and herkomst, three each. */
  static final List<String> DIVERSITY_KINDS =
      List.of("dutch", "western", "non_western", "europe", "outside_europe");

  static final List<String> HERKOMST_KINDS = List.of("europe", "outside_europe");
  static final String OLD_GROUPS = "Nederlandse achtergrond, westers, niet-westers";
  static final String HERKOMST_GROUPS =
      "herkomst Nederland, Europa (excl. Nederland), buiten Europa";

  public static final TableInfo INFO =
      new TableInfo(
          "municipality_profile",
          "Profiel van gemeenten: migratieachtergrond, diversiteit en type gemeente",
          "aandelen in % van de bevolking op 1 januari; diversiteitsindex 0-1",
          List.of(
              "Diversiteitsindex = 1 − Σ aandeel², altijd over drie vaste groepen, zodat de index"
                  + " over bronnen en jaren vergelijkbaar is: tot en met 2021 (migratieachtergrond:"
                  + " 84910NED, Kerncijfers wijken en buurten) Nederlandse achtergrond, westers,"
                  + " niet-westers; vanaf 2022 (herkomst: 85458NED) herkomst Nederland, Europa"
                  + " (exclusief Nederland), buiten Europa. Fijnere groepen (Marokko, Turkije …)"
                  + " tellen niet apart mee: niet elke bron heeft ze.",
              "De twee indelingen van drie groepen verschillen (Turkije was niet-westers en is nu"
                  + " Europa; Indonesië, Japan, Noord-Amerika en Oceanië waren westers en zijn nu"
                  + " buiten Europa): het eerste herkomstjaar na een jaar met migratieachtergrond"
                  + " draagt een breuk (b). Kolom 'Groepen diversiteitsindex' noemt de indeling.",
              "Herkomstgroepen: het aantal van de fijnste groepen die de bron heeft met ten minste"
                  + " één inwoner (alleen binnen één bron vergelijkbaar).",
              "Type gemeente volgens vaste regels (codelists/README-typology.md): tuinbouwgemeente,"
                  + " grensgemeente, grote stad, expatgemeente, suburbane gemeente, overig.",
              "Gemeenten in de indeling van het referentiejaar; aandelen na de omzetting berekend;"
                  + " geheim (x) over een geheim aantal (Toelichting, geheimhouding)."),
          List.of(
              integer(REFERENCE_YEAR, "Indeling van"),
              integer(YEAR, "Jaar"),
              text(MUNICIPALITY_CODE, "Gemeente"),
              label(MUNICIPALITY_CODE, "Gemeente (naam)"),
              text(PROVINCE, "Provincie"),
              figure(POPULATION, "Bevolking", 0),
              figure(MIGRATION_BACKGROUND_SHARE, "Met migratieachtergrond (%)", 1),
              figure(WESTERN_SHARE, "Westers (%)", 1),
              figure(NON_WESTERN_SHARE, "Niet-westers (%)", 1),
              figure(ORIGIN_GROUPS, "Herkomstgroepen", 0),
              figure(DIVERSITY_INDEX, "Diversiteitsindex", 3),
              text(DIVERSITY_GROUPS, "Groepen diversiteitsindex"),
              text(TYPOLOGY, "Type gemeente"),
              label(TYPOLOGY, "Type gemeente (naam)"),
              text(SOURCE, "Bron")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Profiel van gemeenten",
          Sheet.of(
              Block.latest(
                  List.of(
                      MUNICIPALITY_CODE,
                      PROVINCE,
                      TYPOLOGY,
                      POPULATION,
                      MIGRATION_BACKGROUND_SHARE,
                      WESTERN_SHARE,
                      NON_WESTERN_SHARE,
                      ORIGIN_GROUPS,
                      DIVERSITY_INDEX))));

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  /** Municipalities by their reference-year name, types by the project's Dutch words. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        MUNICIPALITY_CODE,
        MunicipalLabels.MUNICIPALITIES,
        TYPOLOGY,
        CodeList.categories("typology"));
  }

  @Override
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    return build(counts, inputs.provinces(), inputs.referenceYear(), inputs.typology());
  }

  /**
   * From harmonised counts ({@link MunicipalCounts#municipal}) and the reference year's provinces.
   */
  public static Dataset<Row> build(
      Dataset<Row> counts, Dataset<Row> provinces, int referenceYear, Typology typology) {
    Dataset<Row> figures =
        diversity(wide(counts))
            .withColumn("migrants", col(POPULATION).minus(col("dutch")))
            .withColumn(
                MIGRATION_BACKGROUND_SHARE,
                Figures.ratio(col("migrants").multiply(lit(100)), col(POPULATION)))
            .withColumn(
                WESTERN_SHARE, Figures.ratio(col("western").multiply(lit(100)), col(POPULATION)))
            .withColumn(
                NON_WESTERN_SHARE,
                Figures.ratio(col("non_western").multiply(lit(100)), col(POPULATION)))
            .withColumn(
                ORIGIN_GROUPS,
                when(col("_gap").equalTo(1), lit(null).cast("double"))
                    .otherwise(col("_present").cast("double")));
    figures = status(figures, POPULATION, col("_s_population"));
    figures = status(figures, MIGRATION_BACKGROUND_SHARE, col("_s_population"), col("_s_dutch"));
    figures = status(figures, WESTERN_SHARE, col("_s_population"), col("_s_western"));
    figures = status(figures, NON_WESTERN_SHARE, col("_s_population"), col("_s_non_western"));
    figures = status(figures, ORIGIN_GROUPS, col("_s_part"));
    figures = typed(figures.withColumn(TYPOLOGY, typology.of()));
    return figures
        .join(provinces, new String[] {MUNICIPALITY_CODE}, "left")
        .withColumn(REFERENCE_YEAR, lit(referenceYear))
        .orderBy(col(MUNICIPALITY_CODE), col(YEAR));
  }

  /** One row per municipality and year: the groups' values and states side by side. */
  private static Dataset<Row> wide(Dataset<Row> counts) {
    Column part = col("partition");
    Column fixed = col("kind").isin(DIVERSITY_KINDS.toArray());
    return counts
        .groupBy(col(YEAR), col("region").as(MUNICIPALITY_CODE))
        .agg(
            first(col(SOURCE)).as(SOURCE),
            valueOf("total").as(POPULATION),
            statesOf("total").as("_s_population"),
            valueOf("dutch").as("dutch"),
            statesOf("dutch").as("_s_dutch"),
            valueOf("western").as("western"),
            statesOf("western").as("_s_western"),
            valueOf("non_western").as("non_western"),
            statesOf("non_western").as("_s_non_western"),
            max(when(part.and(col("value").isNull()), 1).otherwise(0)).as("_gap"),
            sum(when(part.and(col("value").gt(0)), 1).otherwise(0)).as("_present"),
            Figures.strongestOver(when(part, col("status"))).as("_s_part"),
            sum(when(fixed.and(col("value").isNotNull()), 1).otherwise(0)).as("_d_known"),
            sum(when(fixed, col("value"))).as("_d_sum"),
            sum(when(fixed, col("value").multiply(col("value")))).as("_d_squares"),
            Figures.strongestOver(when(fixed, col("status"))).as("_s_diversity"),
            max(when(col("kind").isin(HERKOMST_KINDS.toArray()), 1).otherwise(0)).as("_herkomst"));
  }

  /**
   * The diversity index over the three fixed groups of the municipality's classification (missing
   * unless all three are known), which groups those are, and a break in the first herkomst year
   * that follows a year with a migratieachtergrond.
   */
  private static Dataset<Row> diversity(Dataset<Row> wide) {
    Column known = col("_d_known").equalTo(3).and(col("_d_sum").gt(0));
    Column index =
        when(known, lit(1).minus(col("_d_squares").divide(col("_d_sum").multiply(col("_d_sum")))))
            .otherwise(lit(null).cast("double"));
    Column herkomst = col("_herkomst").equalTo(1);
    Column previous =
        lag(col("_herkomst"), 1)
            .over(Window.partitionBy(col(MUNICIPALITY_CODE)).orderBy(col(YEAR)));
    Column fromInputs = Figures.statusOf(index, col("_s_diversity"));
    return wide.withColumn(DIVERSITY_INDEX, index)
        .withColumn(
            DIVERSITY_GROUPS, when(herkomst, lit(HERKOMST_GROUPS)).otherwise(lit(OLD_GROUPS)))
        .withColumn(
            statusColumn(DIVERSITY_INDEX),
            when(
                    index.isNotNull().and(herkomst).and(previous.equalTo(0)),
                    Figures.strongest(fromInputs, lit(Status.BREAK.code())))
                .otherwise(fromInputs));
  }

  /** The type of a municipality with a population, and its label. */
  private static Dataset<Row> typed(Dataset<Row> rows) {
    return rows.withColumn(
        TYPOLOGY,
        when(col(POPULATION).isNull(), lit(null).cast("string")).otherwise(col(TYPOLOGY)));
  }

  /**
   * {@code <figure>_status} with every state of its inputs; missing for no reason: not_available.
   */
  private static Dataset<Row> status(Dataset<Row> rows, String figure, Column... inputStates) {
    return rows.withColumn(statusColumn(figure), Figures.statusOf(col(figure), inputStates));
  }

  private static Column valueOf(String kind) {
    return max(when(col("kind").equalTo(kind), col("value")));
  }

  /** Every state of a kind's rows; a kind the source lacks counts as not available. */
  private static Column statesOf(String kind) {
    Column present = max(when(col("kind").equalTo(kind), 1).otherwise(0));
    return when(present.equalTo(0), lit(Status.NOT_AVAILABLE.code()))
        .otherwise(Figures.strongestOver(when(col("kind").equalTo(kind), col("status"))));
  }
}
