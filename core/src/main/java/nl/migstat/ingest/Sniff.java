package nl.migstat.ingest;

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
 * @param damage null, or why the bytes stopped being readable within the first {@link #LIMIT} (a
 *     gzip stream cut short: {@link UnusableInputException}); the text is what came before
 */
public record Sniff(String text, boolean bom, boolean gzip, List<String> entries, String damage) {
  public static final int LIMIT = 64 * 1024;

  /** A sniff of undamaged content. */
  public Sniff(String text, boolean bom, boolean gzip, List<String> entries) {
    this(text, bom, gzip, entries, null);
  }

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
    String damage = null;
    try (InputStream in = input.open()) {
      int r;
      while (n < LIMIT && (r = in.read(head, n, LIMIT - n)) > 0) {
        n += r;
      }
    } catch (UnusableInputException e) {
      // A gzip stream cut short still yields its first bytes: detection goes on with them, and
      // says what happened when they fit no format (issue 21: "format not recognised" before).
      damage = e.getMessage();
    } catch (IOException e) {
      throw BadInputException.reading(input.displayName(), 0, e);
    }
    boolean bom =
        n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    int start = bom ? 3 : 0;
    String text = new String(head, start, n - start, StandardCharsets.UTF_8);
    return new Sniff(text, bom, input.isGzip(), List.of(), damage);
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
