package nl.migstat.ingest.statline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import org.junit.jupiter.api.Test;

class RegionLabelsTest {
  private final RegionLabels regions = RegionLabels.bundled();

  @Test
  void resolvesEveryLevelOfAStatLineLabel() {
    assertThat(regions.resolve("Nederland", 2019).code()).isEqualTo("NL01");
    assertThat(regions.resolve("Noord-Nederland (LD)", 2023).code()).isEqualTo("LD01");
    assertThat(regions.resolve("Zuid-Nederland (LD)", null).code()).isEqualTo("LD04");
    assertThat(regions.resolve("Groningen (PV)", 2015).code()).isEqualTo("PV20");
    assertThat(regions.resolve("Groningen (gemeente)", 2015).code()).isEqualTo("GM0014");
    assertThat(regions.resolve("'s-Gravenhage (gemeente)", 2019).code()).isEqualTo("GM0518");
  }

  @Test
  void tellsHomonymsApartByCbsSuffix() {
    assertThat(regions.resolve("Bergen (L.) (gemeente)", 2021).code()).isEqualTo("GM0893");
    assertThat(regions.resolve("Bergen (NH.) (gemeente)", 2021).code()).isEqualTo("GM0373");
    assertThat(regions.resolve("Bergen (gemeente)", 2021).ok()).isFalse();
    assertThat(regions.resolve("Hengelo (O.) (gemeente)", 2024).code()).isEqualTo("GM0164");
  }

  @Test
  void acceptsATableNameOutsideItsYearsWhenItMeansOneCode() {
    assertThat(regions.resolve("Fryslân (PV)", 2015).code()).isEqualTo("PV21");
    assertThat(regions.resolve("Friesland", "PV", 2024).code()).isEqualTo("PV21");
    assertThat(regions.resolve("Weesp (gemeente)", 2022).code()).isEqualTo("GM0457");
    assertThat(regions.resolve("Haaren (gemeente)", 2025).code()).isEqualTo("GM0788");
  }

  @Test
  void namesTheLabelItCannotResolve() {
    assertThat(regions.resolve("Fryslan (PV)", 2023).error())
        .contains("'Fryslan (PV)'")
        .contains("Fryslân");
    assertThat(regions.resolve("Amsterdam (CR)", 2023).error()).contains("'CR'");
    assertThat(regions.resolve("Amsterdam", 2023).error()).contains("no level suffix");
  }

  @Test
  void everyMunicipalityOfTheRealYearlyListsResolvesToItsCode() throws IOException {
    Path list2021 = SharedData.real("cbs-gemeentelijke-indeling-nlextract/2021.csv");
    Path list2023 =
        SharedData.real("cbs-gemeenten-alfabetisch-edugis/gemeenten-alfabetisch-2023.csv");
    assertAllResolve(Files.readAllLines(list2021, StandardCharsets.UTF_8), ";", 2021, 352);
    List<String> y2023 =
        Files.readAllLines(list2023, StandardCharsets.UTF_8).stream()
            .map(
                l ->
                    l.replace("\"Nuenen, Gerwen en Nederwetten\"", "Nuenen; Gerwen en Nederwetten"))
            .toList();
    assertThat(y2023).anyMatch(l -> l.startsWith("0820,"));
    assertAllResolve(y2023.stream().filter(l -> !l.startsWith("0820,")).toList(), ",", 2023, 341);
    assertThat(regions.resolve("Nuenen, Gerwen en Nederwetten (gemeente)", 2023).code())
        .isEqualTo("GM0820");
  }

  private void assertAllResolve(List<String> lines, String delimiter, int year, int count) {
    List<String> rows = lines.subList(1, lines.size());
    assertThat(rows).hasSize(count);
    for (String row : rows) {
      String[] f = row.split(delimiter, -1);
      assertThat(regions.resolve(f[2] + " (gemeente)", year).code()).as(row).isEqualTo(f[1]);
    }
  }
}
