package nl.migstat.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first bytes of an input as text, for format detection from the content, never from the file
 * name.
 *
 * @param text up to {@link #LIMIT} bytes decoded leniently as UTF-8, BOM removed, gzip inflated
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param gzip whether the file is gzip-compressed
 * @param entries for a folder input, the file names inside it (sorted); empty for a file
 */
public record Sniff(String text, boolean bom, boolean gzip, List<String> entries) {
  public static final int LIMIT = 64 * 1024;

  /** Reads the start of the input. */
  public static Sniff of(InputFile input) {
    if (input.isDirectory()) {
      try (Stream<Path> list = Files.list(input.path())) {
        List<String> names =
            list.filter(Files::isRegularFile)
                .map(p -> p.getFileName().toString())
                .sorted()
                .toList();
        return new Sniff("", false, false, names);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    byte[] head = new byte[LIMIT];
    int n = 0;
    try (InputStream in = input.open()) {
      int r;
      while (n < LIMIT && (r = in.read(head, n, LIMIT - n)) > 0) {
        n += r;
      }
    } catch (EOFException e) {
      // A truncated gzip stream still yields its first bytes; the reader reports the truncation.
    } catch (IOException e) {
      throw new BadInputException(input.displayName(), 0, "cannot read: " + e.getMessage(), e);
    }
    boolean bom =
        n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    int start = bom ? 3 : 0;
    String text = new String(head, start, n - start, StandardCharsets.UTF_8);
    return new Sniff(text, bom, input.isGzip(), List.of());
  }

  /** The first line of the text, without its line end. */
  public String firstLine() {
    return line(0);
  }

  /** Line {@code index} (0-based) of the sniffed text, or "" past the end. */
  public String line(int index) {
    String[] lines = text.split("\n", index + 2);
    if (index >= lines.length) {
      return "";
    }
    String l = lines[index];
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  public boolean isDirectory() {
    return !entries.isEmpty();
  }
}
