package nl.migstat.export;

/**
 * What a chart is drawn on: the same drawing goes to an SVG text and to a PNG image, so both files
 * show the same chart.
 */
interface ChartCanvas {
  /** Where a text's anchor point is. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  void line(double x1, double y1, double x2, double y2, String hex, double width);

  void rect(double x, double y, double w, double h, String hex);

  /** A text whose baseline starts, centres or ends at ({@code x}, {@code y}). */
  void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String hex);

  /** The width a text takes, estimated the same way for both files. */
  static double width(String text, double size) {
    return text.length() * size * 0.55;
  }
}
