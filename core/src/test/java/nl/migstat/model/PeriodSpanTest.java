package nl.migstat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodSpanTest {
  @ParameterizedTest
  @CsvSource({
    "2019, 2019-01-01, 2019-12-31",
    "2019-H1, 2019-01-01, 2019-06-30",
    "2019-H2, 2019-07-01, 2019-12-31",
    "2020-Q1, 2020-01-01, 2020-03-31",
    "2019-Q4, 2019-10-01, 2019-12-31",
    // 2020 is a leap year, 2019 is not.
    "2020-02, 2020-02-01, 2020-02-29",
    "2019-02, 2019-02-01, 2019-02-28",
    "2019-12, 2019-12-01, 2019-12-31",
    // CBS "schooljaar": 1 August up to and including 31 July of the next year.
    "2018/2019, 2018-08-01, 2019-07-31",
    // 4 January 2019 is a Friday, so ISO week 1 starts on Monday 31 December 2018; week 5 starts
    // four weeks later, on Monday 28 January 2019.
    "2019-W05, 2019-01-28, 2019-02-03",
    "2019-W01, 2018-12-31, 2019-01-06",
    // 2020 has 53 ISO weeks (1 January 2020 is a Wednesday of a leap year); the last ends in 2021.
    "2020-W53, 2020-12-28, 2021-01-03",
    "2019-01-15, 2019-01-15, 2019-01-15",
    "2019-12-30/2019-12-31, 2019-12-30, 2019-12-31"
  })
  void givesTheFirstAndLastDayOfEveryPeriodKind(String code, LocalDate start, LocalDate end) {
    assertThat(PeriodSpan.of(code)).contains(new PeriodSpan(start, end));
  }

  @ParameterizedTest
  @CsvSource({
    "2019-W53",
    "2019-W00",
    "2018/2020",
    "2019-13",
    "2019-00",
    "2019-Q5",
    "2019-H3",
    "2019-02-30",
    "abc",
    "19",
    "2019-",
    "2019-W5",
    "2019-12-31/2019-12-30",
    "2019/'20"
  })
  void aCodeThatNamesNoDaysHasNone(String code) {
    assertThat(PeriodSpan.of(code)).isEmpty();
  }

  @Test
  void noPeriodHasNoDays() {
    assertThat(PeriodSpan.of(null)).isEmpty();
  }

  @Test
  void everyPeriodAReaderMakesHasItsDays() {
    for (String raw :
        new String[] {"2019JJ00", "2019KW03", "2019MM11", "2018SJ00", "2019HJ02", "2020W101"}) {
      Period p = Period.fromCbsCode(raw).orElseThrow();
      assertThat(p.span().start()).as(raw).isBeforeOrEqualTo(p.span().end());
    }
    assertThat(Period.fromCbsCode("2020W101").orElseThrow().span())
        .isEqualTo(new PeriodSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 5)));
  }
}
