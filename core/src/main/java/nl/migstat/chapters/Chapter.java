package nl.migstat.chapters;

import java.util.List;
import nl.migstat.model.TableInfo;

/**
 * One chapter of the report: a fixed list of tables, each built by a pure transform from the
 * ingested observations.
 */
public interface Chapter {
  /** The chapter's name in job files ({@code migratiestromen}). */
  String name();

  /** The Dutch chapter title. */
  String title();

  /** The tables in report order. */
  List<TableInfo> tables();

  /** Builds one table (its rows, or why it was skipped). */
  ChapterTable build(String table, ChapterInputs inputs);
}
