package nl.migstat.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.harmonise.MunicipalBoundaries.Target;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Derives the bundled municipal map of a reference year ({@code maps/gemeenten-<year>.txt}, read by
 * {@link MapShapes}) from CBS's generalised municipal boundaries of 2017 in {@code
 * ../shared/data-real/cbs-geo/gemeenten2017.geojson} (CBS/PDOK, CC BY 4.0), which may not be copied
 * into the repository: each 2017 municipality goes to its municipality of the reference year by the
 * bundled boundary changes ({@link MunicipalBoundaries#resolve}), the polygons of one municipality
 * are merged (JTS unary union, robust where the generalised polygons of two neighbours overlap
 * slightly), and the whole map is simplified as one coverage (JTS {@code CoverageSimplifier}, which
 * simplifies each shared border once, so neighbours still touch without gaps or overlaps, as {@code
 * TopologyPreservingSimplifier} does not promise across polygons). A split municipality
 * (Littenseradiel 2018, Winsum 2019, Haaren 2021) cannot be divided without the boundaries of its
 * villages, which no bundled file has: its whole 2017 territory goes to the successor that received
 * the largest share of its population (Súdwest- Fryslân, Het Hogeland, Oisterwijk), and
 * README-maps.md says so.
 *
 * <p>Run from the repository root: {@code mvn -B -q -pl core test-compile exec:java …} is not
 * configured; use the test {@code MapResourceTest#regenerate} with {@code
 * -Dmigstat.writeMaps=true}.
 */
final class MapResourceGenerator {
  /** The geometry in the shared folder. */
  static final String GEOJSON = "cbs-geo/gemeenten2017.geojson";

  /** The coordinate unit of the resource: 10 m of EPSG:28992. */
  static final double UNIT = 10;

  /** The simplification tolerance, in metres: about a third of a pixel of a 560-pixel map. */
  static final double TOLERANCE = 150;

  private MapResourceGenerator() {}

  /** The resource text of {@code referenceYear}, derived from the 2017 GeoJSON. */
  static String derive(Path geojson, int referenceYear) throws IOException {
    MunicipalBoundaries boundaries = MunicipalBoundaries.load();
    Map<String, List<Geometry>> parts = new TreeMap<>();
    GeometryFactory factory = new GeometryFactory();
    JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
    for (JsonNode feature : features) {
      String code = feature.get("properties").get("statcode").asText();
      parts
          .computeIfAbsent(successor(boundaries, code, referenceYear), k -> new ArrayList<>())
          .add(geometry(factory, feature.get("geometry")));
    }
    List<String> codes = new ArrayList<>(parts.keySet());
    Geometry[] merged = new Geometry[codes.size()];
    for (int i = 0; i < merged.length; i++) {
      merged[i] = factory.buildGeometry(parts.get(codes.get(i))).union();
    }
    Geometry[] simplified = CoverageSimplifier.simplify(merged, TOLERANCE);
    StringBuilder out = new StringBuilder(header(referenceYear));
    Map<String, MunicipalBoundaries.Municipality> names =
        boundaries.municipalitiesOn(referenceYear);
    for (int i = 0; i < merged.length; i++) {
      String code = codes.get(i);
      out.append(code).append('\t').append(names.get(code).name()).append('\t');
      out.append(rings(simplified[i])).append('\n');
    }
    return out.toString();
  }

  /** The reference year's municipality a 2017 one went to: the largest share of a split one. */
  static String successor(MunicipalBoundaries boundaries, String code, int referenceYear) {
    List<Target> targets = boundaries.resolve(code, 2017, referenceYear);
    return targets.stream().max(Comparator.comparingDouble(Target::share)).orElseThrow().code();
  }

  private static String header(int year) {
    return String.format(
        Locale.ROOT,
        "# Municipal boundaries of %d for the report's maps (nl.migstat.report.MapShapes).%n"
            + "# Derived by MapResourceGenerator (core test sources) from CBS's generalised"
            + " municipal%n# boundaries 2017 (cbs-geo/gemeenten2017.geojson, statistiekcbs/"
            + "CBS-Open-Data-v4;%n# (c) CBS / PDOK, CC BY 4.0), merged to %d with"
            + " codelists/municipal-changes.csv%n# and simplified (tolerance %.0f m); see"
            + " README-maps.md.%n# code TAB name TAB rings separated by '/'; a ring is 'x,y' points in"
            + " units of 10 m of%n# EPSG:28992, the first absolute, each next one the difference"
            + " to the one before.%n",
        year,
        year,
        TOLERANCE);
  }

  private static Geometry geometry(GeometryFactory factory, JsonNode geometry) {
    String type = geometry.get("type").asText();
    JsonNode coordinates = geometry.get("coordinates");
    if (type.equals("Polygon")) {
      return polygon(factory, coordinates);
    }
    List<Polygon> polygons = new ArrayList<>();
    for (JsonNode p : coordinates) {
      polygons.add(polygon(factory, p));
    }
    return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
    List<LinearRing> all = new ArrayList<>();
    for (JsonNode ring : rings) {
      Coordinate[] points = new Coordinate[ring.size()];
      for (int i = 0; i < points.length; i++) {
        points[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
      }
      all.add(factory.createLinearRing(points));
    }
    return factory.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
  }

  /** Every ring of the geometry (shells and holes), '/'-separated, delta-encoded. */
  private static String rings(Geometry geometry) {
    List<String> rings = new ArrayList<>();
    for (int g = 0; g < geometry.getNumGeometries(); g++) {
      Polygon p = (Polygon) geometry.getGeometryN(g);
      rings.add(ring(p.getExteriorRing().getCoordinates()));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        rings.add(ring(p.getInteriorRingN(h).getCoordinates()));
      }
    }
    return String.join("/", rings);
  }

  private static String ring(Coordinate[] points) {
    StringBuilder out = new StringBuilder();
    long px = 0;
    long py = 0;
    // The closing point repeats the first: left out, the reader closes the ring.
    for (int i = 0; i < points.length - 1; i++) {
      long x = Math.round(points[i].x / UNIT);
      long y = Math.round(points[i].y / UNIT);
      if (i > 0 && x == px && y == py) {
        continue;
      }
      out.append(i == 0 ? "" : " ").append(x - px).append(',').append(y - py);
      px = x;
      py = y;
    }
    return out.toString();
  }

  /** Writes the resources of the given reference years (default 2021) into core's resources. */
  public static void main(String[] args) throws IOException {
    Path geojson = Path.of(args.length > 0 ? args[0] : "../shared/data-real/" + GEOJSON);
    for (int i = 1; i < Math.max(2, args.length); i++) {
      int year = args.length > i ? Integer.parseInt(args[i]) : 2021;
      Path target = Path.of("core/src/main/resources/maps/gemeenten-" + year + ".txt");
      Files.writeString(target, derive(geojson, year), StandardCharsets.UTF_8);
    }
  }
}
