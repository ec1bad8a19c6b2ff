package nl.migstat.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.HorizontalBarPlot;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * Interactive Plotly charts of a report table (Tablesaw's {@code jsplot}): a time series per group
 * and the top of a ranking, written as one HTML page each. The page loads plotly.js from Plotly's
 * CDN, so it needs a browser with network; {@link PngCharts} draws the same charts offline.
 */
public final class Charts {
  private Charts() {}

  /** One line per value of {@code group} over the years; missing figures leave a gap. */
  public static Figure timeSeries(Table table, String figure, String group, String title) {
    requireOneRowPerYear(table, group);
    Table sorted = table.sortAscendingOn(group, Slices.YEAR);
    return LinePlot.create(title, sorted, Slices.YEAR, figure, group);
  }

  /**
   * The {@code n} largest values of {@code figure}, one bar per {@code label} (a municipality, a
   * country); rows without a figure are left out of the ranking, not counted as zero.
   */
  public static Figure topBars(Table table, String label, String figure, int n, String title) {
    return HorizontalBarPlot.create(
        title, top(table, figure, n).sortAscendingOn(figure), label, figure);
  }

  /** Writes a figure as an HTML page and returns the file. */
  public static Path html(Figure figure, Path file) {
    String page = Page.pageBuilder(figure, "chart").build().asJavascript();
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      return Files.writeString(file, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * A line needs one point per year: a table with more rows per group and year (another breakdown
   * left in) is refused with the way out, rather than drawn as a zigzag.
   */
  static void requireOneRowPerYear(Table table, String group) {
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String key =
          table.column(group).getString(r) + " in " + table.column(Slices.YEAR).getString(r);
      if (!seen.add(key)) {
        throw new IllegalArgumentException(
            "several rows for "
                + group
                + " "
                + key
                + " in "
                + table.name()
                + ": keep one value of the other columns first, e.g. Slices.where(table,"
                + " \"origin_group\", \"total\")");
      }
    }
  }

  /** The rows with the {@code n} largest values of a figure, largest first. */
  public static Table top(Table table, String figure, int n) {
    Table known = table.where(table.doubleColumn(figure).isNotMissing());
    return known.sortDescendingOn(figure).first(n);
  }
}
