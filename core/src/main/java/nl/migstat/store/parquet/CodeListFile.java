package nl.migstat.store.parquet;

import static nl.migstat.model.Columns.CODE;
import static nl.migstat.model.Columns.DIMENSION;
import static nl.migstat.model.Columns.LABEL;
import static nl.migstat.model.Columns.PARENT;
import static nl.migstat.model.Columns.SOURCE;

import java.nio.file.Path;
import java.util.List;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Schemas;

/**
 * The code lists of a run as one Parquet part file of {@link Schemas#CODES} with {@code _SUCCESS},
 * every column dictionary-encoded: the same rows Spark would write, without a Spark job, whose
 * local relation of hundreds of thousands of entries took seconds to plan (BENCHMARKS.md).
 */
public final class CodeListFile extends ColumnFile {
  private final DictionaryColumn source;
  private final DictionaryColumn dimension;
  private final DictionaryColumn code;
  private final DictionaryColumn label;
  private final DictionaryColumn parent;

  private CodeListFile(Path file) {
    super(file, ParquetSchemas.CODES, PAGE_ROWS, ROW_GROUP_ROWS);
    source = strings(SOURCE);
    dimension = strings(DIMENSION);
    code = strings(CODE);
    label = strings(LABEL);
    parent = strings(PARENT);
    allBound();
  }

  /**
   * Writes the code lists into {@code dir}: one entry per source, dimension and code (the first
   * label read wins).
   */
  public static void write(Path dir, List<CodeEntry> codes) {
    try (CodeListFile out = new CodeListFile(PartFolder.partFile(dir, 0, Schemas.CODES.name()))) {
      CodeEntry.firstOfEach(codes).forEach(out::write);
    }
    PartFolder.finish(dir);
  }

  private void write(CodeEntry c) {
    source.add(c.source(), 0);
    dimension.add(c.dimension(), 0);
    code.add(c.code(), 0);
    label.add(c.label(), 0);
    parent.add(c.parent(), 0);
    rowWritten();
  }
}
