package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An error body shown in a one-line message. */
class ErrorBodyTest {
  private static String shown(String body) {
    return ErrorBody.shown(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dropsMarkupAndControlCharactersAndTrims() {
    String fault =
        "<?xml version=\"1.0\"?>\n<S:Envelope><S:Body><S:Fault>\r\n  <faultcode>413</faultcode>"
            + "<faultstring>EXTRACTION_TOO_BIG: estimated\u0007 420709314 rows</faultstring>"
            + "</S:Fault></S:Body></S:Envelope>\n";
    assertThat(shown(fault)).isEqualTo("413 EXTRACTION_TOO_BIG: estimated 420709314 rows");
    assertThat(shown("  plain\ttext\u0000 with\u001b[31m escapes \n"))
        .isEqualTo("plain text with [31m escapes");
  }

  @Test
  void cutsLongBodiesWithAnEllipsis() {
    String text = shown("x".repeat(5000));
    assertThat(text).hasSize(ErrorBody.SHOW_LIMIT + 1).endsWith("…");
    assertThat(ErrorBody.describe(503, "")).isEqualTo("HTTP 503");
    assertThat(ErrorBody.describe(503, "busy")).isEqualTo("HTTP 503: \"busy\"");
  }

  @Test
  void keepsJsonAsTextAndReplacesBadBytes() {
    assertThat(shown("{\"odata.error\":{\"message\":{\"value\":\"Te groot\"}}}"))
        .isEqualTo("{\"odata.error\":{\"message\":{\"value\":\"Te groot\"}}}");
    assertThat(ErrorBody.shown(new byte[] {'a', (byte) 0xff, 'b'})).isEqualTo("a\uFFFDb");
  }
}
