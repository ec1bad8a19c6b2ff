package nl.migstat.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.migstat.export.ChartCanvas.Anchor;
import nl.migstat.model.SheetLayout.Chart;

/**
 * Draws a grid's chart on a canvas as the workbook's native chart shows it: title on top, legend
 * below, a line per series over the years, or bars per category (horizontal for one ranked series,
 * the first category on top); a missing figure is a gap.
 */
final class ChartDrawing {
  static final int WIDTH = 900;
  static final int HEIGHT = 520;
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final double TEXT = 12;

  private final Grid grid;
  private final Grid.ChartPlan plan;
  private final ChartCanvas canvas;
  private final List<String> categories = new ArrayList<>();
  private final List<List<Double>> series = new ArrayList<>();
  private double min;
  private double max;

  private ChartDrawing(Grid grid, ChartCanvas canvas) {
    this.grid = grid;
    this.plan = grid.chart();
    this.canvas = canvas;
    for (int r = 0; r < plan.rowCount(); r++) {
      categories.add(grid.category(r));
    }
    for (int col : plan.seriesColumns()) {
      List<Double> values = new ArrayList<>();
      for (int r = 0; r < plan.rowCount(); r++) {
        values.add(grid.rows().get(r).cells().get(col).plotted());
      }
      series.add(values);
    }
  }

  /** Draws the chart of {@code grid} (which has one) on {@code canvas}. */
  static void draw(Grid grid, ChartCanvas canvas) {
    new ChartDrawing(grid, canvas).draw();
  }

  private boolean horizontal() {
    return plan.kind() == Chart.BARS && series.size() == 1;
  }

  private void draw() {
    canvas.text(WIDTH / 2.0, 28, plan.title(), 16, Anchor.MIDDLE, true, "000000");
    range();
    double legendTop = legend();
    double left = horizontal() ? Math.min(300, 20 + longest(categories) * TEXT * 0.55) : 80;
    double top = 50;
    double right = WIDTH - 30;
    double bottom = legendTop - (horizontal() ? 30 : 40);
    double[] ticks = ticks();
    for (double t : ticks) {
      String label = String.format(DUTCH, "%,.0f", t);
      if (horizontal()) {
        double x = scale(t, left, right);
        canvas.line(x, top, x, bottom, ChartPalette.GRID, 1);
        canvas.text(x, bottom + 16, label, TEXT, Anchor.MIDDLE, false, ChartPalette.AXIS);
      } else {
        double y = scale(t, bottom, top);
        canvas.line(left, y, right, y, ChartPalette.GRID, 1);
        canvas.text(left - 6, y + 4, label, TEXT, Anchor.END, false, ChartPalette.AXIS);
      }
    }
    if (plan.kind() == Chart.LINE) {
      lines(left, top, right, bottom);
    } else if (horizontal()) {
      horizontalBars(left, top, right, bottom);
    } else {
      columns(left, top, right, bottom);
    }
  }

  private void range() {
    min = 0;
    max = 0;
    for (List<Double> s : series) {
      for (Double v : s) {
        if (v != null) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (max == min) {
      max = min + 1;
    }
    double step = step();
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
  }

  /** A round tick step giving about five ticks. */
  private double step() {
    double raw = (max - min) / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
  }

  private double[] ticks() {
    double step = step();
    int n = (int) Math.round((max - min) / step);
    double[] t = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      t[i] = min + i * step;
    }
    return t;
  }

  private double scale(double v, double from, double to) {
    return from + (v - min) / (max - min) * (to - from);
  }

  /** The legend in rows at the bottom; returns its top. */
  private double legend() {
    List<double[]> places = new ArrayList<>();
    double x = 40;
    int row = 0;
    for (int i = 0; i < series.size(); i++) {
      double w = 22 + ChartCanvas.width(seriesName(i), TEXT) + 18;
      if (x + w > WIDTH - 20 && x > 40) {
        x = 40;
        row++;
      }
      places.add(new double[] {x, row});
      x += w;
    }
    double first = HEIGHT - 14 - row * 20.0;
    for (int i = 0; i < series.size(); i++) {
      double[] p = places.get(i);
      double y = first + p[1] * 20;
      canvas.rect(p[0], y - 10, 14, 10, ChartPalette.hex(i));
      canvas.text(p[0] + 20, y, seriesName(i), TEXT, Anchor.START, false, "000000");
    }
    return first - 10;
  }

  private String seriesName(int i) {
    return grid.headers().get(plan.seriesColumns().get(i));
  }

  private void lines(double left, double top, double right, double bottom) {
    int n = categories.size();
    double dx = n > 1 ? (right - left) / (n - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(n * 40.0 / (right - left)));
    for (int i = 0; i < n; i++) {
      if (i % every == 0) {
        double x = left + i * dx;
        canvas.text(
            x, bottom + 18, categories.get(i), TEXT, Anchor.MIDDLE, false, ChartPalette.AXIS);
      }
    }
    canvas.line(left, bottom, right, bottom, ChartPalette.AXIS, 1);
    for (int s = 0; s < series.size(); s++) {
      List<Double> v = series.get(s);
      for (int i = 1; i < n; i++) {
        if (v.get(i - 1) != null && v.get(i) != null) {
          canvas.line(
              left + (i - 1) * dx,
              scale(v.get(i - 1), bottom, top),
              left + i * dx,
              scale(v.get(i), bottom, top),
              ChartPalette.hex(s),
              2.25);
        }
      }
    }
  }

  private void columns(double left, double top, double right, double bottom) {
    int n = Math.max(1, categories.size());
    double group = (right - left) / n;
    double bar = group * 0.75 / series.size();
    double zero = scale(0, bottom, top);
    for (int i = 0; i < categories.size(); i++) {
      double x0 = left + i * group + group * 0.125;
      for (int s = 0; s < series.size(); s++) {
        Double v = series.get(s).get(i);
        if (v != null) {
          double y = scale(v, bottom, top);
          canvas.rect(
              x0 + s * bar, Math.min(y, zero), bar, Math.abs(zero - y), ChartPalette.hex(s));
        }
      }
      canvas.text(
          left + (i + 0.5) * group,
          bottom + 18,
          shortened(categories.get(i), group),
          TEXT,
          Anchor.MIDDLE,
          false,
          ChartPalette.AXIS);
    }
    canvas.line(left, zero, right, zero, ChartPalette.AXIS, 1);
  }

  private void horizontalBars(double left, double top, double right, double bottom) {
    int n = Math.max(1, categories.size());
    double row = (bottom - top) / n;
    double zero = scale(0, left, right);
    for (int i = 0; i < categories.size(); i++) {
      double y = top + i * row;
      Double v = series.get(0).get(i);
      if (v != null) {
        double x = scale(v, left, right);
        canvas.rect(
            Math.min(x, zero), y + row * 0.15, Math.abs(x - zero), row * 0.7, ChartPalette.hex(0));
      }
      canvas.text(left - 6, y + row / 2 + 4, categories.get(i), TEXT, Anchor.END, false, "000000");
    }
    canvas.line(zero, top, zero, bottom, ChartPalette.AXIS, 1);
  }

  private static String shortened(String text, double room) {
    int max = Math.max(3, (int) (room / (TEXT * 0.55)));
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static int longest(List<String> texts) {
    return texts.stream().mapToInt(String::length).max().orElse(0);
  }
}
