package nl.migstat.ingest.statline;

import static org.assertj.core.api.Assertions.assertThat;

import nl.migstat.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodLabelTest {
  /**
   * The states a StatLine period label gives (CBS "verklaring van tekens": {@code *} voorlopig,
   * {@code **} nader voorlopig; MANIFEST A7 for {@code na revisie}), all kept: a provisional year
   * after a revision is both provisional and a break.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "2023*|2023|provisional|PROVISIONAL|*",
        "2022**|2022|revised_provisional|REVISED_PROVISIONAL|**",
        "2001 na revisie|2001|break|BREAK|na revisie",
        "2001* na revisie|2001|break,provisional|BREAK|*",
        "2001 voor revisie|2001|NULL|NULL|NULL",
        "2019|2019|NULL|NULL|NULL"
      })
  void givesEveryStateOfTheLabel(
      String label, String period, String states, Status status, String flag) {
    PeriodLabel p = PeriodLabel.parse(label).orElseThrow();
    assertThat(p.period().code()).isEqualTo(period);
    assertThat(p.states().code()).isEqualTo(states);
    assertThat(p.status()).isEqualTo(status);
    assertThat(p.flag()).isEqualTo(flag);
  }
}
