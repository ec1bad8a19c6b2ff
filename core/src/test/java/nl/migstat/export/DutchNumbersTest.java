package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchNumbersTest {
  private static final String NBSP = "\u00a0";

  @Test
  void writesThousandsWithASpaceAndDecimalsWithAComma() {
    assertThat(DutchNumbers.format(335668, 0)).isEqualTo("335" + NBSP + "668");
    assertThat(DutchNumbers.format(1234567.25, 1)).isEqualTo("1" + NBSP + "234" + NBSP + "567,3");
    assertThat(DutchNumbers.format(4.7, 1)).isEqualTo("4,7");
    assertThat(DutchNumbers.format(999, 0)).isEqualTo("999");
    assertThat(DutchNumbers.format(-12345, 0)).isEqualTo("-12" + NBSP + "345");
  }

  @Test
  void roundsHalvesAwayFromZeroAndNeverWritesMinusZero() {
    assertThat(DutchNumbers.format(2.5, 0)).isEqualTo("3");
    assertThat(DutchNumbers.format(-0.04, 1)).isEqualTo("0,0");
  }

  @Test
  void aPercentageHasASpaceBeforeTheSignAndAChangeItsSign() {
    assertThat(DutchNumbers.percent(17)).isEqualTo("17" + NBSP + "%");
    assertThat(DutchNumbers.signed(1234, 0)).isEqualTo("+1" + NBSP + "234");
    assertThat(DutchNumbers.signed(-0.2, 1)).isEqualTo("-0,2");
    assertThat(DutchNumbers.signed(0.01, 1)).isEqualTo("0,0");
  }
}
