package nl.migstat.chapters.migratiestromen;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Selection;
import nl.migstat.harmonise.BundledList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counts behind "immigration_by_motive": CBS 84809NED (outside the EU/EFTA, by IND motive) and
 * 84808NED (EU/EFTA, by derived purpose), each code mapped to a motive once, through {@code
 * codelists/migration-motives.csv}. A code the list does not know stops the table with its name.
 */
final class MotiveInputs {
  /** 84809NED writes its all-durations category as a code of its own, not a {@code T00…} total. */
  private static final Set<String> EXTRA_TOTALS = Set.of("A027954");

  private MotiveInputs() {}

  static ChapterTable table(ChapterInputs inputs) {
    List<Map<String, String>> map = BundledList.load("migration-motives.csv").rows();
    List<String> sources = map.stream().map(r -> r.get("source")).distinct().toList();
    List<String> present = sources.stream().filter(inputs::has).toList();
    if (present.isEmpty()) {
      return ChapterTable.skipped(ImmigrationByMotive.INFO, ChapterInputs.missing(sources));
    }
    Dataset<Row> counts = null;
    for (String source : present) {
      List<Map<String, String>> rows =
          map.stream().filter(r -> r.get("source").equals(source)).toList();
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
            ImmigrationByMotive.INFO,
            source
                + ": "
                + dim
                + " codes "
                + unknown
                + " are not in codelists/migration-motives.csv; add them with their motive");
      }
      Dataset<Row> motives = motiveTable(inputs, rows);
      Dataset<Row> mapped =
          cells
              .select(
                  Selection.year().as("year"),
                  Selection.dim(dim).as("code"),
                  col("value"),
                  col("status"))
              .join(motives, new String[] {"code"}, "inner")
              .where(col("motive").notEqual("total").and(col("motive").notEqual("detail")))
              .select("year", "motive", "origin_group", "value", "status");
      counts = counts == null ? mapped : counts.unionByName(mapped);
    }
    // The counts are a few hundred rows that build() uses in several branches: computed once,
    // so its plan scans them instead of repeating the selection and joins in every branch.
    return ChapterTable.built(
        ImmigrationByMotive.INFO, ImmigrationByMotive.build(counts.localCheckpoint()), present);
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
      data.add(
          org.apache.spark.sql.RowFactory.create(
              r.get("code"), r.get("motive"), r.get("origin_group")));
    }
    return inputs
        .observations()
        .sparkSession()
        .createDataFrame(
            data,
            new org.apache.spark.sql.types.StructType()
                .add("code", "string")
                .add("motive", "string")
                .add("origin_group", "string"));
  }
}
