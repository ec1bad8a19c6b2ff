package nl.migstat.explore;

import java.util.HashMap;
import java.util.Map;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.model.TableInfo.Kind;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Dutch labels for a table: the workbook's column headers from the chapter's {@link TableInfo}, and
 * code labels (country, motive, municipality) from the run's code lists.
 */
public final class Labels {
  private Labels() {}

  /**
   * A copy with the workbook's Dutch headers ({@code Jaar}, {@code Immigratie}); a status column is
   * headed {@code <label> (status)}, a states column {@code <label> (alle statussen)}; columns the
   * chapter does not know keep their name.
   */
  public static Table dutchHeaders(Table table, TableInfo info) {
    Table copy = table.copy();
    copy.setName(info.title());
    for (ColumnInfo column : info.columns()) {
      if (copy.containsColumn(column.name())) {
        copy.column(column.name()).setName(column.label());
      }
      if (column.kind() == Kind.FIGURE && copy.containsColumn(column.statusColumn())) {
        copy.column(column.statusColumn()).setName(column.label() + " (status)");
      }
      if (column.kind() == Kind.FIGURE && copy.containsColumn(column.statesColumn())) {
        copy.column(column.statesColumn()).setName(column.label() + " (alle statussen)");
      }
    }
    return copy;
  }

  /**
   * Adds {@code <codeColumn>_label} with the Dutch label of each code from the run's code lists
   * ({@link Explore#codes()}); a code without a label gets none (missing), never a guess. When the
   * same code has labels in several sources, the first in the code list wins. A report table that
   * has the column already (every code column of a run since the labels step) is returned as a copy
   * with the run's own labels, which also draw on the bundled lists.
   */
  public static Table withCodeLabels(Table table, String codeColumn, Table codes) {
    if (table.containsColumn(codeColumn + "_label")) {
      return table.copy();
    }
    Map<String, String> labels = new HashMap<>();
    StringColumn code = codes.stringColumn("code");
    StringColumn label = codes.stringColumn("label");
    for (int r = 0; r < codes.rowCount(); r++) {
      if (!label.isMissing(r)) {
        labels.putIfAbsent(code.get(r), label.get(r));
      }
    }
    Column<?> codesOfTable = table.column(codeColumn);
    StringColumn added = StringColumn.create(codeColumn + "_label");
    for (int r = 0; r < table.rowCount(); r++) {
      added.append(codesOfTable.isMissing(r) ? null : labels.get(codesOfTable.getString(r)));
    }
    return table.copy().addColumns(added);
  }
}
