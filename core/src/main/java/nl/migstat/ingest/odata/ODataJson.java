package nl.migstat.ingest.odata;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;

/**
 * One OData JSON response as CBS serves it (v3 {@code {"odata.metadata":…,"value":[…]}}, v4 {@code
 * {"@odata.context":…,"value":[…]}}, or a single object such as v4 {@code Properties}), streamed
 * row by row under {@link JsonLimits}.
 *
 * <p>Rows are flat objects of scalars; a nested object or array in a row is kept as a cell of kind
 * {@link Kind#OTHER} so that the reader can reject it instead of guessing.
 */
public final class ODataJson {

  private ODataJson() {}

  /** The JSON type of a cell, as written. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    OTHER
  }

  /**
   * One cell of a row.
   *
   * @param kind the JSON type
   * @param text the text as written (number digits untouched), or null for JSON null
   */
  public record Cell(Kind kind, String text) {
    static final Cell NULL = new Cell(Kind.NULL, null);
  }

  /** Receives the rows of the {@code value} array in file order. */
  @FunctionalInterface
  public interface RowHandler {
    /**
     * @param index 0-based position in the {@code value} array (for the JSON pointer)
     * @param line 1-based line where the row object starts
     */
    void row(int index, long line, Map<String, Cell> row);
  }

  /**
   * What a page held besides its rows.
   *
   * @param top top-level scalar properties ({@code odata.nextLink}, {@code @odata.context}, or all
   *     properties of a single-object response); JSON null is kept as a null value
   * @param rows rows in the {@code value} array
   * @param lines the line of the last token (the file's line count when it has no final newline)
   */
  public record Page(Map<String, String> top, int rows, long lines) {}

  /** Streams one file; a file that is not such a JSON document throws BadInputException. */
  public static Page read(InputFile file, RowHandler handler) {
    String name = file.displayName();
    checkSize(file);
    try (InputStream in = file.openDocument();
        JsonParser p = JsonLimits.FACTORY.createParser(in)) {
      return readDocument(p, name, handler);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
      throw new BadInputException(
          name,
          Math.max(line, 0),
          "unreadable JSON"
              + column
              + ": "
              + e.getOriginalMessage()
              + " (a truncated download or an edited file?)",
          e);
    } catch (IOException e) {
      throw BadInputException.reading(name, 0, e);
    }
  }

  /** All rows of a small entity set (metadata), as trimmed-as-written strings (null for null). */
  public static List<Map<String, String>> entitySet(InputFile file) {
    List<Map<String, String>> rows = new ArrayList<>();
    read(
        file,
        (index, line, row) -> {
          Map<String, String> plain = new EntityRow(line);
          row.forEach((k, v) -> plain.put(k, v.text()));
          rows.add(plain);
        });
    return rows;
  }

  private static void checkSize(InputFile file) {
    String problem = JsonLimits.sizeProblem(file.size(), file.limits().maxJsonBytes());
    if (problem != null) {
      throw new BadInputException(file.displayName(), 0, problem);
    }
  }

  private static Page readDocument(JsonParser p, String name, RowHandler handler)
      throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new BadInputException(name, line(p), "an OData response starts with '{'");
    }
    Map<String, String> top = new LinkedHashMap<>();
    int rows = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (field.equals("value") && t == JsonToken.START_ARRAY) {
        rows = readRows(p, name, handler);
      } else if (t.isScalarValue() || t == JsonToken.VALUE_NULL) {
        top.put(field, cell(p, t).text());
      } else {
        p.skipChildren();
      }
    }
    long lines = line(p);
    if (p.nextToken() != null) {
      throw new BadInputException(name, line(p), "text after the end of the JSON document");
    }
    return new Page(Collections.unmodifiableMap(top), rows, lines);
  }

  private static int readRows(JsonParser p, String name, RowHandler handler) throws IOException {
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw new BadInputException(name, line(p), "value[" + index + "] is not an object");
      }
      long start = line(p);
      Map<String, Cell> row = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        if (v.isStructStart()) {
          p.skipChildren();
          row.put(key, new Cell(Kind.OTHER, null));
        } else {
          row.put(key, cell(p, v));
        }
      }
      handler.row(index++, start, Collections.unmodifiableMap(row));
    }
    return index;
  }

  private static Cell cell(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> new Cell(Kind.STRING, p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Cell(Kind.NUMBER, p.getText());
      case VALUE_TRUE, VALUE_FALSE -> new Cell(Kind.BOOLEAN, p.getText());
      case VALUE_NULL -> Cell.NULL;
      default -> new Cell(Kind.OTHER, p.getText());
    };
  }

  private static long line(JsonParser p) {
    return Math.max(p.currentTokenLocation().getLineNr(), 1);
  }
}
