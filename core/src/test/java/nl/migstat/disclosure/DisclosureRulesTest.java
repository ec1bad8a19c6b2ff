package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureRulesTest {
  @Test
  void defaultsAreTenPersonsFivesTenPercentForDerivedCounts() {
    assertThat(DisclosureRules.DEFAULTS)
        .isEqualTo(new DisclosureRules(10, 5, 0.10, AppliesTo.DERIVED));
    assertThat(DisclosureRules.DEFAULTS.problems()).isEmpty();
  }

  @Test
  void namesEveryWrongKeyInOneMessage() {
    DisclosureRules wrong = new DisclosureRules(0, 0, 1.0, null);

    assertThat(wrong.problems())
        .containsExactly(
            "disclosure.threshold must be at least 1 (fewer persons than the threshold are"
                + " secret), not 0",
            "disclosure.round_to must be at least 1 (1 leaves derived counts unrounded), not 0",
            "disclosure.protection must be at least 0 and below 1 (a share of the secret count's"
                + " value, 0.10 for ±10 %), not 1.0",
            "disclosure.applies_to must be 'derived' or 'all'");
    assertThatThrownBy(wrong::validated)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disclosure.threshold")
        .hasMessageContaining("disclosure.applies_to");
  }

  @Test
  void refusesAProtectionThatIsNoNumber() {
    assertThat(new DisclosureRules(10, 5, Double.NaN, AppliesTo.ALL).problems())
        .singleElement()
        .asString()
        .startsWith("disclosure.protection");
  }

  @ParameterizedTest
  @CsvSource({"derived, DERIVED", "all, ALL", " ALL , ALL"})
  void readsAppliesToFromTheJobFilesWord(String word, AppliesTo expected) {
    assertThat(AppliesTo.fromKey(word)).isEqualTo(expected);
  }

  @Test
  void refusesAnUnknownAppliesTo() {
    assertThatThrownBy(() -> AppliesTo.fromKey("everything"))
        .hasMessage("disclosure.applies_to must be 'derived' or 'all', not 'everything'");
  }

  @Test
  void coversSourceCountsOnlyUnderAll() {
    assertThat(DisclosureRules.DEFAULTS.covers(Origin.SOURCE)).isFalse();
    assertThat(DisclosureRules.DEFAULTS.covers(Origin.DERIVED)).isTrue();
    assertThat(new DisclosureRules(10, 5, 0.1, AppliesTo.ALL).covers(Origin.SOURCE)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "9, true", "9.5, true", "10, false", "11, false"})
  void aCountBelowTheThresholdIsSecretButZeroIsNot(double count, boolean secret) {
    assertThat(DisclosureRules.DEFAULTS.isSecret(count)).isEqualTo(secret);
  }

  /** ±10 % or at least one person; downwards as far as 0 allows. */
  @ParameterizedTest
  @CsvSource({
    "8, 7, 9, true",
    "8, 7.5, 9, false",
    "8, 7, 8.5, false",
    "1, 0, 2, true",
    "1, 0.5, 5, false",
    "200, 180, 220, true",
    "200, 181, 220, false",
    "200, 180, 219, false"
  })
  void protectsWhenTheIntervalReachesFarEnoughBothWays(
      double count, double min, double max, boolean protects) {
    assertThat(DisclosureRules.DEFAULTS.protects(count, min, max)).isEqualTo(protects);
  }

  @Test
  void protectsASmallCountByAtLeastOnePerson() {
    assertThat(DisclosureRules.DEFAULTS.protectionOf(8)).isEqualTo(1.0);
    assertThat(DisclosureRules.DEFAULTS.protectionOf(300)).isEqualTo(30.0);
  }
}
