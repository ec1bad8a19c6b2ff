package nl.migstat.chapters;

import java.util.Map;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;

/**
 * One table of the report: what it shows, the sources it reads in order of preference, and how it
 * picks them from the inputs and builds its rows (a pure {@code build} on Datasets behind it).
 *
 * @param <I> what the tables of its chapter build from: the run's inputs and whatever the chapter
 *     computes once for several of them ({@link Chapter#prepare})
 */
public interface ReportTable<I> {
  /** Title, unit, footnotes and columns. */
  TableInfo info();

  /**
   * How the workbook shows the table, declared beside it: its sheet name, the pivot of its rows and
   * its charts. Without a declaration, its long form with labels in place of codes.
   */
  default SheetLayout layout() {
    return SheetLayout.listing(info().title());
  }

  /** The sources the table reads; absent, they are the reason it is skipped. */
  Sources sources();

  /**
   * The table built from the inputs, or skipped with the reason. Called on a table thread: it may
   * only read what {@code inputs} shares with the chapter's other tables.
   */
  ChapterTable buildFrom(I inputs);

  /**
   * The code list of each code column that has a label column in {@link #info}, for {@link
   * Labelling}: none for a table without codes.
   */
  default Map<String, CodeList> codeLists() {
    return Map.of();
  }
}
