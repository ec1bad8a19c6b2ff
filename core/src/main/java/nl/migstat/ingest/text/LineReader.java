package nl.migstat.ingest.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.InputLimits;

/**
 * Splits an input into lines (LF or CRLF, mixed allowed) and decodes each line strictly in the
 * given charset, so one badly encoded line is reported with its number instead of being replaced by
 * U+FFFD or failing the whole file. A line longer than the input's {@link
 * InputLimits#maxLineBytes()} is not held: it comes back as its first {@link #KEPT_OF_LONG_LINE}
 * bytes with an error, so that a file without line ends costs no more memory than the limit.
 */
public final class LineReader implements Closeable {
  /** How much of a line beyond the limit is kept for its reject. */
  public static final int KEPT_OF_LONG_LINE = 1024;

  private final InputStream in;
  private final String fileName;
  private final CharsetDecoder decoder;
  private final boolean utf8;
  private final long maxLineBytes;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long number;
  private byte[] lineBytes = new byte[256];

  public LineReader(InputFile input, Charset charset) {
    this.in = input.open();
    this.fileName = input.displayName();
    this.maxLineBytes = input.limits().maxLineBytes();
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The next line, or null at the end of the input. A final empty line is not returned. */
  public Line next() {
    int len = 0;
    long total = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        break;
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int count = pos - start;
      total += count;
      if (total <= maxLineBytes) {
        len = append(start, count, len);
      } else if (len < KEPT_OF_LONG_LINE) {
        len = append(start, Math.min(count, KEPT_OF_LONG_LINE - len), len);
      }
      if (pos < limit) {
        pos++;
        return total > maxLineBytes ? longLine(len, total) : decode(len);
      }
    }
    if (total == 0) {
      return null;
    }
    return total > maxLineBytes ? longLine(len, total) : decode(len);
  }

  /** The start of a line beyond the limit, with the error that makes it a reject. */
  private Line longLine(int len, long total) {
    number++;
    int kept = Math.min(len, KEPT_OF_LONG_LINE);
    return new Line(
        number,
        new String(lineBytes, 0, kept, decoder.charset()),
        "the line has "
            + total
            + " bytes, more than the "
            + InputLimits.size(maxLineBytes)
            + " allowed (max_line_bytes); its first "
            + kept
            + " bytes are kept");
  }

  /** The longest line this reader returns whole, in bytes. */
  public long maxLineBytes() {
    return maxLineBytes;
  }

  private int append(int start, int count, int len) {
    if (len + count > lineBytes.length) {
      lineBytes = Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, len + count));
    }
    System.arraycopy(buf, start, lineBytes, len, count);
    return len + count;
  }

  private Line decode(int length) {
    number++;
    int len = length;
    if (len > 0 && lineBytes[len - 1] == '\r') {
      len--;
    }
    int start = 0;
    if (number == 1
        && utf8
        && len >= 3
        && (lineBytes[0] & 0xff) == 0xEF
        && (lineBytes[1] & 0xff) == 0xBB
        && (lineBytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    if (utf8 && isAscii(start, len)) {
      return new Line(
          number, new String(lineBytes, start, len - start, StandardCharsets.ISO_8859_1), null);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(lineBytes, start, len - start));
      return new Line(number, chars.toString(), null);
    } catch (CharacterCodingException e) {
      String lenient = new String(lineBytes, start, len - start, decoder.charset());
      int bad = firstBadByte(start, len);
      int from = Math.max(start, start + bad - 1 - 20);
      int to = Math.min(len, start + bad - 1 + 20);
      String near = new String(lineBytes, from, to - from, decoder.charset());
      return new Line(
          number,
          lenient,
          "not valid "
              + decoder.charset().name()
              + " text ("
              + e.getMessage()
              + " at byte "
              + bad
              + " of the line, near "
              + Excerpt.quoted(near)
              + "); name the file's encoding with --charset");
    }
  }

  private boolean isAscii(int start, int end) {
    for (int i = start; i < end; i++) {
      if (lineBytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private int firstBadByte(int start, int end) {
    CharsetDecoder probe =
        decoder
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = end; i > start; i--) {
      try {
        probe.reset().decode(ByteBuffer.wrap(lineBytes, start, i - start));
        return i - start + 1;
      } catch (CharacterCodingException e) {
        // keep shortening until the prefix decodes
      }
    }
    return 1;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw BadInputException.reading(fileName, number + 1, e);
    }
  }

  /** Number of the last line returned. */
  public long lineNumber() {
    return number;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new BadInputException(fileName, 0, "cannot close: " + e.getMessage(), e);
    }
  }
}
