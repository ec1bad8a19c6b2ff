package nl.migstat.chapters.gemeenten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import nl.migstat.harmonise.MunicipalBoundaries;
import org.junit.jupiter.api.Test;

/** Which successor a buurt of a split municipality went to, from its names. */
class SplitBuurtenTest {
  private static final SplitBuurten TO_2021 =
      SplitBuurten.bundled(MunicipalBoundaries.load(), 2021);

  @Test
  void aBuurtGoesWhereTheVillageInItsNameWent() {
    Map<String, String> labels =
        Map.of(
            "BU07880300", "Helvoirt-Kom",
            "BU07880009", "Verspreide huizen",
            "WK078800", "Wijk 00 Haaren",
            "BU01400100", "Húns",
            "BU01400200", "Wommels en Hidaard",
            "BU01400300", "Baard en Easterein");
    assertThat(TO_2021.targetOf("BU07880300", "GM0788", labels)).isEqualTo("GM0865"); // Vught
    // no village in the buurt's name: its wijk's name says Haaren, which went to Oisterwijk
    assertThat(TO_2021.targetOf("BU07880009", "GM0788", labels)).isEqualTo("GM0824");
    // Frisian names with accents (Littenseradiel 2018): Húns → Leeuwarden
    assertThat(TO_2021.targetOf("BU01400100", "GM0140", labels)).isEqualTo("GM0080");
    // two villages with one successor (Súdwest-Fryslân) is fine; two successors is no answer
    assertThat(TO_2021.targetOf("BU01400200", "GM0140", labels)).isEqualTo("GM1900");
    assertThat(TO_2021.targetOf("BU01400300", "GM0140", labels)).isNull();
    // no name at all (a CSV export without labels)
    assertThat(TO_2021.targetOf("BU07880301", "GM0788", Map.of())).isNull();
  }

  @Test
  void sharesArePerSuccessorAndMissingWhenABuurtHasNoFigureOrNoSuccessor() {
    Map<String, String> target = Map.of("BU1", "GM0865", "BU2", "GM0824", "BU3", "GM0865");
    Set<String> successors = Set.of("GM0757", "GM0824", "GM0855", "GM0865");
    // 300 + 100 of 500 to Vught, 100 to Oisterwijk, none to Boxtel and Tilburg
    Map<String, Double> shares =
        SplitBuurten.shares(Map.of("BU1", 300.0, "BU2", 100.0, "BU3", 100.0), target, successors);
    assertThat(shares.get("GM0865")).isCloseTo(0.8, within(1e-12));
    assertThat(shares.get("GM0824")).isCloseTo(0.2, within(1e-12));
    assertThat(shares.get("GM0757")).isZero();
    assertThat(shares).containsOnlyKeys(successors);
    java.util.HashMap<String, Double> secret = new java.util.HashMap<>(Map.of("BU1", 300.0));
    secret.put("BU2", null);
    assertThat(SplitBuurten.shares(secret, target, successors)).isNull();
    assertThat(SplitBuurten.shares(Map.of("BU4", 10.0), target, successors)).isNull();
  }
}
