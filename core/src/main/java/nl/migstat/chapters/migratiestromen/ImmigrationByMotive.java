package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.BundledList;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Table 2: immigration of people without Dutch nationality by migration motive, EU/EFTA citizens
 * and others, with shares of the year; from CBS 84809NED (outside the EU/EFTA, by IND motive) and
 * 84808NED (EU/EFTA, by derived purpose), each code mapped to a motive once, through {@code
 * codelists/migration-motives.csv}.
 */
public final class ImmigrationByMotive implements ReportTable<ChapterInputs> {
  static final String MOTIVE = "motive";
  static final String ORIGIN_GROUP = "origin_group";

  private static final String MOTIVE_LIST = "migration-motives.csv";

  /** The dimension of the years since immigration at which the tables count a cohort. */
  private static final String DURATION = "Verblijfsduur";

  /**
   * 84809NED's Verblijfsduur "1 jaar": the immigrants of the year as counted one year after
   * immigration. With sociaaleconomische categorie Totaal it holds the whole cohort (CBS 84140NED's
   * description: every duration shows the original number of immigrants of the year); it is one
   * category of the dimension, not a total over durations, and it is CBS's default selection.
   */
  static final String ONE_YEAR = "A027954";

  /** The motives in report order. */
  public static final List<String> MOTIVES =
      List.of("labour", "asylum", "family", "study", "temporary_protection", "other", "unknown");

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_by_motive",
          "Immigratie naar migratiemotief",
          "aantal immigranten zonder Nederlandse nationaliteit; aandeel in % van alle immigranten"
              + " zonder Nederlandse nationaliteit van het jaar (EU/EFTA en daarbuiten samen)",
          List.of(
              "Basis: immigranten zonder Nederlandse nationaliteit. Alleen voor hen kent CBS een"
                  + " migratiemotief; immigranten met de Nederlandse nationaliteit tellen niet mee.",
              "Buiten EU/EFTA: migratiemotief volgens de eerste verblijfsvergunning van de IND (CBS 84809NED);"
                  + " asiel inclusief nareizigers. EU/EFTA: afgeleid migratiedoel (CBS 84808NED);"
                  + " zonder afgeleid doel telt als onbekend.",
              "Verblijfsduur '1 jaar' (code A027954, de standaardselectie van CBS): het cohort van het"
                  + " immigratiejaar zoals één jaar na immigratie geteld, met sociaaleconomische"
                  + " categorie Totaal het oorspronkelijke aantal immigranten. Het is één categorie"
                  + " van de verblijfsduur, geen totaal.",
              "CBS rondt de aantallen in 84809NED af op 5 (afgerond op 5). Het totaal per herkomst is"
                  + " het door CBS gepubliceerde totaal (T001056), niet de som van de afgeronde delen;"
                  + " alleen waar de bron geen totaal heeft, is het de som.",
              "Aandelen zijn van het totaal van het jaar (de gepubliceerde totalen van beide herkomsten"
                  + " samen) en tellen door afronding niet altijd precies op tot 100 %; ontbreekt het"
                  + " totaal van een herkomst, dan ontbreekt elk aandeel van dat jaar."),
          List.of(
              integer(YEAR, "Jaar"),
              text(MOTIVE, "Migratiemotief"),
              label(MOTIVE, "Migratiemotief (naam)"),
              text(ORIGIN_GROUP, "Herkomst"),
              label(ORIGIN_GROUP, "Herkomst (naam)"),
              figure(COUNT, "Immigranten", 0),
              figure(SHARE, "Aandeel (%)", 1)));

  /** The motive list's rows: {@code source, dimension, code, motive, origin_group}. */
  private final List<Map<String, String>> motiveList = BundledList.load(MOTIVE_LIST).rows();

  /** The sources the motive list maps, each read where present. */
  private final Sources sources =
      Sources.anyOf(motiveList.stream().map(r -> r.get("source")).distinct().toList());

  /** How the workbook shows the table (the long form stays in Parquet). */
  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "Immigratie naar motief",
          Sheet.of(
              Block.comparison(List.of(MOTIVE), Figure.count(COUNT), Figure.rate(SHARE))
                  .blocksBy(ORIGIN_GROUP)
                  .total(MOTIVE, MotiveRows.TOTAL)
                  .chart(Chart.BARS, MotiveRows.TOTAL)));

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
    return sources;
  }

  /** Motives and origin groups are the project's own ids over both CBS tables. */
  @Override
  public Map<String, CodeList> codeLists() {
    return Map.of(
        MOTIVE, CodeList.categories("motive"), ORIGIN_GROUP, CodeList.categories("origin_group"));
  }

  /**
   * The counts of every present source by motive; a code the motive list does not know skips the
   * table naming it.
   */
  @Override
  public ChapterTable buildFrom(ChapterInputs inputs) {
    List<String> present = sources.present(inputs);
    if (present.isEmpty()) {
      return ChapterTable.skipped(INFO, sources.absentReason());
    }
    Dataset<Row> counts = null;
    for (String source : present) {
      List<Map<String, String>> rows =
          motiveList.stream().filter(r -> r.get("source").equals(source)).toList();
      String dim = rows.get(0).get("dimension");
      Dataset<Row> cells = oneYearCohorts(inputs.first(source).orElseThrow().rows(), dim);
      Set<String> unknown = unknownCodes(cells, dim, rows);
      if (!unknown.isEmpty()) {
        return ChapterTable.skipped(
            INFO,
            source
                + ": "
                + dim
                + " codes "
                + unknown
                + " are not in codelists/"
                + MOTIVE_LIST
                + "; add them with their motive");
      }
      Dataset<Row> mapped = byMotive(cells, dim, motiveTable(inputs, rows));
      counts = counts == null ? mapped : counts.unionByName(mapped);
    }
    List<String> groups =
        motiveList.stream()
            .filter(r -> present.contains(r.get("source")))
            .map(r -> r.get("origin_group"))
            .distinct()
            .toList();
    // The counts are a few hundred rows that build() uses in several branches: computed once,
    // so its plan scans them instead of repeating the selection and joins in every branch.
    return ChapterTable.built(INFO, build(counts.localCheckpoint(), groups), present);
  }

  /**
   * The annual cells by motive code, every other dimension at its total but Verblijfsduur, which is
   * "1 jaar" where the table has it (84809NED; 84808NED may lack the dimension).
   */
  private static Dataset<Row> oneYearCohorts(Dataset<Row> rows, String dim) {
    return rows.where(
        Selection.annual()
            .and(Selection.totalsExcept(dim, DURATION))
            .and(Selection.dim(DURATION).isNull().or(Selection.dim(DURATION).equalTo(ONE_YEAR))));
  }

  private static Dataset<Row> byMotive(Dataset<Row> cells, String dim, Dataset<Row> motives) {
    return cells
        .select(
            Selection.year().as(YEAR), Selection.dim(dim).as("code"), col("value"), col("status"))
        .join(motives, new String[] {"code"}, "inner")
        .where(col(MOTIVE).notEqual("detail"))
        .select(YEAR, MOTIVE, ORIGIN_GROUP, "value", "status");
  }

  private static Set<String> unknownCodes(
      Dataset<Row> cells, String dim, List<Map<String, String>> rows) {
    Set<String> known = new TreeSet<>();
    rows.forEach(r -> known.add(r.get("code")));
    Set<String> unknown = new TreeSet<>();
    for (Row r : cells.select(Selection.dim(dim)).distinct().collectAsList()) {
      if (r.isNullAt(0) || !known.contains(r.getString(0))) {
        unknown.add(r.isNullAt(0) ? "(no " + dim + ")" : r.getString(0));
      }
    }
    return unknown;
  }

  private static Dataset<Row> motiveTable(ChapterInputs inputs, List<Map<String, String>> rows) {
    List<Row> data = new ArrayList<>();
    for (Map<String, String> r : rows) {
      data.add(RowFactory.create(r.get("code"), r.get("motive"), r.get("origin_group")));
    }
    return inputs
        .observations()
        .sparkSession()
        .createDataFrame(
            data,
            new StructType()
                .add("code", "string")
                .add(MOTIVE, "string")
                .add(ORIGIN_GROUP, "string"));
  }

  /**
   * From counts per {@code year, motive, origin_group} ({@code eu_efta} or {@code non_eu_efta})
   * with {@code value, status}, motive {@code total} being the source's own total of the group: the
   * motives, each group's total, each motive over both groups, the year's total, and each row's
   * share of the year's total.
   *
   * @param groups the origin groups of the sources read (a year lacking one has no shares)
   */
  public static Dataset<Row> build(Dataset<Row> counts, List<String> groups) {
    return MotiveRows.build(counts, groups);
  }
}
