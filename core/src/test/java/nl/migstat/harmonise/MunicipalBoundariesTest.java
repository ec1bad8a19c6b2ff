package nl.migstat.harmonise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.migstat.harmonise.MunicipalBoundaries.Target;
import org.junit.jupiter.api.Test;

class MunicipalBoundariesTest {
  private static final MunicipalBoundaries B = MunicipalBoundaries.load();

  @Test
  void listsHaveTheRealCbsCounts() {
    assertThat(B.municipalitiesOn(2015)).hasSize(393);
    assertThat(B.municipalitiesOn(2019)).hasSize(355);
    assertThat(B.municipalitiesOn(2021)).hasSize(352);
    assertThat(B.municipalitiesOn(2022)).hasSize(345);
    assertThat(B.municipalitiesOn(2023)).hasSize(342);
    assertThat(B.municipalitiesOn(2025)).hasSize(342);
  }

  @Test
  void theDefaultReferenceYearIsTheNewestBundledList() {
    // a job without reference_year maps to LAST_YEAR; it must be the newest list the build has
    assertThat(B.latestYear()).isEqualTo(MunicipalBoundaries.LAST_YEAR).isEqualTo(2025);
  }

  @Test
  void municipalitiesCarryNameAndProvince() {
    assertThat(B.municipalitiesOn(2018).get("GM0620"))
        .isEqualTo(new MunicipalBoundaries.Municipality("GM0620", "Vianen", "PV26"));
    assertThat(B.municipalitiesOn(2022).get("GM0457").province()).isEqualTo("PV27");
    assertThat(B.municipalitiesOn(2023)).doesNotContainKey("GM0457");
    assertThat(B.municipalitiesOn(2021).get("GM1979").name()).isEqualTo("Eemsdelta");
  }

  @Test
  void mergerOf2019MapsForwardWithShareOne() {
    for (String old : List.of("GM0005", "GM1663", "GM1651")) {
      assertThat(B.resolve(old, 2018, 2021)).containsExactly(new Target("GM1966", 1.0));
    }
  }

  @Test
  void winsumIsSplitBetweenHetHogelandAndWesterkwartier() {
    List<Target> t = B.resolve("GM0053", 2018, 2019);
    assertThat(t).extracting(Target::code).containsExactly("GM1966", "GM1969");
    assertThat(t.stream().mapToDouble(Target::share).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void haarenSplitSharesSumToOne() {
    List<Target> t = B.resolve("GM0788", 2020, 2021);
    assertThat(t)
        .extracting(Target::code)
        .containsExactlyInAnyOrder("GM0757", "GM0824", "GM0855", "GM0865");
    assertThat(t.stream().mapToDouble(Target::share).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void followsChainedSuccessions() {
    // Millingen aan de Rijn -> Groesbeek (2015) -> Berg en Dal (2016, a new code).
    assertThat(B.resolve("GM0265", 2015, 2020)).containsExactly(new Target("GM1945", 1.0));
    // Littenseradiel (2018 split) part to Leeuwarden: one code, no further change by 2025.
    assertThat(B.resolve("GM0140", 2017, 2025))
        .extracting(Target::code)
        .containsExactly("GM0080", "GM1900", "GM1949");
  }

  @Test
  void laterMergersUseTheCitedSuccessors() {
    assertThat(B.resolve("GM0457", 2022, 2023)).containsExactly(new Target("GM0363", 1.0));
    assertThat(B.resolve("GM0457", 2022, 2022)).containsExactly(new Target("GM0457", 1.0));
    assertThat(B.resolve("GM0614", 2022, 2023)).containsExactly(new Target("GM1992", 1.0));
    assertThat(B.resolve("GM1702", 2021, 2024)).containsExactly(new Target("GM1982", 1.0));
  }

  @Test
  void unknownCodeIsRejectedWithItsName() {
    assertThatThrownBy(() -> B.resolve("GM9999", 2019, 2021))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessageContaining("GM9999")
        .hasMessageContaining("2019");
  }

  @Test
  void backwardOnlyThroughRenames() {
    assertThat(B.resolve("GM1945", 2017, 2015)).containsExactly(new Target("GM0241", 1.0));
    assertThat(B.resolve("GM0363", 2021, 2015)).containsExactly(new Target("GM0363", 1.0));
    assertThatThrownBy(() -> B.resolve("GM1966", 2020, 2018))
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining("GM1966 of 2020");
    assertThatThrownBy(() -> B.resolve("GM0363", 2023, 2021))
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining("GM0457");
    assertThatThrownBy(() -> B.resolve("GM0865", 2021, 2020))
        .isInstanceOf(BoundaryMappingException.class)
        .hasMessageContaining("GM0788");
  }

  @Test
  void everyMunicipalityOf2015To2024ResolvesTo2025() {
    Map<String, MunicipalBoundaries.Municipality> ref = B.municipalitiesOn(2025);
    for (int year = 2015; year <= 2024; year++) {
      for (String code : B.municipalitiesOn(year).keySet()) {
        List<Target> t = B.resolve(code, year, 2025);
        assertThat(t).extracting(Target::code).allMatch(ref::containsKey);
        assertThat(t.stream().mapToDouble(Target::share).sum())
            .as(code + " in " + year)
            .isCloseTo(1.0, within(1e-9));
      }
    }
    for (MunicipalBoundaries.Change c : B.changes()) {
      assertThat(B.resolve(c.oldCode(), 2015, 2025))
          .extracting(Target::code)
          .allMatch(ref::containsKey);
    }
  }
}
