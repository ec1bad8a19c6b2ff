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
    // CBS weeks (70895ned): W1 + the week number, cut at the turn of the year. 2020-01-01 is a
    // Wednesday, so "2020 week 1 (5 dagen)" is 1 to 5 January; week 2 (6 to 12 January) is whole.
    "2020W101, 2020-01-01/2020-01-05, W",
    "2020W102, 2020-W02, W",
    // 2019-01-01 is a Tuesday: ISO week 1 of 2019 starts on Monday 31 December 2018.
    "2019W101, 2019-01-01/2019-01-06, W",
    // Monday 30 December 2019 starts week 53 as CBS counts 2019: 30 and 31 December.
    "2019W153, 2019-12-30/2019-12-31, W",
    // 1995-01-01 is a Sunday, the last day of ISO week 52 of 1994: "1995 week 0 (1 dag)".
    "1995X000, 1995-01-01/1995-01-01, W",
    // 2021-01-01 is a Friday: 1 to 3 January belong to ISO week 2020-W53.
    "2021X000, 2021-01-01/2021-01-03, W",
    // A day: a type of two digits is the month (cbsodata4 cbs4_add_date_column).
    "20200115, 2020-01-15, D"
  })
  void normalisesCbsPeriodCodes(String raw, String code, String frequency) {
    assertThat(Period.fromCbsCode(raw)).contains(new Period(code, frequency, null));
  }

  @ParameterizedTest
  @CsvSource({
    "2019, 2019, A",
    "2019Q2, 2019-Q2, Q",
    "2019-Q2, 2019-Q2, Q",
    "2019M03, 2019-03, M",
    "2024-03, 2024-03, M",
    "'2013 ', 2013, A",
    "2010-Q1, 2010-Q1, Q",
    "2019-S2, 2019-H2, H",
    "2019S1, 2019-H1, H",
    "2019-W05, 2019-W05, W",
    "2019W05, 2019-W05, W",
    "2020-W53, 2020-W53, W",
    "2019-01-15, 2019-01-15, D"
  })
  void normalisesEurostatPeriods(String raw, String code, String frequency) {
    assertThat(Period.fromEurostat(raw)).contains(new Period(code, frequency, null));
  }

  @ParameterizedTest
  @CsvSource({
    "2023*, 2023, A, PROVISIONAL",
    "2023**, 2023, A, REVISED_PROVISIONAL",
    "2014, 2014, A, ",
    "het eerste kwartaal van 2015, 2015-Q1, Q, ",
    "2015 3e kwartaal, 2015-Q3, Q, ",
    "2015 januari, 2015-01, M, ",
    "maart 2016*, 2016-03, M, PROVISIONAL",
    "2018/2019, 2018/2019, SY, ",
    "2020 week 1 (5 dagen), 2020-01-01/2020-01-05, W, ",
    "2020 week 2*, 2020-W02, W, PROVISIONAL",
    "1995 week 0 (1 dag), 1995-01-01/1995-01-01, W, "
  })
  void readsStatLineLabels(String raw, String code, String frequency, Status status) {
    assertThat(Period.fromLabel(raw)).contains(new Period(code, frequency, status));
  }

  @ParameterizedTest
  @CsvSource({
    "2019JJ01", "2019KW05", "2019MM13", "19JJ00", "2019", "2019SJ01",
    // 2019-01-01 is in ISO week 1, so 2019 has no week 0; CBS's 2021 ends in week 52.
    "2019X000", "2021W153", "2020W100", "2020W154", "20200230", "20201301"
  })
  void refusesWhatIsNotACbsPeriodCode(String raw) {
    assertThat(Period.fromCbsCode(raw)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({
    "2019-13",
    "2019Q5",
    "abc",
    "2001 voor revisie",
    "2018/2020",
    "2019-W53",
    "2019-W00",
    "2019-02-30"
  })
  void refusesUnknownSpellings(String raw) {
    assertThat(Period.fromLabel(raw)).isEmpty();
  }
}
