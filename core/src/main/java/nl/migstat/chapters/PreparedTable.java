package nl.migstat.chapters;

import java.util.function.Supplier;
import nl.migstat.model.TableInfo;

/**
 * A table whose chapter has prepared what it builds from: building it runs its own queries only, so
 * that the run can build several at a time.
 *
 * @param info the table's info
 * @param builder builds the table (or says why it is skipped)
 */
public record PreparedTable(TableInfo info, Supplier<ChapterTable> builder) {
  /** The table built, or skipped with the reason. */
  public ChapterTable build() {
    return builder.get();
  }
}
