package nl.migstat.harmonise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.SharedData;
import org.junit.jupiter.api.Test;

/** The bundled Dutch labels: hand-checked entries, and each list covering what it must. */
class DutchLabelsTest {
  @Test
  void cbsNationalitiesByTheirCbsTitles() {
    Map<String, String> n = DutchLabels.cbsNationalities();
    // Jo11jo/Liberal-Artists maps NAT9444 to Syria and NAT9278 to Afghanistan; 80059ned titles
    assertThat(n.get("NAT9444")).isEqualTo("Syrisch");
    assertThat(n.get("NAT9278")).isEqualTo("Afghaans");
    assertThat(n.get("NAT9326")).isEqualTo("Eritrees");
    // NAT9367: counts from 2008 on, 690 in 2015 as Eurostat's Kosovo (685): Kosovaars
    assertThat(n.get("NAT9367")).isEqualTo("Kosovaars");
    assertThat(n.get("NAT9487")).isEqualTo("Staatloos");
    assertThat(n.get("T001059")).isEqualTo("Totaal");
    assertThat(n).hasSize(87);
  }

  @Test
  void everyNationalityOfTheRealAsylumExportHasALabel() throws IOException {
    String file =
        Files.readString(
            SharedData.real("cbs-03742-83102NED-liberal-artists/Asylum NL.csv"),
            StandardCharsets.UTF_8);
    Set<String> codes = new TreeSet<>();
    Matcher m = Pattern.compile("\"(NAT[0-9]{4}|T001059) *\"").matcher(file);
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).hasSize(87);
    assertThat(DutchLabels.cbsNationalities().keySet()).containsAll(codes);
  }

  @Test
  void everyEurostatGeoAndCitizenCodeHasADutchNameAndTheCountriesAgreeWithCountriesCsv() {
    Set<String> listed = new TreeSet<>();
    for (Map<String, String> r : BundledList.load("eurostat-labels.csv").rows()) {
      if (r.get("dimension").equals("geo") || r.get("dimension").equals("citizen")) {
        listed.add(r.get("dimension") + ":" + r.get("code"));
      }
    }
    for (String key : listed) {
      String code = key.substring(key.indexOf(':') + 1);
      Map<String, String> dutch =
          key.startsWith("geo:") ? DutchLabels.eurostatGeo() : DutchLabels.eurostatCitizen();
      assertThat(dutch).as(key).containsKey(code);
    }
    for (Map<String, String> r : BundledList.load("countries.csv").rows()) {
      assertThat(DutchLabels.eurostatGeo().get(r.get("geo"))).isEqualTo(r.get("name_nl"));
    }
    assertThat(DutchLabels.eurostatGeo().get("EL")).isEqualTo("Griekenland");
    assertThat(DutchLabels.eurostatGeo().get("EU27_2020")).isEqualTo("EU-27");
    assertThat(DutchLabels.eurostatCitizen().get("EXT_EU27_2020")).isEqualTo("Buiten de EU-27");
    assertThat(DutchLabels.eurostatCitizen().get("SY")).isEqualTo("Syrië");
  }

  @Test
  void theProjectsOwnIdsHaveDutchLabels() {
    assertThat(DutchLabels.categories("motive").get("labour")).isEqualTo("Arbeid");
    assertThat(DutchLabels.categories("origin_group").get("non_eu_efta"))
        .isEqualTo("Buiten EU/EFTA");
    assertThat(DutchLabels.categories("origin_row").get("total")).isEqualTo("Totaal");
    assertThatThrownBy(() -> DutchLabels.categories("motives"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("motive");
    Set<String> series = new TreeSet<>();
    BundledList.load("background-bridge.csv").rows().forEach(r -> series.add(r.get("series")));
    assertThat(DutchLabels.categories("labour_series")).containsOnlyKeys(series);
  }

  @Test
  void municipalitiesByTheNameOfTheYearsList() {
    MunicipalBoundaries boundaries = MunicipalBoundaries.load();
    Map<String, String> in2021 = DutchLabels.municipalities(boundaries, 2021);
    assertThat(in2021.get("GM0518")).isEqualTo("'s-Gravenhage");
    // Het Hogeland exists from 1 January 2019 (Bedum, De Marne, Eemsmond, Winsum)
    assertThat(in2021.get("GM1966")).isEqualTo("Het Hogeland");
    assertThat(DutchLabels.municipalities(boundaries, 2018)).doesNotContainKey("GM1966");
    assertThat(in2021).hasSize(352);
  }

  @Test
  void backgroundGroupsByClassification() {
    assertThat(DutchLabels.backgroundGroups("cbs-migratieachtergrond").get("1012600"))
        .isEqualTo("Nederlandse achtergrond");
    assertThat(DutchLabels.backgroundGroups("cbs-herkomstland").get("1012600"))
        .isEqualTo("Nederland");
  }
}
