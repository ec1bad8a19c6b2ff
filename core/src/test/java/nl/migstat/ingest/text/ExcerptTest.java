package nl.migstat.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void aShortTextIsQuotedAsItIs() {
    assertThat(Excerpt.quoted("2019XX07")).isEqualTo("'2019XX07'");
    assertThat(Excerpt.quoted("")).isEqualTo("''");
  }

  @Test
  void aLongTextIsCutAfterEightyCharactersAndSaysItsLength() {
    String text = "a".repeat(79) + "bc" + "d".repeat(20_000);
    assertThat(Excerpt.quoted(text)).isEqualTo("'" + "a".repeat(79) + "b…' (20081 characters)");
  }

  @Test
  void controlCharactersAreWrittenAsEscapesSoTheMessageStaysOnOneLine() {
    assertThat(Excerpt.quoted("12\t13\r\n\u0000")).isEqualTo("'12\\t13\\r\\n\\u0000'");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(79) + "😀" + "y";
    assertThat(Excerpt.quoted(text)).startsWith("'" + "x".repeat(79) + "…'");
  }
}
