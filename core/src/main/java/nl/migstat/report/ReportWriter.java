package nl.migstat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.ReportFigures;

/**
 * Writes the run's report draft, {@code report.html} (self-contained: inline CSS and SVG, no
 * script) and {@code report.pdf} from the same page, into the unfinished run folder, which the run
 * publishes whole. It reads only the built tables and their metadata.
 */
public final class ReportWriter {
  /** The page's file name in a run. */
  public static final String HTML = "report.html";

  /** The PDF's file name in a run. */
  public static final String PDF = "report.pdf";

  private ReportWriter() {}

  /**
   * What the report is about.
   *
   * @param title the report's title ({@code Staat van de migratie 2023})
   * @param job the job's name
   * @param reportYear the year the report is about
   * @param referenceYear the year of the municipal boundaries the maps are drawn on
   * @param figuresOf the line that dates the figures ({@code Cijfers van 1 maart 2024}), or null
   * @param fixedTime the time recorded in the PDF (the workbook's)
   */
  public record Report(
      String title,
      String job,
      int reportYear,
      int referenceYear,
      String figuresOf,
      Instant fixedTime) {}

  /** Writes both files into {@code runDir}; returns the number of figures on the page. */
  public static int write(Path runDir, Report report, List<ChapterSection> chapters)
      throws IOException {
    List<ReportFigures.ChartFigure> charts = ReportFigures.of(chapters, report.reportYear());
    List<MapFigure> maps = MunicipalMaps.of(chapters, report.reportYear(), report.referenceYear());
    String subtitle =
        "Concept, gemaakt door migstat uit de tabellen van job "
            + report.job()
            + "; gemeentelijke indeling van "
            + report.referenceYear()
            + (report.figuresOf() == null ? "" : "; " + report.figuresOf());
    String html =
        ReportPage.render(
            new ReportPage.Content(
                report.title(),
                subtitle,
                chapters,
                Headlines.of(chapters, report.reportYear()),
                charts,
                maps,
                notes(maps)));
    Files.writeString(runDir.resolve(HTML), html, StandardCharsets.UTF_8);
    Files.write(runDir.resolve(PDF), ReportPdf.render(html, report.title(), report.fixedTime()));
    return charts.size() + maps.size();
  }

  private static List<String> notes(List<MapFigure> maps) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Tekens (CBS, verklaring van tekens): . geen cijfer; x geheim; * voorlopig; ** nader"
            + " voorlopig; b breuk in de reeks; d definitie wijkt af; e geschat; r herzien;"
            + " u geringe betrouwbaarheid. Getallen in Nederlandse notatie: 335 668; 4,7.");
    notes.add(
        "De grafieken en tabellen zijn die van de werkmap van deze run; de bronnen staan onder"
            + " elke tabel en in de werkmap op het blad Toelichting.");
    if (!maps.isEmpty()) {
      notes.add(MunicipalMaps.SOURCE_NOTE);
    }
    return notes;
  }
}
