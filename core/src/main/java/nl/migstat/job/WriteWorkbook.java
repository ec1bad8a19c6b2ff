package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.SourceLines;
import nl.migstat.export.WorkbookTable;
import nl.migstat.export.WorkbookWriter;
import nl.migstat.model.CodeEntry;

/**
 * The fourth step of a run: writes the report workbook into the run, one sheet per table built or
 * carried over, its sources worded with the publishers' modification dates the code lists carry.
 */
final class WriteWorkbook {
  private final RunSettings settings;

  WriteWorkbook(RunSettings settings) {
    this.settings = settings;
  }

  /**
   * Writes {@code <run>/<workbook>} with the settings' fixed time and the run's disclosure rule in
   * words on the explanation sheet.
   */
  void write(
      Job job,
      Path runDir,
      List<ChapterOutcome> chapters,
      List<CodeEntry> codes,
      List<String> disclosureRule) {
    SourceLines sources = SourceLines.of(codes);
    List<ChapterSection> sections =
        chapters.stream()
            .map(
                c ->
                    new ChapterSection(
                        c.title(), c.tables().stream().map(t -> sheet(t, sources)).toList()))
            .toList();
    try {
      WorkbookWriter.write(
          runDir.resolve(job.workbook()),
          "Staat van de migratie " + job.reportYear(),
          job.reportYear(),
          sections,
          settings.workbookTime(),
          disclosureRule);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    settings
        .progress()
        .step(
            "workbook %s: %d sheets",
            job.workbook(),
            chapters.stream()
                .mapToLong(c -> c.tables().stream().filter(t -> !t.isSkipped()).count())
                .sum());
  }

  private static WorkbookTable sheet(TableOutcome table, SourceLines sources) {
    return table.isSkipped()
        ? WorkbookTable.skipped(table.info(), table.skipReason())
        : WorkbookTable.built(table.info(), table.rows(), sources.lines(table.sources()));
  }
}
