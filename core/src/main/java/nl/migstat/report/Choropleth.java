package nl.migstat.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.migstat.export.DutchNumbers;

/**
 * A municipal choropleth as an inline SVG element: every municipality of the reference year drawn
 * on its boundaries, filled by its class; a municipality without a figure in light grey, a secret
 * one hatched (never coloured by a value it does not publish); a legend with each class's bounds
 * and both of those, and a {@code <title>} per municipality (its name and figure as the table shows
 * it) for a pointer or a screen reader.
 */
final class Choropleth {
  static final int WIDTH = 780;
  static final int HEIGHT = 700;
  static final String NO_DATA = "#d9d9d9";
  private static final double MAP_WIDTH = 560;
  private static final double MARGIN = 10;

  /** One municipality's entry: its figure as a number, as printed, or secret. */
  record Entry(Double value, String printed, boolean secret) {}

  private Choropleth() {}

  /** The map's SVG element; {@code id} must be unique in the page. */
  static String svg(
      String id,
      String title,
      String description,
      MapShapes shapes,
      Map<String, Entry> entries,
      MapClasses classes,
      int decimals,
      String unit) {
    double[] b = shapes.bounds();
    double scale = Math.min(MAP_WIDTH / (b[2] - b[0]), (HEIGHT - 2 * MARGIN) / (b[3] - b[1]));
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\""
                + " font-family=\"Arial, Helvetica, sans-serif\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            id,
            id));
    svg.append("<title id=\"").append(id).append("-title\">").append(Html.escaped(title));
    svg.append("</title>\n<desc id=\"").append(id).append("-desc\">");
    svg.append(Html.escaped(description)).append("</desc>\n");
    svg.append(hatch(id));
    svg.append(
        "<g transform=\"scale(0.1)\" stroke=\"#ffffff\" stroke-width=\"4\""
            + " stroke-linejoin=\"round\">\n");
    for (Map.Entry<String, List<double[]>> m : shapes.rings().entrySet()) {
      Entry e = entries.get(m.getKey());
      String fill =
          e == null || (e.value() == null && !e.secret())
              ? NO_DATA
              : e.secret()
                  ? "url(#" + id + "-hatch)"
                  : classes.colours().get(classes.classOf(e.value()));
      String printed = e == null ? "." : e.printed();
      svg.append("<path fill=\"").append(fill).append("\" d=\"");
      for (double[] ring : m.getValue()) {
        path(svg, ring, b, scale);
      }
      svg.append("\"><title>").append(Html.escaped(shapes.names().get(m.getKey())));
      svg.append(": ").append(Html.escaped(printed)).append("</title></path>\n");
    }
    svg.append("</g>\n");
    legend(svg, id, classes, decimals, unit);
    return svg.append("</svg>\n").toString();
  }

  private static String hatch(String id) {
    return "<defs><pattern id=\""
        + id
        + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\""
        + " patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#ffffff\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#4d4d4d\" stroke-width=\"2\"/>"
        + "</pattern></defs>\n";
  }

  /**
   * One ring as an SVG subpath, y turned downward, in tenths of a pixel (the group scales them by
   * 0.1): the first point absolute, the others relative to the one before, between rounded points
   * so the rounding does not add up. A map of 352 municipalities takes a third of the text.
   */
  private static void path(StringBuilder svg, double[] ring, double[] b, double scale) {
    long px = 0;
    long py = 0;
    for (int i = 0; i < ring.length; i += 2) {
      long x = Math.round((MARGIN + (ring[i] - b[0]) * scale) * 10);
      long y = Math.round((MARGIN + (b[3] - ring[i + 1]) * scale) * 10);
      if (i == 0) {
        svg.append('M').append(x).append(' ').append(y);
      } else if (x != px || y != py) {
        svg.append('l').append(x - px).append(' ').append(y - py);
      }
      px = x;
      py = y;
    }
    svg.append('z');
  }

  private static void legend(
      StringBuilder svg, String id, MapClasses classes, int decimals, String unit) {
    double x = MAP_WIDTH + 40;
    double y = 60;
    svg.append(text(x, y - 24, unit, true));
    double lower = classes.lower();
    for (int i = classes.upper().size() - 1; i >= 0; i--) {
      double from = i == 0 ? lower : classes.upper().get(i - 1);
      String label =
          DutchNumbers.format(from, decimals)
              + " tot en met "
              + DutchNumbers.format(classes.upper().get(i), decimals);
      swatch(svg, x, y, classes.colours().get(i), label);
      y += 26;
    }
    y += 12;
    swatch(svg, x, y, "url(#" + id + "-hatch)", "geheim (x)");
    swatch(svg, x, y + 26, NO_DATA, "geen cijfer (.)");
  }

  private static void swatch(StringBuilder svg, double x, double y, String fill, String label) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"16\" fill=\"%s\""
                + " stroke=\"#808080\" stroke-width=\"0.6\"/>%n",
            x,
            y - 12,
            fill));
    svg.append(text(x + 30, y + 1, label, false));
  }

  private static String text(double x, double y, String text, boolean bold) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\"%s fill=\"#1a1a1a\">%s</text>%n",
        x,
        y,
        bold ? " font-weight=\"bold\"" : "",
        Html.escaped(text));
  }
}
