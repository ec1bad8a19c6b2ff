package nl.migstat.chapters.gemeenten;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.migstat.chapters.Figures;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 1: population per municipality and background group, on one year's boundaries. */
public final class PopulationByBackground extends CountsTable {
  public static final TableInfo INFO =
      new TableInfo(
          "population_by_background_municipality",
          "Bevolking naar migratieachtergrond per gemeente",
          "aantal personen op 1 januari; aandeel in % van de bevolking van de gemeente",
          List.of(
              "Gemeenten in de indeling van het referentiejaar: cijfers van samengevoegde gemeenten"
                  + " zijn opgeteld; een gesplitste gemeente is verdeeld naar gedocumenteerde"
                  + " bevolkingsaandelen en dat cijfer is een schatting.",
              "Aandelen en veranderingen worden na de omzetting opnieuw berekend, nooit overgenomen.",
              "Ontbreekt in de bron een deel van de voorgangers van een gemeente, dan ontbreekt het"
                  + " cijfer (geen kleiner getal).",
              "Minder dan de drempel (standaard 10 personen) is geheim (x), en zo ook aandelen en"
                  + " veranderingen over zo'n aantal.",
              "Bron per gemeente en jaar: 84910NED, anders een herkomsttabel (85458NED), anders de"
                  + " Kerncijfers wijken en buurten (afgerond op vijftallen)."),
          List.of(
              integer("reference_year", "Indeling van"),
              integer("year", "Jaar"),
              text("municipality_code", "Gemeentecode"),
              text("municipality_name", "Gemeente"),
              text("province", "Provincie"),
              text("background_group", "Groep (code)"),
              text("background_label", "Groep"),
              figure("population", "Bevolking", 0),
              figure("share", "Aandeel (%)", 1),
              figure("change", "Verandering t.o.v. vorig jaar", 0),
              text("source", "Bron")));

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    return build(counts, inputs.names(), inputs.referenceYear(), inputs.small());
  }

  /**
   * @param counts harmonised counts ({@link MunicipalCounts#municipal})
   * @param names {@code municipality_code, municipality_name, province} of the reference year
   */
  public static Dataset<Row> build(
      Dataset<Row> counts, Dataset<Row> names, int referenceYear, SmallNumbers small) {
    Dataset<Row> cells =
        counts.select(
            col("year"),
            col("region").as("municipality_code"),
            col("group").as("background_group"),
            col("label").as("background_label"),
            col("kind"),
            col("value").as("population"),
            col("status").as("population_status"),
            col("source"));
    Dataset<Row> totals =
        cells
            .where(col("kind").equalTo("total"))
            .select(
                col("year"),
                col("municipality_code"),
                col("population").as("base"),
                col("population_status").as("base_status"));
    Dataset<Row> previous =
        cells.select(
            col("year").plus(1).as("year"),
            col("municipality_code"),
            col("background_group"),
            col("population").as("prev"),
            col("population_status").as("prev_status"));
    String[] municipalityYear = {"year", "municipality_code"};
    Dataset<Row> joined =
        cells
            .join(totals, municipalityYear, "left")
            .join(previous, new String[] {"year", "municipality_code", "background_group"}, "left");
    Column change = col("population").minus(col("prev"));
    Dataset<Row> figures =
        joined
            .withColumn("share", Figures.ratio(col("population").multiply(lit(100)), col("base")))
            .withColumn(
                "share_status",
                Figures.statusOf(col("share"), col("population_status"), col("base_status")))
            .withColumn("change", change)
            .withColumn(
                "change_status",
                Figures.statusOf(change, col("population_status"), col("prev_status")))
            .withColumn(
                "population_status", Figures.statusOf(col("population"), col("population_status")));
    figures = small.suppress(figures, "share", "population", "base");
    figures = small.suppress(figures, "change", "population", "prev");
    figures = small.suppress(figures, "population", "population");
    return figures
        .join(names, new String[] {"municipality_code"}, "left")
        .withColumn("reference_year", lit(referenceYear))
        .orderBy(
            col("municipality_code"), col("year"), order(col("kind")), col("background_group"));
  }

  /** Total first, then Dutch, western, non-western, its details, other herkomst groups. */
  static Column order(Column kind) {
    return when(kind.equalTo("total"), 1)
        .when(kind.equalTo("dutch"), 2)
        .when(kind.equalTo("western"), 3)
        .when(kind.equalTo("non_western"), 4)
        .when(kind.equalTo("non_western_detail"), 5)
        .otherwise(6);
  }
}
