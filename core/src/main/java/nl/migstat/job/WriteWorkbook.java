package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.ChartFiles;
import nl.migstat.export.SourceLines;
import nl.migstat.export.WorkbookTable;
import nl.migstat.export.WorkbookWriter;
import nl.migstat.model.CodeEntry;

/**
 * The fourth step of a run: writes the report workbook into the run, each table on the sheets its
 * layout declares, its sources worded with the publishers' modification dates the code lists (or
 * the raw folder's fetch records) carry, and its charts as PNG and SVG beside it.
 */
final class WriteWorkbook {
  private final RunSettings settings;

  WriteWorkbook(RunSettings settings) {
    this.settings = settings;
  }

  /**
   * Writes {@code <run>/<workbook>} and {@code <run>/charts/}, the run's disclosure rule in words
   * on the explanation sheet; returns the chapters as written, for the report.
   */
  List<ChapterSection> write(
      Job job,
      Path runDir,
      List<ChapterOutcome> chapters,
      List<CodeEntry> codes,
      List<String> disclosureRule) {
    SourceLines sources = SourceLines.of(codes, FetchDates.read(job.rawDir()));
    List<ChapterSection> sections =
        chapters.stream()
            .map(
                c ->
                    new ChapterSection(
                        c.title(), c.tables().stream().map(t -> sheet(c, t, sources)).toList()))
            .toList();
    List<String> used =
        chapters.stream()
            .flatMap(c -> c.tables().stream())
            .flatMap(t -> t.sources().stream())
            .toList();
    try {
      WorkbookWriter.write(
          runDir.resolve(job.workbook()),
          "Staat van de migratie " + job.reportYear(),
          job.reportYear(),
          sections,
          settings.workbookTime(),
          sources.provenance(used),
          runDir.resolve(ChartFiles.FOLDER),
          disclosureRule);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    settings
        .progress()
        .step(
            "workbook %s: %d tables",
            job.workbook(),
            chapters.stream()
                .mapToLong(c -> c.tables().stream().filter(t -> !t.isSkipped()).count())
                .sum());
    return sections;
  }

  private static WorkbookTable sheet(ChapterOutcome c, TableOutcome table, SourceLines sources) {
    return table.isSkipped()
        ? WorkbookTable.skipped(table.info(), table.skipReason(), c.layout(table.name()))
        : WorkbookTable.built(
            table.info(), table.rows(), sources.lines(table.sources()), c.layout(table.name()));
  }
}
