package nl.migstat.ingest.text;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.InputLimits;

/**
 * An RFC 4180 reader with the dialect given explicitly: delimiter, quote, doubled quotes as escape;
 * quoted fields may span lines. Syntax errors (an unclosed quote, text after a closing quote) are
 * reported on the record, with its line, instead of being repaired.
 */
public final class CsvReader implements Closeable {
  private static final int MAX_RECORD_LINES = 10_000;

  private final LineReader lines;
  private final char delimiter;
  private final char quote;

  public CsvReader(InputFile input, Charset charset, char delimiter) {
    this(new LineReader(input, charset), delimiter, '"');
  }

  public CsvReader(LineReader lines, char delimiter, char quote) {
    this.lines = lines;
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /** The next record, or null at the end. */
  public CsvRecord next() {
    Line first = lines.next();
    if (first == null) {
      return null;
    }
    if (first.decodeError() != null) {
      return new CsvRecord(
          first.number(), first.number(), List.of(), List.of(), first.text(), first.decodeError());
    }
    List<String> fields = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    StringBuilder raw = new StringBuilder(first.text());
    StringBuilder field = new StringBuilder();
    String text = first.text();
    long endLine = first.number();
    int i = 0;
    boolean inQuotes = false;
    boolean wasQuoted = false;
    boolean afterClose = false;
    while (true) {
      if (i >= text.length()) {
        if (!inQuotes) {
          fields.add(field.toString());
          quoted.add(wasQuoted);
          return new CsvRecord(first.number(), endLine, fields, quoted, raw.toString(), null);
        }
        Line more = lines.next();
        if (more != null && raw.length() + more.text().length() > lines.maxLineBytes()) {
          return new CsvRecord(
              first.number(),
              more.number(),
              fields,
              quoted,
              raw.length() > LineReader.KEPT_OF_LONG_LINE
                  ? raw.substring(0, LineReader.KEPT_OF_LONG_LINE)
                  : raw.toString(),
              "the quoted field that starts on line "
                  + first.number()
                  + " runs on to line "
                  + more.number()
                  + ", past the "
                  + InputLimits.size(lines.maxLineBytes())
                  + " a record may have (max_line_bytes): an unclosed quote?");
        }
        if (more == null || endLine - first.number() >= MAX_RECORD_LINES) {
          fields.add(field.toString());
          quoted.add(true);
          return new CsvRecord(
              first.number(),
              endLine,
              fields,
              quoted,
              raw.toString(),
              "unclosed quote: the quoted field that starts on line "
                  + first.number()
                  + " never ends: "
                  + Excerpt.quoted(field.toString()));
        }
        if (more.decodeError() != null) {
          return new CsvRecord(
              first.number(),
              more.number(),
              fields,
              quoted,
              raw + "\n" + more.text(),
              "line " + more.number() + ": " + more.decodeError());
        }
        field.append('\n');
        raw.append('\n').append(more.text());
        text = more.text();
        endLine = more.number();
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (inQuotes) {
        if (c == quote) {
          if (i < text.length() && text.charAt(i) == quote) {
            field.append(quote);
            i++;
          } else {
            inQuotes = false;
            afterClose = true;
          }
        } else {
          field.append(c);
        }
      } else if (c == delimiter) {
        fields.add(field.toString());
        quoted.add(wasQuoted);
        field.setLength(0);
        wasQuoted = false;
        afterClose = false;
      } else if (afterClose) {
        return new CsvRecord(
            first.number(),
            endLine,
            fields,
            quoted,
            raw.toString(),
            "unexpected character "
                + Excerpt.quoted(String.valueOf(c))
                + " after a closing quote in field "
                + (fields.size() + 1)
                + ", "
                + Excerpt.quoted(field.toString()));
      } else if (c == quote && field.length() == 0) {
        inQuotes = true;
        wasQuoted = true;
      } else if (c == quote) {
        return new CsvRecord(
            first.number(),
            endLine,
            fields,
            quoted,
            raw.toString(),
            "stray quote inside unquoted field "
                + (fields.size() + 1)
                + ", "
                + Excerpt.quoted(field.toString() + c));
      } else {
        field.append(c);
      }
    }
  }

  /**
   * The first record as the header; an empty file or an unreadable header makes the whole file
   * unusable.
   */
  public CsvRecord header(String file) {
    CsvRecord header = next();
    if (header == null) {
      throw new BadInputException(file, 0, "the file is empty");
    }
    if (header.error() != null) {
      throw new BadInputException(file, header.line(), "unreadable header: " + header.error());
    }
    return header;
  }

  /** Reads all remaining records. */
  public List<CsvRecord> readAll() {
    List<CsvRecord> all = new ArrayList<>();
    CsvRecord r;
    while ((r = next()) != null) {
      all.add(r);
    }
    return all;
  }

  @Override
  public void close() {
    lines.close();
  }
}
