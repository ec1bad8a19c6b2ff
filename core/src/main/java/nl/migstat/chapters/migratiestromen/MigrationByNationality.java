package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.RANK;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.NationalityRows.BREAKDOWN;
import static nl.migstat.chapters.migratiestromen.NationalityRows.CODE;
import static nl.migstat.chapters.migratiestromen.NationalityRows.FLOW;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
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
 * Table: immigration, emigration and net migration by nationality (Dutch, non-Dutch and the top 10
 * nationalities per flow and year), and emigration by country of birth (03742's emigration).
 */
public final class MigrationByNationality implements ReportTable<ChapterInputs> {
  static final String NATIONALITY = "nationality";
  static final String COUNTRY_OF_BIRTH = "country_of_birth";

  /**
   * CBS immigration and emigration by Nationaliteit: 85848NED (from 1995, net migration published),
   * else its predecessor 84484NED (1995-2022).
   */
  static final Sources CBS = Sources.anyOf("cbs:85848NED", "cbs:84484NED");

  static final String EU_IMMIGRATION = "eurostat:migr_imm1ctz";
  static final String EU_EMIGRATION = "eurostat:migr_emi1ctz";

  /** Eurostat immigration and emigration by citizenship, the Netherlands' rows; both needed. */
  static final Sources EUROSTAT = Sources.allOf(EU_IMMIGRATION, EU_EMIGRATION);

  /** CBS emigration by Geboorteland (03742's emigration measure). */
  static final Sources BIRTH = Sources.anyOf(NationalityFlows.BIRTH_SOURCE);

  static final Sources SOURCES = CBS.or(EUROSTAT).andOr(BIRTH);

  public static final TableInfo INFO =
      new TableInfo(
          "migration_by_nationality",
          "Immigratie, emigratie en migratiesaldo naar nationaliteit",
          "aantal personen; aandeel in % van het totaal van dezelfde stroom",
          List.of(
              "Nationaliteit: CBS 85848NED of 84484NED (Nationaliteit), anders Eurostat"
                  + " migr_imm1ctz en migr_emi1ctz (Nederland, burgerschap). Emigratie inclusief"
                  + " administratieve correcties. Het migratiesaldo zoals de bron het publiceert,"
                  + " anders immigratie − emigratie.",
              "De 10 nationaliteiten met de meeste migranten per stroom en jaar (bij het saldo: het"
                  + " hoogste saldo). Nederlands wordt apart getoond en niet gerangschikt; groepen"
                  + " (werelddelen, westers/niet-westers, staatloos, onbekend, overig, voormalige"
                  + " staten) en nationaliteiten zonder cijfer krijgen geen rang.",
              "Niet-Nederlands is het totaal dat de bron publiceert, nooit de som van de getoonde"
                  + " nationaliteiten. Bij het migratiesaldo is het aandeel een aandeel in het totale"
                  + " saldo (het kan negatief zijn of boven 100 % liggen).",
              "Geboorteland: emigratie uit CBS 03742 (Emigratie), de 10 geboortelanden met de"
                  + " meeste emigranten; in Nederland geboren emigranten staan apart. Een"
                  + " Geboorteland-code die codelists/cbs-geboorteland.csv niet kent, houdt dit deel"
                  + " van de tabel tegen: zonder indeling is een aggregaat niet van een land te"
                  + " onderscheiden."),
          List.of(
              integer(YEAR, "Jaar"),
              text(FLOW, "Stroom"),
              label(FLOW, "Stroom (naam)"),
              text(BREAKDOWN, "Indeling"),
              label(BREAKDOWN, "Indeling (naam)"),
              text(LEVEL, "Niveau"),
              label(LEVEL, "Niveau (naam)"),
              text(CODE, "Nationaliteit of geboorteland"),
              label(CODE, "Nationaliteit of geboorteland (naam)"),
              figure(COUNT, "Aantal", 0),
              integer(RANK, "Rang"),
              figure(SHARE, "Aandeel (%)", 1)));

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Migratie naar nationaliteit",
          Sheet.of(
              Block.comparison(List.of(CODE), Figure.count(COUNT), Figure.rate(SHARE))
                  .where(BREAKDOWN, NATIONALITY)
                  .blocksBy(FLOW)
                  .ranked(RANK, NationalityRows.TOP)
                  .total(LEVEL, NationalityRows.DUTCH)
                  .total(LEVEL, NationalityRows.NON_DUTCH)
                  .total(LEVEL, NationalityRows.TOTAL)
                  .chart(Chart.BARS, NationalityRows.IMMIGRATION)),
          Sheet.named(
              "emigratie naar geboorteland",
              Block.comparison(List.of(CODE), Figure.count(COUNT), Figure.rate(SHARE))
                  .where(BREAKDOWN, COUNTRY_OF_BIRTH)
                  .ranked(RANK, NationalityRows.TOP)
                  .total(LEVEL, NationalityRows.DUTCH)
                  .total(LEVEL, NationalityRows.TOTAL)
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
   * Flows, breakdowns and levels by the project's ids; codes by the source's Nationaliteit or
   * Geboorteland titles, else the bundled CBS lists, Eurostat's citizen codes in Dutch, and the
   * project's ids of the total, Dutch and non-Dutch rows.
   */
  @Override
  public Map<String, CodeList> codeLists() {
    Map<String, String> codes = new LinkedHashMap<>(DutchLabels.eurostatCitizen());
    codes.putAll(DutchLabels.cbsCountriesOfBirth());
    codes.putAll(DutchLabels.cbsNationalities());
    codes.putAll(DutchLabels.categories("nationality_row"));
    return Map.of(
        FLOW,
        CodeList.categories("migration_flow"),
        BREAKDOWN,
        CodeList.categories("migration_breakdown"),
        LEVEL,
        CodeList.categories("nationality_level"),
        CODE,
        CodeList.of("Nationaliteit en geboorteland", codes, "Nationaliteit", "Geboorteland"));
  }

  /**
   * The nationality part from the first CBS table by Nationaliteit, else Eurostat's for NL; the
   * country-of-birth part from 03742's emigration where it has it. Either part alone will do.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    List<String> used = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    Optional<Dataset<Row>> flows = NationalityFlows.byNationality(inputs, used);
    NationalityFlows.Birth birth = NationalityFlows.emigrationByBirth(inputs);
    birth.reason().ifPresent(lacking::add);
    Optional<Dataset<Row>> all = flows;
    if (birth.rows().isPresent()) {
      used.add(NationalityFlows.BIRTH_SOURCE);
      all =
          Optional.of(flows.map(f -> f.unionByName(birth.rows().get())).orElse(birth.rows().get()));
    }
    if (all.isEmpty()) {
      return ChapterTable.skipped(
          INFO,
          SOURCES.absentReason() + (lacking.isEmpty() ? "" : "; " + String.join("; ", lacking)));
    }
    return ChapterTable.built(INFO, build(all.get()), used);
  }

  /**
   * @param flows {@code year, flow, breakdown, level, code, value, status}: immigration and
   *     emigration (and published net migration) of the total, Dutch, non-Dutch and single rows
   */
  public static Dataset<Row> build(Dataset<Row> flows) {
    return NationalityRows.build(flows);
  }
}
