package nl.migstat.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The workbook's charts as files in the run folder, PNG and SVG, named after their sheet's number
 * and table ({@code 1.1a-migration_balance.svg}), drawn by {@link ChartDrawing} like the native
 * charts. They go into the run's unfinished folder, which the run publishes whole (PublishedRuns).
 */
public final class ChartFiles {
  /** The folder in a run that holds them. */
  public static final String FOLDER = "charts";

  private ChartFiles() {}

  /** Writes the charts of the planned sheets into {@code folder}; returns the files written. */
  static List<Path> write(Path folder, List<PlannedSheet> sheets) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new java.util.ArrayList<>();
    for (PlannedSheet sheet : sheets) {
      for (int g = 0; g < sheet.grids().size(); g++) {
        Grid grid = sheet.grids().get(g);
        if (grid.chart() == null) {
          continue;
        }
        String base = sheet.chartFile(g);
        written.add(Files.write(folder.resolve(base + ".svg"), svg(grid)));
        written.add(Files.write(folder.resolve(base + ".png"), png(grid)));
      }
    }
    return written;
  }

  static byte[] svg(Grid grid) {
    SvgCanvas canvas = new SvgCanvas(ChartDrawing.WIDTH, ChartDrawing.HEIGHT);
    ChartDrawing.draw(grid, canvas);
    return canvas.document().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] png(Grid grid) throws IOException {
    PngCanvas canvas = new PngCanvas(ChartDrawing.WIDTH, ChartDrawing.HEIGHT);
    ChartDrawing.draw(grid, canvas);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(canvas.image(), "png", out);
    return out.toByteArray();
  }
}
