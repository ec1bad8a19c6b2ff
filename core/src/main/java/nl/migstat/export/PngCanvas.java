package nl.migstat.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A chart drawn onto an image with Java2D (headless), for the PNG file. */
final class PngCanvas implements ChartCanvas {
  static {
    System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
  }

  private final BufferedImage image;
  private final Graphics2D g;

  PngCanvas(int width, int height) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String hex, double width) {
    g.setColor(ChartPalette.color(hex));
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void rect(double x, double y, double w, double h, String hex) {
    g.setColor(ChartPalette.color(hex));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void text(
      double x, double y, String text, double size, Anchor anchor, boolean bold, String hex) {
    g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
    g.setColor(ChartPalette.color(hex));
    double w = g.getFontMetrics().stringWidth(text);
    double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
    g.drawString(text, (float) left, (float) y);
  }

  BufferedImage image() {
    g.dispose();
    return image;
  }
}
