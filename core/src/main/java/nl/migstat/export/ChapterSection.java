package nl.migstat.export;

import java.util.List;
import java.util.Objects;

/**
 * One chapter of the report workbook: its Dutch title and its tables in report order.
 *
 * @param title the chapter title shown on the contents sheet
 * @param tables the chapter's tables, skipped ones included
 */
public record ChapterSection(String title, List<WorkbookTable> tables) {
  public ChapterSection {
    Objects.requireNonNull(title, "title");
    tables = List.copyOf(tables);
  }
}
