package nl.migstat.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The start of an error response's body, fit for a one-line message: the publishers say why they
 * refuse in the body (Eurostat's SOAP fault {@code EXTRACTION_TOO_BIG: …}, a CBS OData {@code
 * odata.error} message, a proxy's HTML page), and the statistician needs that text, not only the
 * status code.
 */
final class ErrorBody {
  /** Bytes read at most from an error body: enough for a fault string, never a whole page. */
  static final int READ_LIMIT = 16 * 1024;

  /** Characters shown at most. */
  static final int SHOW_LIMIT = 300;

  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\x{2028}\\x{2029}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ErrorBody() {}

  /** Reads at most {@link #READ_LIMIT} bytes of {@code body} and returns them {@link #shown}. */
  static String read(InputStream body) {
    try {
      return shown(body.readNBytes(READ_LIMIT));
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The text of {@code bytes} as one trimmed line of at most {@link #SHOW_LIMIT} characters:
   * decoded as UTF-8 (bad bytes replaced), markup tags dropped from XML and HTML, control
   * characters and runs of white space turned into one space, and cut with an ellipsis.
   */
  static String shown(byte[] bytes) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IOException e) {
      return "";
    }
    if (text.stripLeading().startsWith("<")) {
      text = TAG.matcher(text).replaceAll(" ");
    }
    text = CONTROL.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    return text.length() <= SHOW_LIMIT ? text : text.substring(0, SHOW_LIMIT).strip() + "…";
  }

  /** {@code HTTP 503} followed by the body's text in quotes, when it has any. */
  static String describe(int status, String shown) {
    return "HTTP " + status + (shown == null || shown.isEmpty() ? "" : ": \"" + shown + "\"");
  }
}
