package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.BACKGROUND_GROUP;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.PROVINCE;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.REFERENCE_YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Figures;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 1: population per municipality and background group, on one year's boundaries. */
public final class PopulationByBackground extends CountsTable {
  static final String CHANGE = "change";

  public static final TableInfo INFO =
      new TableInfo(
          "population_by_background_municipality",
          "Bevolking naar migratieachtergrond per gemeente",
          "aantal personen op 1 januari; aandeel in % van de bevolking van de gemeente",
          List.of(
              "Gemeenten in de indeling van het referentiejaar (standaard de nieuwste gebundelde"
                  + " gemeentelijst): cijfers van samengevoegde gemeenten zijn opgeteld, alleen"
                  + " aantallen (per bron vastgelegd, of volgens de eenheid in de metadata).",
              "Een gesplitste gemeente is verdeeld naar haar buurten van het jaar vóór de splitsing:"
                  + " elke buurt gaat geheel naar de gemeente waar het dorp in haar naam heen ging"
                  + " (Kerncijfers wijken en buurten, codelists/split-villages.csv), per groep. Zonder"
                  + " die buurten (of hun namen) is verdeeld naar het gedocumenteerde"
                  + " bevolkingsaandeel en is het cijfer geschat (e).",
              "Aandelen en veranderingen worden na de omzetting opnieuw berekend, nooit overgenomen.",
              "Ontbreekt in de bron een voorganger van een gemeente helemaal, dan ontbreekt het"
                  + " cijfer (geen kleiner getal); heeft de bron een voorganger wel maar mist één"
                  + " groep, dan stopt de verwerking met een fout.",
              "Geheimhouding (Toelichting): een aantal onder de drempel is geheim (x), en zo ook"
                  + " aandelen en veranderingen over zo'n aantal en de cellen waaruit het terug te"
                  + " rekenen zou zijn.",
              "Bron per gemeente en jaar: 84910NED (migratieachtergrond, tot en met 2021), anders"
                  + " 85458NED (herkomstland, vanaf 2022), anders de Kerncijfers wijken en buurten"
                  + " (afgerond op vijftallen)."),
          List.of(
              integer(REFERENCE_YEAR, "Indeling van"),
              integer(YEAR, "Jaar"),
              text(MUNICIPALITY_CODE, "Gemeente"),
              label(MUNICIPALITY_CODE, "Gemeente (naam)"),
              text(PROVINCE, "Provincie"),
              text(BACKGROUND_GROUP, "Groep"),
              label(BACKGROUND_GROUP, "Groep (naam)"),
              figure(POPULATION, "Bevolking", 0),
              figure(SHARE, "Aandeel (%)", 1),
              figure(CHANGE, "Verandering t.o.v. vorig jaar", 0),
              text(SOURCE, "Bron")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Bevolking per gemeente",
          Sheet.of(
              Block.comparison(
                  List.of(MUNICIPALITY_CODE, BACKGROUND_GROUP),
                  Figure.count(POPULATION),
                  Figure.rate(SHARE))));

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
  Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs) {
    return build(counts, inputs.provinces(), inputs.referenceYear());
  }

  /**
   * @param counts harmonised counts ({@link MunicipalCounts#municipal})
   * @param provinces {@code municipality_code, province} of the reference year
   */
  public static Dataset<Row> build(Dataset<Row> counts, Dataset<Row> provinces, int referenceYear) {
    Dataset<Row> cells =
        counts.select(
            col(YEAR),
            col("region").as(MUNICIPALITY_CODE),
            col("group").as(BACKGROUND_GROUP),
            col("kind"),
            col("value").as(POPULATION),
            col("status").as(statusColumn(POPULATION)),
            col(SOURCE));
    Dataset<Row> totals =
        cells
            .where(col("kind").equalTo("total"))
            .select(
                col(YEAR),
                col(MUNICIPALITY_CODE),
                col(POPULATION).as("base"),
                col(statusColumn(POPULATION)).as("base_status"));
    Dataset<Row> previous =
        cells.select(
            col(YEAR).plus(1).as(YEAR),
            col(MUNICIPALITY_CODE),
            col(BACKGROUND_GROUP),
            col(POPULATION).as("prev"),
            col(statusColumn(POPULATION)).as("prev_status"));
    String[] municipalityYear = {YEAR, MUNICIPALITY_CODE};
    Dataset<Row> joined =
        cells
            .join(totals, municipalityYear, "left")
            .join(previous, new String[] {YEAR, MUNICIPALITY_CODE, BACKGROUND_GROUP}, "left");
    Column change = col(POPULATION).minus(col("prev"));
    Dataset<Row> figures =
        joined
            .withColumn(SHARE, Figures.ratio(col(POPULATION).multiply(lit(100)), col("base")))
            .withColumn(
                statusColumn(SHARE),
                Figures.statusOf(col(SHARE), col(statusColumn(POPULATION)), col("base_status")))
            .withColumn(CHANGE, change)
            .withColumn(
                statusColumn(CHANGE),
                Figures.statusOf(change, col(statusColumn(POPULATION)), col("prev_status")))
            .withColumn(
                statusColumn(POPULATION),
                Figures.statusOf(col(POPULATION), col(statusColumn(POPULATION))));
    return figures
        .join(provinces, new String[] {MUNICIPALITY_CODE}, "left")
        .withColumn(REFERENCE_YEAR, lit(referenceYear))
        .orderBy(col(MUNICIPALITY_CODE), col(YEAR), order(col("kind")), col(BACKGROUND_GROUP));
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
