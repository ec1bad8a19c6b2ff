package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * The shape of one generated Eurostat bulk TSV: key dimensions (geo last) with their codes, the
 * years across, and the size and precision of the values; written in the published layout with
 * {@code value flag} cells, {@code :} for missing and the trailing space after every year and
 * value.
 *
 * @param dims key dimensions in header order, geo last, each with its codes
 * @param years the time columns, oldest first
 * @param magnitude the typical value
 * @param decimals digits after the point
 */
public record BulkSpec(
    Map<String, List<String>> dims, List<String> years, double magnitude, int decimals) {

  /** Share of cells written as {@code :} (not available). */
  static final double MISSING = 0.05;

  /** Share of cells flagged {@code p} (provisional). */
  static final double PROVISIONAL = 0.03;

  /** Number of observations (cells) the file holds. */
  public long cells() {
    long n = years.size();
    for (List<String> codes : dims.values()) {
      n *= codes.size();
    }
    return n;
  }

  /**
   * Writes the file, gzipped when the name ends in {@code .gz}; the same seed gives the same bytes.
   */
  public void write(Path file, long seed) throws IOException {
    Files.createDirectories(file.getParent());
    boolean gz = file.getFileName().toString().endsWith(".gz");
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream os = gz ? new GZIPOutputStream(raw, 1 << 16) : raw;
        BufferedWriter w =
            new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(header());
      w.write('\n');
      SplittableRandom random = new SplittableRandom(seed);
      List<List<String>> lists = new ArrayList<>(dims.values());
      int[] index = new int[lists.size()];
      StringBuilder line = new StringBuilder(256);
      do {
        line.setLength(0);
        for (int d = 0; d < index.length; d++) {
          line.append(d == 0 ? "" : ",").append(lists.get(d).get(index[d]));
        }
        double level = magnitude * Math.exp(random.nextGaussian() * 0.8);
        for (int y = 0; y < years.size(); y++) {
          line.append('\t');
          cell(line, level * (1 + 0.02 * y + 0.05 * random.nextGaussian()), random);
        }
        w.append(line).append('\n');
      } while (advance(index, lists));
    }
  }

  private String header() {
    StringBuilder b = new StringBuilder(String.join(",", dims.keySet())).append("\\TIME_PERIOD");
    years.forEach(y -> b.append('\t').append(y).append(' '));
    return b.toString();
  }

  private void cell(StringBuilder line, double value, SplittableRandom random) {
    double u = random.nextDouble();
    if (u < MISSING) {
      line.append(": ");
      return;
    }
    appendNumber(line, Math.abs(value), decimals);
    line.append(' ');
    if (u < MISSING + PROVISIONAL) {
      line.append('p');
    }
  }

  /** Appends a non-negative number with a fixed number of decimals, without Locale formatting. */
  static void appendNumber(StringBuilder b, double value, int decimals) {
    long scale = (long) Math.pow(10, decimals);
    long units = Math.round(value * scale);
    b.append(units / scale);
    if (decimals > 0) {
      String frac = Long.toString(units % scale + scale);
      b.append('.').append(frac, 1, frac.length());
    }
  }

  /** Steps an odometer over the code lists, the last dimension fastest; false when done. */
  static boolean advance(int[] index, List<List<String>> lists) {
    for (int d = index.length - 1; d >= 0; d--) {
      if (++index[d] < lists.get(d).size()) {
        return true;
      }
      index[d] = 0;
    }
    return false;
  }

  /** A copy with other codes for one dimension. */
  public BulkSpec with(String dim, List<String> codes) {
    Map<String, List<String>> copy = new LinkedHashMap<>(dims);
    copy.put(dim, List.copyOf(codes));
    return new BulkSpec(copy, years, magnitude, decimals);
  }
}
