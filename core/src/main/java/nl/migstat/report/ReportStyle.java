package nl.migstat.report;

/**
 * The page's style sheet, inline so the file stands alone. The side-by-side layout of chart and
 * table is for screens only ({@code @media screen}, CSS grid); on paper and in the PDF (which
 * openhtmltopdf renders as print, without grid) the table follows its chart.
 */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS =
      """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: "Pagina " counter(page) " van " counter(pages);
          font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #555555; } }
      body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.4;
        margin: 0 auto; max-width: 1400px; padding: 0 16px; font-size: 11pt; }
      h1 { font-size: 22pt; margin: 12px 0 4px 0; color: #0b3d6e; }
      h2 { font-size: 16pt; color: #0b3d6e; border-bottom: 2px solid #0b3d6e; margin-top: 28px; }
      h3 { font-size: 12pt; margin: 12px 0 4px 0; }
      .subtitle { color: #444444; margin-top: 0; }
      .headlines ul { margin: 0 0 8px 0; padding-left: 20px; }
      .headlines li { font-size: 12pt; margin: 4px 0; }
      .legend, .unit, .source { font-size: 9pt; color: #444444; margin: 4px 0; }
      figure { margin: 18px 0 26px 0; page-break-inside: avoid; }
      figure.map { page-break-inside: auto; }
      figcaption { font-weight: bold; font-size: 12pt; margin-bottom: 6px; }
      svg { max-width: 100%; height: auto; }
      table.figures { border-collapse: collapse; font-size: 9pt; margin-top: 6px; }
      table.figures caption { text-align: left; font-size: 9pt; font-style: italic;
        margin-bottom: 3px; }
      table.figures th, table.figures td { padding: 2px 6px; border-bottom: 1px solid #dddddd; }
      table.figures thead th { border-bottom: 2px solid #555555; text-align: right;
        vertical-align: bottom; }
      table.figures thead th:first-child { text-align: left; }
      table.figures tbody th { text-align: left; font-weight: normal; }
      table.figures td { text-align: right; white-space: nowrap; }
      table.figures tr.total th, table.figures tr.total td { font-weight: bold;
        border-top: 1px solid #555555; }
      @media screen {
        figure.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
          column-gap: 24px; align-items: start; }
        figure.pair figcaption { grid-column: 1 / span 2; }
        .beside { overflow-x: auto; }
        .beside.scroll { max-height: 640px; overflow-y: auto; }
      }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        svg.chart { width: 170mm; height: 98mm; }
        svg.map { width: 170mm; height: 152.5mm; }
        h2 { page-break-after: avoid; }
        section.chapter { page-break-before: always; }
      }
      """;
}
