package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.Countries;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Table 3: immigration by country of birth: the top 15 single countries, the rest ("overig" = total
 * − shown), the continents as the source publishes them, and the total.
 */
public final class ImmigrationByOrigin implements ReportTable<ChapterInputs> {
  /** CBS immigration by country of birth: 85287NED, else 03742 (Geboorteland). */
  static final Sources SOURCES = Sources.anyOf("cbs:85287NED", "cbs:03742");

  /** Breakdowns the sources may have beside Geboorteland, summed where they give no total. */
  private static final List<String> COLLAPSED =
      List.of("Geslacht", "LeeftijdOp31December", "Leeftijd", "BurgerlijkeStaat");

  private static final String BIRTH_COUNTRY = "Geboorteland";

  public static final int TOP = OriginRows.TOP;

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_by_origin",
          "Immigratie naar geboorteland",
          "aantal personen; aandeel in % van de totale immigratie",
          List.of(
              "De 15 geboortelanden met de meeste immigranten per jaar. Alleen afzonderlijke landen"
                  + " krijgen een rang: werelddelen, de EU, 'onbekend' en voormalige staten niet, en"
                  + " een land zonder cijfer evenmin.",
              "Overige landen = het totaal van de bron (CBS Geboorteland T001175) − de getoonde"
                  + " landen; zonder totaal in de bron ontbreken 'overige landen' en elk aandeel (een"
                  + " som van de landen in de download zou te klein zijn). Zijn 'overige landen'"
                  + " negatief, dan kloppen totaal en"
                  + " landen niet met elkaar en wordt de tabel niet gemaakt.",
              "Werelddelen zoals de bron ze publiceert (CBS-indeling; Europa inclusief Nederland);"
                  + " publiceert de download geen werelddeeltotalen, dan ontbreken ze.",
              "Heeft de bron geen totaal over een andere indeling (zoals leeftijd), dan is dat totaal de som"
                  + " van haar categorieën.",
              "Een Geboorteland-code die codelists/cbs-geboorteland.csv niet kent, houdt de tabel"
                  + " tegen: zonder indeling is een aggregaat niet van een land te onderscheiden."),
          List.of(
              integer(YEAR, "Jaar"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(COUNTRY_CODE, "Geboorteland"),
              label(COUNTRY_CODE, "Geboorteland (naam)"),
              figure(COUNT, "Immigranten", 0),
              integer(RANK, "Rang"),
              figure(SHARE, "Aandeel (%)", 1)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Immigratie naar geboorteland",
          Sheet.of(
              Block.comparison(List.of(COUNTRY_CODE), Figure.count(COUNT))
                  .ranked(RANK, 15)
                  .total(LEVEL, "other")
                  .total(LEVEL, "total")
                  .chart(Chart.BARS)));

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

  /**
   * Levels by the project's ids; countries and continents by the source's Geboorteland titles, else
   * by {@code cbs-geboorteland.csv}; the rows "other" and "total" by the project's ids.
   */
  @Override
  public Map<String, CodeList> codeLists() {
    Map<String, String> countries = new LinkedHashMap<>(DutchLabels.cbsCountriesOfBirth());
    countries.putAll(DutchLabels.categories("origin_row"));
    return Map.of(
        LEVEL,
        CodeList.categories("origin_level"),
        COUNTRY_CODE,
        CodeList.of("CBS Geboorteland", countries, BIRTH_COUNTRY));
  }

  /**
   * National immigration by Geboorteland, each code classified by {@code cbs-geboorteland.csv}
   * (country, continent, total, aggregate); a code the list does not know stops the table.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> src = SOURCES.first(inputs);
    if (src.isEmpty()) {
      return ChapterTable.skipped(INFO, SOURCES.absentReason());
    }
    Dataset<Row> known = Countries.cbsCountriesOfBirth(inputs.observations().sparkSession());
    Dataset<Row> cells = classified(src.get().rows(), known);
    Set<String> unknown = codes(cells.where(col("level").isNull()));
    if (!unknown.isEmpty()) {
      return ChapterTable.skipped(INFO, unknownReason(src.get().name(), unknown, inputs));
    }
    Dataset<Row> table =
        build(
                level(cells, "country"),
                level(cells, "continent"),
                level(cells, "total").drop("code"),
                known.where(col("level").equalTo("continent")).select(col("code")))
            .localCheckpoint();
    Optional<String> negative = OriginRows.negativeOther(table);
    if (negative.isPresent()) {
      return ChapterTable.skipped(INFO, src.get().name() + ": " + negative.get());
    }
    return ChapterTable.built(INFO, table, List.of(src.get().name()));
  }

  /**
   * National immigration per year and Geboorteland code, summed over the other breakdowns where the
   * source has no total, with each code's level from the bundled list (null: unknown).
   */
  private static Dataset<Row> classified(Dataset<Row> source, Dataset<Row> known) {
    Dataset<Row> rows =
        source.where(
            Selection.measureIs("Immigratie").and(Selection.annual()).and(Series.NATIONAL));
    for (String dim : COLLAPSED) {
      rows = Selection.collapse(rows, dim);
    }
    return rows.where(Selection.totalsExcept(BIRTH_COUNTRY))
        .select(
            Selection.year().as(YEAR),
            Selection.dim(BIRTH_COUNTRY).as("code"),
            col("value"),
            col("status"))
        .join(known.select(col("code"), col("level")), new String[] {"code"}, "left")
        // Small after the collapses, and used by every branch of build(): computed once, so that
        // the table's plan does not repeat four collapses (window + aggregate each) per branch.
        .localCheckpoint();
  }

  private static Dataset<Row> level(Dataset<Row> cells, String level) {
    return cells.where(col("level").equalTo(level)).drop("level");
  }

  private static Set<String> codes(Dataset<Row> cells) {
    Set<String> codes = new TreeSet<>();
    for (Row r : cells.select("code").distinct().collectAsList()) {
      codes.add(r.isNullAt(0) ? "(no " + BIRTH_COUNTRY + ")" : r.getString(0));
    }
    return codes;
  }

  /** The skip reason for codes the bundled list lacks, with the source's own labels where known. */
  private static String unknownReason(String source, Set<String> unknown, ChapterInputs inputs) {
    Map<String, String> labels = new HashMap<>();
    for (Row r : inputs.codes(source, BIRTH_COUNTRY).select("code", "label").collectAsList()) {
      labels.put(r.getString(0), r.isNullAt(1) ? null : r.getString(1));
    }
    String listed =
        unknown.stream()
            .limit(20)
            .map(c -> labels.get(c) == null ? c : c + " (" + labels.get(c) + ")")
            .collect(Collectors.joining(", "));
    return source
        + ": "
        + unknown.size()
        + " "
        + BIRTH_COUNTRY
        + " codes are not in codelists/cbs-geboorteland.csv, so a country cannot be told from an"
        + " aggregate: "
        + listed
        + (unknown.size() > 20 ? ", ..." : "")
        + "; add them with their level (country, continent, aggregate) and continent";
  }

  /**
   * @param byCountry {@code year, code, value, status} per single country of birth
   * @param continents {@code year, code, value, status}: the continents as the source publishes
   *     them (may be empty: then each continent is missing, never a sum of the listed countries)
   * @param totals {@code year, value, status}: all immigration per year (may be empty)
   * @param continentList {@code code} of the continents the table shows every year
   */
  public static Dataset<Row> build(
      Dataset<Row> byCountry,
      Dataset<Row> continents,
      Dataset<Row> totals,
      Dataset<Row> continentList) {
    return OriginRows.build(byCountry, continents, totals, continentList);
  }
}
