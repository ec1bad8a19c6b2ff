package nl.migstat.export;

import java.util.Locale;

/**
 * A chart drawn as SVG text, with fixed number formatting so the same chart gives the same file.
 */
final class SvgCanvas implements ChartCanvas {
  private final StringBuilder svg = new StringBuilder();
  private final int width;
  private final int height;

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String hex, double w) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#%s\""
                + " stroke-width=\"%.2f\"/>%n",
            x1,
            y1,
            x2,
            y2,
            hex,
            w));
  }

  @Override
  public void rect(double x, double y, double w, double h, String hex) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%s\"/>%n",
            x,
            y,
            w,
            h,
            hex));
  }

  @Override
  public void text(
      double x, double y, String text, double size, Anchor anchor, boolean bold, String hex) {
    String a = anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE ? "middle" : "end";
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\"%s fill=\"#%s\">%s"
                + "</text>%n",
            x,
            y,
            size,
            a,
            bold ? " font-weight=\"bold\"" : "",
            hex,
            escaped(text)));
  }

  static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * The drawing as an {@code <svg>} element to place inside an HTML page, named for assistive
   * technology by its {@code <title>} and described by its {@code <desc>} (WAI-ARIA's {@code img}
   * role; the ids must be unique in the page).
   */
  String element(String id, String title, String description) {
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\""
                + " font-family=\"Calibri, Arial, sans-serif\">%n<title id=\"%s-title\">%s</title>%n"
                + "<desc id=\"%s-desc\">%s</desc>%n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"#FFFFFF\"/>%n",
            width,
            height,
            width,
            height,
            id,
            id,
            id,
            escaped(title),
            id,
            escaped(description))
        + svg
        + "</svg>\n";
  }

  /** The whole SVG document. */
  String document() {
    return String.format(
            Locale.ROOT,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"Calibri, Arial, sans-serif\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#FFFFFF\"/>%n",
            width,
            height,
            width,
            height)
        + svg
        + "</svg>\n";
  }
}
