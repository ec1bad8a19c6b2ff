package nl.migstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import nl.migstat.SharedData;
import nl.migstat.harmonise.MunicipalBoundaries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled maps: exactly the municipalities of their reference year, well under 1 MB, and the
 * same bytes a fresh derivation from CBS's 2017 boundaries gives (when ../shared is present).
 */
class MapResourceTest {
  @ParameterizedTest
  @ValueSource(ints = {2021, 2025})
  void holdsExactlyTheMunicipalitiesOfItsReferenceYear(int year) {
    MapShapes shapes = MapShapes.load(year).orElseThrow();
    var listed = MunicipalBoundaries.load().municipalitiesOn(year);
    assertThat(shapes.rings().keySet()).containsExactlyInAnyOrderElementsOf(listed.keySet());
    assertThat(shapes.rings()).allSatisfy((code, rings) -> assertThat(rings).isNotEmpty());
    assertThat(shapes.names().get("GM0363")).isEqualTo("Amsterdam");
    // EPSG:28992: the Netherlands lies within x 0–300 km, y 300–625 km
    double[] b = shapes.bounds();
    assertThat(b[0]).isBetween(0.0, 30_000.0);
    assertThat(b[3]).isBetween(600_000.0, 625_000.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {2021, 2025})
  void isSmallAndEqualsAFreshDerivation(int year) throws IOException {
    String bundled = bundled(year);
    assertThat(bundled.length()).isLessThan(250_000);
    Path geojson = SharedData.real(MapResourceGenerator.GEOJSON);
    assertThat(MapResourceGenerator.derive(geojson, year)).isEqualTo(bundled);
  }

  @ParameterizedTest
  @ValueSource(ints = {2021})
  void aSplitMunicipalityGoesWhollyToItsLargestSuccessor(int year) {
    MunicipalBoundaries boundaries = MunicipalBoundaries.load();
    // Haaren (GM0788) was split on 1 January 2021; Oisterwijk (GM0824) took the largest share.
    assertThat(MapResourceGenerator.successor(boundaries, "GM0788", year)).isEqualTo("GM0824");
    // a merger: Haarlemmerliede en Spaarnwoude (GM0393) joined Haarlemmermeer (GM0394) in 2019
    assertThat(MapResourceGenerator.successor(boundaries, "GM0393", year)).isEqualTo("GM0394");
  }

  private static String bundled(int year) throws IOException {
    try (InputStream in = MapShapes.class.getResourceAsStream(MapShapes.resource(year))) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
