package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.EMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.PARTICIPATION_RATE;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table 2: net labour participation by background, sex and age. */
public final class ParticipationByBackground implements ReportTable<LabourInputs> {
  /** CBS Arbeidsdeelname by age without background (80590ned-style): participation rates. */
  static final Sources BY_AGE = Sources.anyOf("cbs:80590ned", "cbs:80590NED");

  static final Sources SOURCES = BackgroundTables.SOURCES.or(BY_AGE);

  public static final TableInfo INFO =
      new TableInfo(
          "participation_by_background",
          "Netto arbeidsparticipatie naar migratieachtergrond en herkomst",
          "x 1 000 personen; netto arbeidsparticipatie in %; verschil in procentpunten",
          List.of(
              "Netto arbeidsparticipatie (werkzame beroepsbevolking / bevolking van 15 tot 75"
                  + " jaar) zoals CBS haar publiceert, berekend uit ongeafgeronde aantallen; alleen"
                  + " waar de tabel geen percentage geeft, berekend uit de gepubliceerde aantallen"
                  + " (x 1 000) en op één decimaal afgerond (zie kolom 'basis'). 80590ned (naar"
                  + " leeftijd, zonder herkomst) geeft alleen percentages.",
              "Verschil: het percentage min dat van de groep met een Nederlandse achtergrond /"
                  + " herkomst Nederland in dezelfde periode, indeling, geslacht en leeftijd, tussen"
                  + " de getoonde (gepubliceerde) percentages; leeg voor 80590ned, dat geen"
                  + " herkomst kent.",
              ClassificationBreak.FOOTNOTE),
          TableRows.columns(
              figure(POPULATION, "Bevolking 15 tot 75 jaar", 0),
              figure(EMPLOYED, "Werkzame beroepsbevolking", 0),
              figure(PARTICIPATION_RATE, "Netto arbeidsparticipatie", 1),
              text(Rates.basisColumn(PARTICIPATION_RATE), "Basis")));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      TableRows.layout("Arbeidsparticipatie naar herkomst", PARTICIPATION_RATE);

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
    return SOURCES;
  }

  /** The background groups by their CBS titles ({@link BackgroundTables#LABELS}). */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(BACKGROUND_CODE, BackgroundTables.LABELS);
  }

  /** From the background tables, plus the 80590ned-style rates by age where present. */
  @Override
  public ChapterTable buildFrom(LabourInputs inputs) {
    Optional<BackgroundTables.Picked> cbs = BackgroundTables.pick(inputs.all());
    Optional<ChapterInputs.Source> byAge = BY_AGE.first(inputs.all());
    if (cbs.isEmpty() && byAge.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> wide = null;
    List<String> sources = new ArrayList<>();
    if (cbs.isPresent()) {
      wide = LabourFigures.wide(cbs.get().rows());
      sources.addAll(cbs.get().sources());
    }
    if (byAge.isPresent()) {
      Dataset<Row> rates = LabourFigures.ageTable(byAge.get().rows());
      wide = wide == null ? rates : wide.unionByName(rates);
      sources.add(byAge.get().name());
    }
    return ChapterTable.built(INFO, build(wide, inputs.bridge()), sources);
  }

  /** The table from {@link LabourFigures#wide} (and {@link LabourFigures#ageTable}) rows. */
  public static Dataset<Row> build(Dataset<Row> wide, BackgroundBridge bridge) {
    Dataset<Row> rated =
        Rates.withRate(
            wide.where(
                col(POPULATION)
                    .isNotNull()
                    .or(col(statusColumn(POPULATION)).isNotNull())
                    .or(col("published_participation_rate").isNotNull())),
            PARTICIPATION_RATE,
            EMPLOYED,
            POPULATION,
            "published_participation_rate");
    Dataset<Row> marked =
        ClassificationBreak.marked(rated, bridge, POPULATION, EMPLOYED, PARTICIPATION_RATE);
    return TableRows.labelled(Rates.withGap(marked, PARTICIPATION_RATE), bridge);
  }
}
