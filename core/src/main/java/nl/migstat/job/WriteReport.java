package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.export.ChapterSection;
import nl.migstat.report.ReportWriter;

/**
 * The step after the workbook: writes the report draft ({@code report.html} and {@code report.pdf})
 * into the run from the same protected tables, so it is published with the rest.
 */
final class WriteReport {
  private final RunSettings settings;

  WriteReport(RunSettings settings) {
    this.settings = settings;
  }

  void write(Job job, Path runDir, List<ChapterSection> chapters) {
    long start = System.nanoTime();
    int figures;
    try {
      figures =
          ReportWriter.write(
              runDir,
              new ReportWriter.Report(
                  "Staat van de migratie " + job.reportYear(),
                  job.name(),
                  job.reportYear(),
                  job.referenceYear(),
                  null,
                  settings.workbookTime()),
              chapters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    settings
        .progress()
        .step(
            "report %s and %s: %d figures, %.1f s",
            ReportWriter.HTML, ReportWriter.PDF, figures, (System.nanoTime() - start) / 1e9);
  }
}
