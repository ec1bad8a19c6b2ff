package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Figures;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Shares;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.BundledList;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Table 2: immigration by migration motive, EU/EFTA citizens and others, with shares of the year;
 * from CBS 84809NED (outside the EU/EFTA, by IND motive) and 84808NED (EU/EFTA, by derived
 * purpose), each code mapped to a motive once, through {@code codelists/migration-motives.csv}.
 */
public final class ImmigrationByMotive implements ReportTable<ChapterInputs> {
  static final String MOTIVE = "motive";
  static final String ORIGIN_GROUP = "origin_group";

  private static final String MOTIVE_LIST = "migration-motives.csv";

  /** 84809NED writes its all-durations category as a code of its own, not a {@code T00…} total. */
  private static final Set<String> EXTRA_TOTALS = Set.of("A027954");

  /** The motives in report order. */
  public static final List<String> MOTIVES =
      List.of("labour", "asylum", "family", "study", "temporary_protection", "other", "unknown");

  public static final TableInfo INFO =
      new TableInfo(
          "immigration_by_motive",
          "Immigratie naar migratiemotief",
          "aantal personen; aandeel in % van de immigratie van het jaar",
          List.of(
              "Buiten EU/EFTA: migratiemotief volgens de eerste verblijfsvergunning van de IND (CBS 84809NED);"
                  + " asiel inclusief nareizigers.",
              "EU/EFTA: afgeleid migratiedoel (CBS 84808NED); zonder afgeleid doel telt als onbekend.",
              "Aandelen per jaar tellen op tot 100 %; ontbreekt een deel, dan ontbreekt het aandeel."),
          List.of(
              integer(YEAR, "Jaar"),
              text(MOTIVE, "Migratiemotief"),
              text(ORIGIN_GROUP, "Herkomst"),
              figure(COUNT, "Immigranten", 0),
              figure(SHARE, "Aandeel (%)", 1)));

  /** The motive list's rows: {@code source, dimension, code, motive, origin_group}. */
  private final List<Map<String, String>> motiveList = BundledList.load(MOTIVE_LIST).rows();

  /** The sources the motive list maps, each read where present. */
  private final Sources sources =
      Sources.anyOf(motiveList.stream().map(r -> r.get("source")).distinct().toList());

  @Override
  public TableInfo info() {
    return INFO;
  }

  @Override
  public Sources sources() {
    return sources;
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
      Dataset<Row> cells =
          inputs
              .first(source)
              .orElseThrow()
              .rows()
              .where(Selection.annual().and(Selection.totalsExcept(EXTRA_TOTALS, dim)));
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
    // The counts are a few hundred rows that build() uses in several branches: computed once,
    // so its plan scans them instead of repeating the selection and joins in every branch.
    return ChapterTable.built(INFO, build(counts.localCheckpoint()), present);
  }

  private static Dataset<Row> byMotive(Dataset<Row> cells, String dim, Dataset<Row> motives) {
    return cells
        .select(
            Selection.year().as(YEAR), Selection.dim(dim).as("code"), col("value"), col("status"))
        .join(motives, new String[] {"code"}, "inner")
        .where(col(MOTIVE).notEqual("total").and(col(MOTIVE).notEqual("detail")))
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
   * with {@code value, status}: the counts, a {@code total} group per motive, and each row's share
   * of the year's immigration over all motives and groups.
   */
  public static Dataset<Row> build(Dataset<Row> counts) {
    Dataset<Row> parts =
        counts
            .groupBy(YEAR, MOTIVE, ORIGIN_GROUP)
            .agg(
                Figures.sumOrMissing(col("value")).as(COUNT),
                Figures.strongestOver(col("status")).as(statusColumn(COUNT)));
    Dataset<Row> totals =
        parts
            .groupBy(YEAR, MOTIVE)
            .agg(
                Figures.sumOrMissing(col(COUNT)).as(COUNT),
                Figures.strongestOver(col(statusColumn(COUNT))).as(statusColumn(COUNT)))
            .withColumn(ORIGIN_GROUP, lit("total"))
            .select(YEAR, MOTIVE, ORIGIN_GROUP, COUNT, statusColumn(COUNT));
    Dataset<Row> groupShares = Shares.ofSum(parts, COUNT, SHARE, YEAR);
    Dataset<Row> totalShares = Shares.ofSum(totals, COUNT, SHARE, YEAR);
    Dataset<Row> all =
        groupShares
            .unionByName(totalShares)
            .withColumn(
                statusColumn(COUNT), Figures.statusOf(col(COUNT), col(statusColumn(COUNT))));
    Column motiveOrder = array(MOTIVES.stream().map(m -> lit(m)).toArray(Column[]::new));
    Column groupOrder = array(lit("non_eu_efta"), lit("eu_efta"), lit("total"));
    return all.withColumn("__m", array_position(motiveOrder, col(MOTIVE)))
        .withColumn("__g", array_position(groupOrder, col(ORIGIN_GROUP)))
        .orderBy(col(YEAR), col("__g"), col("__m"))
        .drop("__m", "__g");
  }
}
