package nl.migstat.explore;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The charts of {@link Charts} drawn as PNG images with JFreeChart: self-contained files that open
 * anywhere and show inline in a notebook, no browser or network needed.
 */
public final class PngCharts {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 500;

  static {
    System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
  }

  private PngCharts() {}

  /** One line per value of {@code group} over the years; a missing figure leaves a gap. */
  public static BufferedImage timeSeries(Table table, String figure, String group, String title) {
    Charts.requireOneRowPerYear(table, group);
    XYSeriesCollection lines = new XYSeriesCollection();
    IntColumn years = table.intColumn(Slices.YEAR);
    DoubleColumn values = table.doubleColumn(figure);
    Column<?> groups = table.column(group);
    for (String name : groups.unique().asStringColumn().asList()) {
      XYSeries series = new XYSeries(name, true, false);
      for (int r = 0; r < table.rowCount(); r++) {
        if (name.equals(groups.getString(r)) && !years.isMissing(r)) {
          series.add(years.get(r), values.isMissing(r) ? null : values.get(r));
        }
      }
      lines.addSeries(series);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title, "Jaar", figure, lines, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return chart.createBufferedImage(WIDTH, HEIGHT);
  }

  /** The {@code n} largest values of {@code figure} as horizontal bars, largest on top. */
  public static BufferedImage topBars(
      Table table, String label, String figure, int n, String title) {
    Table top = Charts.top(table, figure, n);
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    for (int r = 0; r < top.rowCount(); r++) {
      bars.addValue(top.doubleColumn(figure).get(r), figure, top.column(label).getString(r));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, label, figure, bars, PlotOrientation.HORIZONTAL, false, false, false);
    chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
    return chart.createBufferedImage(WIDTH, Math.max(300, 60 + 28 * top.rowCount()));
  }

  /** Writes an image as a PNG file and returns the file. */
  public static Path write(BufferedImage image, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IllegalStateException("no PNG writer in this JVM");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
