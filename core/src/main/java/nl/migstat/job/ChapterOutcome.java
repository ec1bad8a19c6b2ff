package nl.migstat.job;

import java.util.List;

/**
 * One chapter of a run: its Dutch title and its tables in report order, skipped ones included.
 *
 * @param title the chapter title
 * @param tables the chapter's tables of the job
 */
record ChapterOutcome(String title, List<TableOutcome> tables) {
  ChapterOutcome {
    tables = List.copyOf(tables);
  }

  /** The same chapter with these tables (as disclosure control published them). */
  ChapterOutcome withTables(List<TableOutcome> published) {
    return new ChapterOutcome(title, published);
  }
}
