package nl.migstat.chapters.gemeenten;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 2: per municipality the share with a migration background, diversity and its type. */
public final class MunicipalityProfile extends CountsTable {
  public static final TableInfo INFO =
      new TableInfo(
          "municipality_profile",
          "Profiel van gemeenten: migratieachtergrond, diversiteit en type gemeente",
          "aandelen in % van de bevolking op 1 januari; diversiteitsindex 0-1",
          List.of(
              "Diversiteitsindex = 1 − Σ aandeel², over de fijnste groepen die de bron heeft (84910NED:"
                  + " Nederlands, westers, niet-westers; Kerncijfers wijken en buurten ook Marokko,"
                  + " Antillen en Aruba, Suriname, Turkije, overig niet-westers; herkomsttabellen:"
                  + " de groepen naast 'Nederland'). Alleen binnen één bron vergelijkbaar.",
              "Herkomstgroepen: het aantal van die groepen met ten minste één inwoner.",
              "Type gemeente volgens vaste regels (codelists/README-typology.md): tuinbouwgemeente,"
                  + " grensgemeente, grote stad, expatgemeente, suburbane gemeente, overig.",
              "Gemeenten in de indeling van het referentiejaar; aandelen na de omzetting berekend;"
                  + " onder de drempel geheim (x)."),
          List.of(
              integer("reference_year", "Indeling van"),
              integer("year", "Jaar"),
              text("municipality_code", "Gemeentecode"),
              text("municipality_name", "Gemeente"),
              text("province", "Provincie"),
              figure("population", "Bevolking", 0),
              figure("migration_background_share", "Met migratieachtergrond (%)", 1),
              figure("western_share", "Westers (%)", 1),
              figure("non_western_share", "Niet-westers (%)", 1),
              figure("origin_groups", "Herkomstgroepen", 0),
              figure("diversity_index", "Diversiteitsindex", 3),
              text("typology", "Type (code)"),
              text("typology_label", "Type gemeente"),
              text("source", "Bron")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    return build(counts, inputs.names(), inputs.referenceYear(), inputs.small(), inputs.typology());
  }

  /** From harmonised counts ({@link MunicipalCounts#municipal}) and the reference year's names. */
  public static Dataset<Row> build(
      Dataset<Row> counts,
      Dataset<Row> names,
      int referenceYear,
      SmallNumbers small,
      Typology typology) {
    Column part = col("partition");
    Dataset<Row> wide =
        counts
            .withColumn("_rank", Figures.rank(col("status")))
            .groupBy(col("year"), col("region").as("municipality_code"))
            .agg(
                first(col("source")).as("source"),
                valueOf("total").as("population"),
                rankOf("total").as("_r_population"),
                valueOf("dutch").as("dutch"),
                rankOf("dutch").as("_r_dutch"),
                valueOf("western").as("western"),
                rankOf("western").as("_r_western"),
                valueOf("non_western").as("non_western"),
                rankOf("non_western").as("_r_non_western"),
                max(when(part.and(col("value").isNull()), 1).otherwise(0)).as("_gap"),
                sum(when(part, col("value"))).as("_sum"),
                sum(when(part, col("value").multiply(col("value")))).as("_squares"),
                sum(when(part.and(col("value").gt(0)), 1).otherwise(0)).as("_present"),
                min(when(part, col("_rank"))).as("_r_part"));
    Column gap = col("_gap").equalTo(1);
    Column diversity =
        when(gap.or(col("_sum").leq(0)), lit(null).cast("double"))
            .otherwise(lit(1).minus(col("_squares").divide(col("_sum").multiply(col("_sum")))));
    Dataset<Row> figures =
        wide.withColumn("migrants", col("population").minus(col("dutch")))
            .withColumn(
                "migration_background_share",
                Figures.ratio(col("migrants").multiply(lit(100)), col("population")))
            .withColumn(
                "western_share",
                Figures.ratio(col("western").multiply(lit(100)), col("population")))
            .withColumn(
                "non_western_share",
                Figures.ratio(col("non_western").multiply(lit(100)), col("population")))
            .withColumn("diversity_index", diversity)
            .withColumn(
                "origin_groups",
                when(gap, lit(null).cast("double")).otherwise(col("_present").cast("double")));
    figures = status(figures, "population", col("_r_population"));
    figures =
        status(figures, "migration_background_share", least(col("_r_population"), col("_r_dutch")));
    figures = status(figures, "western_share", least(col("_r_population"), col("_r_western")));
    figures =
        status(figures, "non_western_share", least(col("_r_population"), col("_r_non_western")));
    figures = status(figures, "diversity_index", col("_r_part"));
    figures = status(figures, "origin_groups", col("_r_part"));
    figures = suppressed(figures.withColumn("typology", typology.of()), small);
    return figures
        .join(names, new String[] {"municipality_code"}, "left")
        .withColumn("reference_year", lit(referenceYear))
        .orderBy(col("municipality_code"), col("year"));
  }

  /** Small numbers: the figures over a small base or part, and the type of a tiny municipality. */
  private static Dataset<Row> suppressed(Dataset<Row> rows, SmallNumbers small) {
    Dataset<Row> figures =
        small.suppress(rows, "migration_background_share", "migrants", "population");
    figures = small.suppress(figures, "western_share", "western", "population");
    figures = small.suppress(figures, "non_western_share", "non_western", "population");
    figures = small.suppress(figures, "diversity_index", "population");
    return small
        .suppress(figures, "population", "population")
        .withColumn(
            "typology",
            when(col("population").isNull(), lit(null).cast("string")).otherwise(col("typology")))
        .withColumn("typology_label", Typology.label(col("typology")));
  }

  /**
   * {@code <figure>_status} from the strongest input rank; missing for no reason: not_available.
   */
  private static Dataset<Row> status(Dataset<Row> rows, String figure, Column rank) {
    Column known = Figures.ofRank(rank);
    return rows.withColumn(
        figure + "_status",
        when(col(figure).isNull(), coalesce(known, lit(Status.NOT_AVAILABLE.code())))
            .otherwise(known));
  }

  private static Column valueOf(String kind) {
    return max(when(col("kind").equalTo(kind), col("value")));
  }

  /** The strongest status rank of a kind; a kind the source lacks counts as not available. */
  private static Column rankOf(String kind) {
    Column present = max(when(col("kind").equalTo(kind), 1).otherwise(0));
    return when(present.equalTo(0), lit(Status.NOT_AVAILABLE.ordinal() + 1))
        .otherwise(min(when(col("kind").equalTo(kind), col("_rank"))));
  }
}
