package nl.migstat.ingest.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EurostatCellTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "'17500 '|17500|NULL|NULL",
        "68750 e|68750|ESTIMATED|e",
        "': '|NULL|NOT_AVAILABLE|:",
        "': c'|NULL|CONFIDENTIAL|: c",
        "': m'|NULL|NOT_APPLICABLE|: m",
        "': u'|NULL|NOT_AVAILABLE|: u",
        "14103 bp|14103|BREAK|bp",
        "506973868 bep|506973868|BREAK|bep",
        "-7.3 b|-7.3|BREAK|b",
        "38 u|38|LOW_RELIABILITY|u",
        "'3670 p'|3670|PROVISIONAL|p"
      })
  void decodesBulkTsvCells(String cell, Double value, Status status, String flag) {
    EurostatCell c = EurostatCell.ofTsvCell(cell, NumberStyle.POINT);
    assertThat(c.error()).isNull();
    assertThat(c.value()).isEqualTo(value);
    assertThat(c.status()).isEqualTo(status);
    assertThat(c.flag()).isEqualTo(flag);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "''||C|NULL|CONFIDENTIAL|C",
        "''|||NULL|NOT_AVAILABLE|:",
        "1815606|e||1815606|ESTIMATED|e",
        "2.6|u||2.6|LOW_RELIABILITY|u",
        "120|i||120|ESTIMATED|i"
      })
  void decodesSdmxColumns(String value, String flag, String conf, Double v, Status s, String f) {
    EurostatCell c = EurostatCell.of(value, flag, conf, NumberStyle.POINT);
    assertThat(c.value()).isEqualTo(v);
    assertThat(c.status()).isEqualTo(s);
    assertThat(c.flag()).isEqualTo(f);
  }

  /**
   * Every letter of a cell is a state of its own, strongest first in the order of {@link Status};
   * the missing marker adds "not available" unless a letter says why the value is absent.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "506973868 bep|break,provisional,estimated",
        "14103 bp|break,provisional",
        "3.1 du|definition_differs,low_reliability",
        "12 pr|provisional,revised",
        "': u'|not_available,low_reliability",
        "': bc'|confidential,break",
        "'17500 '|''"
      })
  void keepsEveryStateOfACell(String cell, String states) {
    EurostatCell c = EurostatCell.ofTsvCell(cell, NumberStyle.POINT);
    assertThat(c.error()).isNull();
    assertThat(c.states()).isSameAs(StatusSet.fromCode(states));
    assertThat(c.status()).isEqualTo(c.states().strongest());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"12 q|unknown Eurostat flag 'q' in 'q'", "1x2 |not a number: '1x2'"})
  void rejectsUnknownFlagsAndNonNumbers(String cell, String error) {
    assertThat(EurostatCell.ofTsvCell(cell, NumberStyle.POINT).error()).isEqualTo(error);
  }
}
