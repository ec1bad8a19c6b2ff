package nl.migstat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
  @ParameterizedTest
  @CsvSource({
    "2019JJ00, 2019, A",
    "2019KW02, 2019-Q2, Q",
    "2019MM03, 2019-03, M",
    "2018SJ00, 2018/2019, SY",
    "2019HJ01, 2019-H1, H",
    "2019X000, 2019, A"
  })
  void normalisesCbsPeriodCodes(String raw, String code, String frequency) {
    assertThat(Period.fromCbsCode(raw)).contains(new Period(code, frequency, null));
  }

  @ParameterizedTest
  @CsvSource({
    "2019, 2019, A", "2019Q2, 2019-Q2, Q", "2019-Q2, 2019-Q2, Q", "2019M03, 2019-03, M",
    "2024-03, 2024-03, M", "'2013 ', 2013, A", "2010-Q1, 2010-Q1, Q", "2019-S2, 2019-H2, H"
  })
  void normalisesEurostatPeriods(String raw, String code, String frequency) {
    assertThat(Period.fromEurostat(raw)).contains(new Period(code, frequency, null));
  }

  @ParameterizedTest
  @CsvSource({
    "2023*, 2023, A, PROVISIONAL",
    "2023**, 2023, A, REVISED",
    "2014, 2014, A, ",
    "het eerste kwartaal van 2015, 2015-Q1, Q, ",
    "2015 3e kwartaal, 2015-Q3, Q, ",
    "2015 januari, 2015-01, M, ",
    "maart 2016*, 2016-03, M, PROVISIONAL",
    "2018/2019, 2018/2019, SY, "
  })
  void readsStatLineLabels(String raw, String code, String frequency, Status status) {
    assertThat(Period.fromLabel(raw)).contains(new Period(code, frequency, status));
  }

  @ParameterizedTest
  @CsvSource({"2019JJ01", "2019KW05", "2019MM13", "19JJ00", "2019", "2019SJ01"})
  void refusesWhatIsNotACbsPeriodCode(String raw) {
    assertThat(Period.fromCbsCode(raw)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"2019-13", "2019Q5", "abc", "2001 voor revisie", "2018/2020"})
  void refusesUnknownSpellings(String raw) {
    assertThat(Period.fromLabel(raw)).isEmpty();
  }
}
