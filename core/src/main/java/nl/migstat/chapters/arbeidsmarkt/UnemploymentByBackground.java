package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.LABOUR_FORCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYMENT_RATE;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 1: labour force, unemployed and unemployment rate by background, sex and age. */
public final class UnemploymentByBackground implements ReportTable<LabourInputs> {
  public static final TableInfo INFO =
      new TableInfo(
          "unemployment_by_background",
          "Werkloosheid naar migratieachtergrond en herkomst",
          "x 1 000 personen; werkloosheidspercentage in %; verschil in procentpunten",
          List.of(
              "Werkloosheidspercentage zoals CBS het publiceert: CBS berekent het uit ongeafgeronde"
                  + " aantallen, zodat het tot 0,8 procentpunt kan afwijken van werkloze"
                  + " beroepsbevolking / beroepsbevolking uit de afgeronde aantallen (x 1 000). Alleen"
                  + " waar de tabel geen percentage geeft, is het uit die aantallen berekend en op"
                  + " één decimaal afgerond (zie kolom 'basis'); een percentage dat CBS niet"
                  + " publiceert (. of x) blijft leeg.",
              "Verschil: het percentage min dat van de groep met een Nederlandse achtergrond /"
                  + " herkomst Nederland (alle geboortelanden) in dezelfde periode, indeling,"
                  + " geslacht en leeftijd, tussen de getoonde (gepubliceerde) percentages.",
              ClassificationBreak.FOOTNOTE),
          TableRows.columns(
              figure(LABOUR_FORCE, "Beroepsbevolking", 0),
              figure(UNEMPLOYED, "Werkloze beroepsbevolking", 0),
              figure(UNEMPLOYMENT_RATE, "Werkloosheidspercentage", 1),
              text(Rates.basisColumn(UNEMPLOYMENT_RATE), "Basis")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      TableRows.layout("Werkloosheid naar herkomst", UNEMPLOYMENT_RATE);

  @Override
  public SheetLayout layout() {
    return LAYOUT;
  }

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return BackgroundTables.SOURCES;
  }

  /** The background groups by their CBS titles ({@link BackgroundTables#LABELS}). */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(BACKGROUND_CODE, BackgroundTables.LABELS);
  }

  @Override
  public ChapterTable buildFrom(LabourInputs inputs) {
    Optional<BackgroundTables.Picked> cbs = BackgroundTables.pick(inputs.all());
    if (cbs.isEmpty()) {
      return ChapterTable.skipped(INFO, BackgroundTables.SOURCES.absentReason());
    }
    return ChapterTable.built(
        INFO, build(LabourFigures.wide(cbs.get().rows()), inputs.bridge()), cbs.get().sources());
  }

  /**
   * The table from {@link LabourFigures#wide} rows of one or both classifications: the break is
   * marked before the gap, so that a gap over a break row carries the break too.
   */
  public static Dataset<Row> build(Dataset<Row> wide, BackgroundBridge bridge) {
    Dataset<Row> rated =
        Rates.withRate(
            wide.where(
                col(LABOUR_FORCE)
                    .isNotNull()
                    .or(col(statusColumn(LABOUR_FORCE)).isNotNull())
                    .or(col("published_unemployment_rate").isNotNull())),
            UNEMPLOYMENT_RATE,
            UNEMPLOYED,
            LABOUR_FORCE,
            "published_unemployment_rate");
    Dataset<Row> marked =
        ClassificationBreak.marked(rated, bridge, LABOUR_FORCE, UNEMPLOYED, UNEMPLOYMENT_RATE);
    return TableRows.labelled(Rates.withGap(marked, UNEMPLOYMENT_RATE), bridge);
  }
}
