package nl.migstat.job;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.model.TableInfo;

/**
 * Warns of each code a built table shows without a Dutch label ({@link
 * TableInfo#UNLABELLED_MARKER}), once per code per run, naming the first table and column that show
 * it.
 */
final class UnlabelledCodes {
  private final Progress progress;
  private final Set<String> warned = new HashSet<>();

  UnlabelledCodes(Progress progress) {
    this.progress = progress;
  }

  /** Warns of the unlabelled codes of {@code table} not warned of yet, in code order. */
  void report(TableOutcome table) {
    TableInfo info = table.info();
    for (TableInfo.ColumnInfo column : info.columns()) {
      if (!info.isLabelColumn(column.name())) {
        continue;
      }
      String codeColumn = info.codeColumnOf(column.name()).orElseThrow().name();
      for (String code : unlabelled(table, column.name())) {
        if (warned.add(code)) {
          progress.warning(
              "%s: no Dutch label for %s %s; shown as \"%s\"",
              info.name(), codeColumn, code, TableInfo.unlabelled(code));
        }
      }
    }
  }

  private static Set<String> unlabelled(TableOutcome table, String labelColumn) {
    Set<String> codes = new TreeSet<>();
    for (Map<String, Object> row : table.rows()) {
      if (row.get(labelColumn) instanceof String label
          && label.startsWith(TableInfo.UNLABELLED_MARKER)) {
        codes.add(label.substring(TableInfo.UNLABELLED_MARKER.length()));
      }
    }
    return codes;
  }
}
