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
    assertThat(regions.resolve("Atlantis", 2023).error())
        .contains("'Atlantis'")
        .contains("read as a municipality");
    assertThat(regions.resolve("Atlantis (L.)", 2023).error())
        .contains("'Atlantis (L.)'")
        .contains("nor is");
  }

  /** Regionale kerncijfers: bare names, {@code (gemeente)} only where a name is ambiguous. */
  @Test
  void readsABareNameAsAMunicipalityOfThePeriodsYear() {
    assertThat(regions.resolve("Amsterdam", 2023).code()).isEqualTo("GM0363");
    assertThat(regions.resolve("Aa en Hunze", 1998).code()).isEqualTo("GM1680");
    assertThat(regions.resolve("Utrecht (gemeente)", 1995).code()).isEqualTo("GM0344");
    assertThat(regions.resolve("Groningen (gemeente)", 2000).code()).isEqualTo("GM0014");
    assertThat(regions.resolve("'s-Gravenhage (gemeente)", 1996).code()).isEqualTo("GM0518");
    // CBS's own suffixes for homonyms, in any year of the table.
    assertThat(regions.resolve("Beek (L.)", 1995).code()).isEqualTo("GM0888");
    assertThat(regions.resolve("Beek (L.)", 2023).code()).isEqualTo("GM0888");
    assertThat(regions.resolve("Hengelo (O.)", 2001).code()).isEqualTo("GM0164");
    assertThat(regions.resolve("Bergen (NH.)", 1999).code()).isEqualTo("GM0373");
    // Hengelo in Gelderland existed until 2005 (GM0248, merged into Bronckhorst).
    assertThat(regions.resolve("Hengelo", 2004).code()).isEqualTo("GM0248");
  }

  @Test
  void findsMunicipalitiesThatNoLongerExist() {
    // Appingedam (GM0003) existed until 1 January 2021; Beerta (GM0006) until 1992.
    assertThat(regions.resolve("Appingedam", 1995).code()).isEqualTo("GM0003");
    assertThat(regions.resolve("Beerta", 1990).code()).isEqualTo("GM0006");
    // NLExtract's damaged 'Oh‚ en Laak' is bundled as CBS wrote it (Limburg, until 1991).
    assertThat(regions.resolve("Ohé en Laak", 1990).code()).isEqualTo("GM0953");
  }

  @Test
  void tellsAReusedNameApartByThePeriodsYear() {
    // Sluis: GM0713 until 1994, then Sluis-Aardenburg (GM1698), then GM1714 from 2003.
    assertThat(regions.resolve("Sluis", 1994).code()).isEqualTo("GM0713");
    assertThat(regions.resolve("Sluis", 2003).code()).isEqualTo("GM1714");
    // In 1998 no municipality is called Sluis: StatLine names every period with the table's
    // newest names, so the 1998 cell of "Sluis" is that of the next holder of the name.
    assertThat(regions.resolve("Sluis", 1998).code()).isEqualTo("GM1714");
    assertThat(regions.resolve("Sluis-Aardenburg", 1998).code()).isEqualTo("GM1698");
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
