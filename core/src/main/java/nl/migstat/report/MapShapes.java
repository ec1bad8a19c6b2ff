package nl.migstat.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled municipal boundaries of one reference year ({@code maps/gemeenten-<year>.txt},
 * derived from CBS's 2017 boundaries by the test-source generator, README-maps.md): per
 * municipality code its rings in EPSG:28992 metres.
 *
 * @param year the reference year
 * @param rings per municipality code, its rings (shells and holes) as x, y pairs in metres
 * @param names per municipality code, its name on CBS's list of the year
 */
record MapShapes(int year, Map<String, List<double[]>> rings, Map<String, String> names) {
  /** The resource's coordinate unit in metres. */
  static final double UNIT = 10;

  /** The resource path of a reference year's map. */
  static String resource(int year) {
    return "/maps/gemeenten-" + year + ".txt";
  }

  /** The bundled map of {@code year}, or empty when none is bundled for that year. */
  static Optional<MapShapes> load(int year) {
    try (InputStream in = MapShapes.class.getResourceAsStream(resource(year))) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(read(year, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MapShapes read(int year, InputStream in) throws IOException {
    Map<String, List<double[]>> rings = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      List<double[]> shape = new ArrayList<>();
      for (String ring : fields[2].split("/")) {
        shape.add(ring(ring));
      }
      rings.put(fields[0], shape);
      names.put(fields[0], fields[1]);
    }
    return new MapShapes(year, rings, names);
  }

  /** A ring's points: the first absolute, each next one a difference, all in units of 10 m. */
  private static double[] ring(String text) {
    String[] points = text.split(" ");
    double[] xy = new double[points.length * 2];
    long x = 0;
    long y = 0;
    for (int i = 0; i < points.length; i++) {
      int comma = points[i].indexOf(',');
      x += Long.parseLong(points[i].substring(0, comma));
      y += Long.parseLong(points[i].substring(comma + 1));
      xy[2 * i] = x * UNIT;
      xy[2 * i + 1] = y * UNIT;
    }
    return xy;
  }

  /** The smallest and largest x and y of all rings: {minX, minY, maxX, maxY}. */
  double[] bounds() {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (List<double[]> shape : rings.values()) {
      for (double[] ring : shape) {
        for (int i = 0; i < ring.length; i += 2) {
          b[0] = Math.min(b[0], ring[i]);
          b[1] = Math.min(b[1], ring[i + 1]);
          b[2] = Math.max(b[2], ring[i]);
          b[3] = Math.max(b[3], ring[i + 1]);
        }
      }
    }
    return b;
  }
}
