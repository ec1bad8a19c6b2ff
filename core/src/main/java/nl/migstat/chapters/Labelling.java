package nl.migstat.chapters;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one step that gives every report table its Dutch labels, after its build: each label column
 * its {@link TableInfo} declares ({@code country_code_label}) is filled from the code list the
 * table names for the code column beside it. The label of a code is the one its source publishes
 * where the source is Dutch and has it, else the bundled one, else the code behind {@link
 * TableInfo#UNLABELLED_MARKER}. When the rows say which source each came from (a {@code source}
 * column), a code is labelled by its own row's source.
 */
public final class Labelling {
  /** Joins a source and a code into one map key; neither holds a NUL. */
  private static final String KEY = "\u0000";

  private Labelling() {}

  /**
   * {@code table} with its label columns in place, or as it was when skipped.
   *
   * @param lists the code list of each code column that has a label column
   * @throws IllegalStateException when a label column's code column has no code list
   */
  public static ChapterTable labelled(
      ChapterTable table, Map<String, CodeList> lists, ChapterInputs inputs) {
    if (table.isSkipped()) {
      return table;
    }
    TableInfo info = table.info();
    boolean rowSources = Arrays.asList(table.rows().columns()).contains(TableColumns.SOURCE);
    List<Column> columns = new ArrayList<>();
    for (String name : info.outputColumns()) {
      if (!info.isLabelColumn(name)) {
        columns.add(col(name));
        continue;
      }
      String code = info.codeColumnOf(name).orElseThrow().name();
      CodeList list = lists.get(code);
      if (list == null) {
        throw new IllegalStateException(
            info.name() + " declares " + name + " but names no code list for " + code);
      }
      boolean bySource = rowSources && !list.dimensions().isEmpty();
      Map<String, String> labels = labels(list, table.sources(), inputs, bySource);
      Column key = bySource ? concat_ws(KEY, col(TableColumns.SOURCE), col(code)) : col(code);
      columns.add(label(col(code).cast("string"), lookup(labels, key)).as(name));
    }
    Dataset<Row> rows = table.rows().select(columns.toArray(Column[]::new));
    return new ChapterTable(info, rows, table.sources(), null);
  }

  /**
   * Code → label for one code column, or {@code source NUL code} → label when {@code bySource}:
   * each source's own labels over the bundled ones; without row sources, the first of the table's
   * sources that labels a code wins.
   */
  static Map<String, String> labels(
      CodeList list, List<String> sources, ChapterInputs inputs, boolean bySource) {
    Map<String, Map<String, String>> own = ownLabels(list, sources, inputs);
    Map<String, String> labels = new LinkedHashMap<>();
    if (bySource) {
      for (String source : sources) {
        Map<String, String> merged = new LinkedHashMap<>(list.bundled(source, inputs));
        merged.putAll(own.getOrDefault(source, Map.of()));
        merged.forEach((code, label) -> labels.put(source + KEY + code, label));
      }
      return labels;
    }
    labels.putAll(list.bundled(sources.isEmpty() ? null : sources.get(0), inputs));
    for (int i = sources.size() - 1; i >= 0; i--) {
      labels.putAll(own.getOrDefault(sources.get(i), Map.of()));
    }
    return labels;
  }

  /** The labels the table's Dutch sources publish for the list's dimensions, by source. */
  private static Map<String, Map<String, String>> ownLabels(
      CodeList list, List<String> sources, ChapterInputs inputs) {
    List<String> dutch = sources.stream().filter(CodeList::isDutch).toList();
    Map<String, Map<String, String>> own = new HashMap<>();
    if (dutch.isEmpty() || list.dimensions().isEmpty()) {
      return own;
    }
    List<Row> rows =
        inputs
            .codes()
            .where(
                col("source")
                    .isin(dutch.toArray())
                    .and(col("dimension").isin(list.dimensions().toArray()))
                    .and(col("label").isNotNull()))
            .select("source", "code", "label")
            .collectAsList();
    for (Row r : rows) {
      if (r.getString(2).isBlank()) {
        continue;
      }
      own.computeIfAbsent(r.getString(0), s -> new LinkedHashMap<>())
          .putIfAbsent(r.getString(1), r.getString(2).strip());
    }
    return own;
  }

  /** A literal map lookup (one projection: the rows keep their order, unlike a join). */
  private static Column lookup(Map<String, String> labels, Column key) {
    if (labels.isEmpty()) {
      return lit(null).cast("string");
    }
    List<Column> keys = new ArrayList<>();
    List<Column> values = new ArrayList<>();
    labels.forEach(
        (k, v) -> {
          keys.add(lit(k));
          values.add(lit(v));
        });
    return element_at(
        map_from_arrays(array(keys.toArray(Column[]::new)), array(values.toArray(Column[]::new))),
        key);
  }

  private static Column label(Column code, Column found) {
    return when(code.isNull(), lit(null).cast("string"))
        .otherwise(coalesce(found, concat(lit(TableInfo.UNLABELLED_MARKER), code)));
  }
}
