package nl.migstat.ingest.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.migstat.ingest.text.NumberStyle;
import org.junit.jupiter.api.Test;

class BulkCellDecoderTest {
  private static final List<String> CELLS =
      List.of(
          "17500 ",
          "68750 e",
          ": ",
          ": m",
          ": c",
          "14103 bp",
          "-7.3 ",
          "3670 p",
          "0.0 ",
          "-0 ",
          "7",
          "38 u",
          ": u",
          "1 bep",
          "  12  e  ",
          "996815 e",
          ": C",
          "12 N",
          "5 i",
          ":",
          "12.50 ",
          "00012 ",
          "123456789012345 ",
          "1234567890123456 ",
          "0.1234567890123456 ",
          "1e5 ",
          "+5 ",
          ".5 ",
          "5. ",
          "-",
          "- ",
          "12,5 ",
          "1 234 ",
          "17500 x",
          "17500 e p",
          ": x",
          "ab ",
          "5\u00a0",
          "12 é",
          ":: ",
          "9007199254740993 ",
          "1.7976931348623157 ");

  @Test
  void decodesEveryCellAsEurostatCellDoes() {
    BulkCellDecoder decoder = new BulkCellDecoder();
    for (String cell : CELLS) {
      EurostatCell expected = EurostatCell.ofTsvCell(cell, NumberStyle.POINT);
      String padded = "key\t" + cell + "\trest";
      decoder.decode(padded, 4, 4 + cell.length());
      assertThat(decoder.value).as(cell).isEqualTo(expected.value());
      assertThat(decoder.status).as(cell).isEqualTo(expected.status());
      assertThat(decoder.states).as(cell).isSameAs(expected.states());
      assertThat(decoder.flag).as(cell).isEqualTo(expected.flag());
      assertThat(decoder.error).as(cell).isEqualTo(expected.error());
    }
  }

  @Test
  void anEmptyCellIsAnErrorNotAMissingValue() {
    BulkCellDecoder decoder = new BulkCellDecoder();
    decoder.decode("a\t  \tb", 2, 4);
    assertThat(decoder.error).contains("empty cell");
    assertThat(decoder.value).isNull();
  }

  @Test
  void parsesDecimalsExactlyAsJavaDoes() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      int digits = 1 + random.nextInt(15);
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
      for (int d = 0; d < digits; d++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      int point = random.nextInt(digits + 1);
      if (point > 0 && point < digits) {
        s.insert(s.length() - point, '.');
      }
      String text = s.toString();
      assertThat(BulkCellDecoder.parseSimpleNumber(text, 0, text.length()))
          .as(text)
          .isEqualTo(Double.parseDouble(text));
    }
  }
}
