package nl.migstat.job;

import java.util.List;
import java.util.Map;
import nl.migstat.model.SheetLayout;

/**
 * One chapter of a run: its Dutch title and its tables in report order, skipped ones included.
 *
 * @param title the chapter title
 * @param tables the chapter's tables of the job
 * @param layouts each table's declared workbook layout, by table name
 */
record ChapterOutcome(String title, List<TableOutcome> tables, Map<String, SheetLayout> layouts) {
  ChapterOutcome {
    tables = List.copyOf(tables);
    layouts = Map.copyOf(layouts);
  }

  /** A chapter whose tables show their long form. */
  ChapterOutcome(String title, List<TableOutcome> tables) {
    this(title, tables, Map.of());
  }

  /** The layout of a table, or null for its long form. */
  SheetLayout layout(String table) {
    return layouts.get(table);
  }

  /** The same chapter with these tables (as disclosure control published them). */
  ChapterOutcome withTables(List<TableOutcome> published) {
    return new ChapterOutcome(title, published, layouts);
  }
}
