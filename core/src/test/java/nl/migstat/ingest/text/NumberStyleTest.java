package nl.migstat.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStyleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"  244357|244357", "     2.0|2.0", "-7.3|-7.3", "+4|4", "0|0", ".5|0.5"})
  void parsesPointDecimals(String raw, double expected) {
    assertThat(NumberStyle.POINT.parse(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,2", "1.2.3", "12a", "-", ".", "1 000", "1e5", "5."})
  void refusesAnythingElseWithAPoint(String raw) {
    assertThat(NumberStyle.POINT.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"10,2|10.2", "-0,91|-0.91", "1326000|1326000"})
  void parsesCommaDecimals(String raw, double expected) {
    assertThat(NumberStyle.COMMA.parse(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "225,150|225150",
        "1,235,785|1235785",
        "498,300,775|498300775",
        "5675|5675",
        "6.1|6.1"
      })
  void parsesThousandsGroups(String raw, double expected) {
    assertThat(NumberStyle.POINT_WITH_COMMA_GROUPS.parse(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"22,51", "1,2345", ",123", "1234,567", "1,23,456"})
  void refusesMisplacedGroups(String raw) {
    assertThat(NumberStyle.POINT_WITH_COMMA_GROUPS.parse(raw)).isEmpty();
  }
}
