package nl.migstat.report;

import java.util.List;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.ReportFigures.ChartFigure;

/**
 * The report draft as one self-contained XHTML page: inline CSS and SVG, no script, nothing loaded
 * from elsewhere, so it reads offline, in any browser and in the PDF renderer alike. The headline
 * sentences come first, then each chapter's charts with their tables beside them, the municipal
 * maps in chapter Gemeenten, and the legend of symbols and the sources at the end.
 */
final class ReportPage {
  /** The chapter whose section holds the maps. */
  static final String MAP_CHAPTER = "Gemeenten";

  private ReportPage() {}

  /** What the page shows. */
  record Content(
      String title,
      String subtitle,
      List<ChapterSection> chapters,
      List<Headline> headlines,
      List<ChartFigure> charts,
      List<MapFigure> maps,
      List<String> notes) {}

  static String render(Content content) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">\n<head>\n")
        .raw("<meta charset=\"UTF-8\"/>\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .element("title", "", content.title())
        .raw("<style>\n")
        .raw(ReportStyle.CSS)
        .raw("</style>\n</head>\n<body>\n<header>\n")
        .element("h1", "", content.title())
        .element("p", "class=\"subtitle\"", content.subtitle())
        .raw("</header>\n<main>\n");
    headlines(h, content.headlines());
    int figure = 0;
    for (int c = 0; c < content.chapters().size(); c++) {
      ChapterSection chapter = content.chapters().get(c);
      String prefix = (c + 1) + ".";
      h.raw("<section class=\"chapter\">\n").element("h2", "", (c + 1) + " " + chapter.title());
      for (ChartFigure chart : content.charts()) {
        if (chart.number().startsWith(prefix)) {
          figure++;
          chart(h, chart, figure);
        }
      }
      if (chapter.title().equals(MAP_CHAPTER)) {
        for (MapFigure map : content.maps()) {
          figure++;
          map(h, map, figure);
        }
      }
      h.raw("</section>\n");
    }
    h.raw("<section class=\"notes\">\n").element("h2", "", "Verklaring van tekens en bronnen");
    for (String note : content.notes()) {
      h.element("p", "", note);
    }
    return h.raw("</section>\n</main>\n</body>\n</html>\n").toString();
  }

  private static void headlines(Html h, List<Headline> headlines) {
    h.raw("<section class=\"headlines\">\n").element("h2", "", "Kerncijfers");
    String chapter = null;
    for (Headline line : headlines) {
      if (!line.chapter().equals(chapter)) {
        if (chapter != null) {
          h.raw("</ul>\n");
        }
        chapter = line.chapter();
        h.element("h3", "", chapter).raw("<ul>\n");
      }
      h.element("li", "", line.sentence());
    }
    if (chapter != null) {
      h.raw("</ul>\n");
    }
    if (headlines.stream().anyMatch(Headline::provisional)) {
      h.element("p", "class=\"legend\"", "* voorlopig cijfer; ** nader voorlopig cijfer.");
    }
    h.raw("</section>\n");
  }

  private static void chart(Html h, ChartFigure chart, int figure) {
    h.raw("<figure class=\"pair\" id=\"figuur-" + figure + "\">\n")
        .element("figcaption", "", "Figuur " + figure + ". " + chart.title())
        .raw("<div class=\"graphic\">\n")
        .raw(chart.svg().replace("<svg ", "<svg class=\"chart\" "))
        .raw("</div>\n<div class=\"beside\">\n")
        .raw(
            FigureTables.table(
                chart.heading() + (chart.caption() == null ? "" : ": " + chart.caption()),
                chart.headers(),
                chart.rows(),
                chart.labelColumns()))
        .element("p", "class=\"unit\"", chart.unit());
    for (String source : chart.sources()) {
      h.element("p", "class=\"source\"", "Bron: " + source);
    }
    h.raw("</div>\n</figure>\n");
  }

  private static void map(Html h, MapFigure map, int figure) {
    h.raw("<figure class=\"pair map\" id=\"figuur-" + figure + "\">\n")
        .element("figcaption", "", "Figuur " + figure + ". " + map.title())
        .raw("<div class=\"graphic\">\n")
        .raw(map.svg())
        .element("p", "class=\"unit\"", map.note())
        .raw("</div>\n<div class=\"beside scroll\">\n")
        .raw(FigureTables.table("Gemeenten in de kaart", map.headers(), map.rows(), 1))
        .raw("</div>\n</figure>\n");
  }
}
