package nl.migstat.ingest.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EurostatCodeListTest {
  private final EurostatCodeList list = EurostatCodeList.bundled();

  @Test
  void acceptsTheLabelVariantsEurostatUsedOverTime() {
    assertThat(list.code("geo", "Germany (until 1990 former territory of the FRG)")).hasValue("DE");
    assertThat(list.code("geo", "Germany")).hasValue("DE");
    assertThat(list.code("geo", "Germany (including former GDR)")).hasValue("DE_TOT");
    assertThat(list.code("geo", "European Union (28 countries)")).hasValue("EU28");
    assertThat(list.code("geo", "European Union - 27 countries (from 2020)")).hasValue("EU27_2020");
    assertThat(list.code("geo", "European Union (27 countries)")).hasValue("EU27_2007");
    assertThat(list.code("geo", "Kosovo*")).hasValue("XK");
    assertThat(list.code("geo", "Türkiye")).hasValue("TR");
    assertThat(list.code("geo", "Turkey")).hasValue("TR");
    assertThat(list.code("geo", "Greece")).hasValue("EL");
    assertThat(list.code("geo", "United Kingdom")).hasValue("UK");
    assertThat(list.code("geo", "Czech Republic")).hasValue("CZ");
    assertThat(list.code("geo", "Euro area – 20 countries (from 2023)")).hasValue("EA20");
  }

  @Test
  void countsRunsOfSpacesAsOne() {
    assertThat(list.code("geo", "Euro area - 19 countries  (2015-2022)")).hasValue("EA19");
  }

  @Test
  void citizenshipsUseTheirOwnAggregatesAndTheCountryLabels() {
    assertThat(list.code("citizen", "Extra-EU27 (from 2020)")).hasValue("EXT_EU27_2020");
    assertThat(list.code("citizen", "Extra-EU-28")).hasValue("EXT_EU28");
    assertThat(list.code("CITIZEN", "Syria")).hasValue("SY");
    assertThat(list.code("citizen", "Stateless")).hasValue("STLS");
    assertThat(list.code("geo", "Stateless")).isEmpty();
  }

  @Test
  void labelsAreMappedPerDimension() {
    assertThat(list.code("sex", "Total")).hasValue("T");
    assertThat(list.code("age", "Total")).hasValue("TOTAL");
    assertThat(list.code("freq", "Quarterly")).hasValue("Q");
    assertThat(list.code("decision", "Total positive decisions")).hasValue("TOTAL_POS");
    assertThat(list.code("reason", "Remunerated activities reasons")).hasValue("OCC");
    assertThat(list.code("unit", "Quarterly index, 2010=100")).hasValue("I10_Q");
    assertThat(list.code("geo", "Atlantis")).isEmpty();
    assertThat(list.knows("geo")).isTrue();
    assertThat(list.knows("nace_r2")).isFalse();
  }

  @Test
  void refusesAListThatGivesOneLabelTwoCodes() {
    String text = "dimension;code;label\ngeo;DE;Germany\ngeo;DE_TOT;Germany\n";
    assertThatThrownBy(() -> EurostatCodeList.parse(new StringReader(text), "test"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Germany");
  }
}
