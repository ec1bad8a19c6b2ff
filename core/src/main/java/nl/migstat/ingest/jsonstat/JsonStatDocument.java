package nl.migstat.ingest.jsonstat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.odata.JsonLimits;
import nl.migstat.ingest.text.Excerpt;

/**
 * One JSON-stat 2.0 dataset response, streamed once (json-stat.org/full): the small parts ({@code
 * id}, {@code size}, {@code dimension}, {@code extension}, {@code label}) as written, the cells of
 * {@code value} and {@code status} by their position in row-major order. Eurostat's Statistics API
 * writes {@code value} before {@code id} and {@code dimension} and both {@code value} and {@code
 * status} as sparse objects keyed by position ({@code {"4":18278.2}}); the specification also
 * allows arrays (nulls for missing cells) and, for {@code status}, one string for every cell.
 */
final class JsonStatDocument {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonLimits.FACTORY.copy());

  /** A cell of {@code value} or {@code status}: its text as written (null for JSON null). */
  record Entry(String text, boolean number, long line) {}

  String version;
  String jsonClass;
  String label;
  List<String> ids;
  List<Long> sizes;
  JsonNode dimension;
  JsonNode role;
  JsonNode extension;

  /** True when the document has {@code value}, which JSON-stat requires of a dataset. */
  boolean hasValue;

  /** True when {@code value} is an array: every position is a cell, null or not. */
  boolean valueIsArray;

  long valueArrayLength;

  final Map<Long, Entry> values = new HashMap<>();

  /** The one status of every cell, when {@code status} is a string. */
  String statusOfAll;

  final Map<Long, Entry> statuses = new HashMap<>();

  long lines;

  private final String file;

  private JsonStatDocument(String file) {
    this.file = file;
  }

  /** Parses a file; one that is no JSON document throws {@link BadInputException}. */
  static JsonStatDocument read(InputFile input) {
    String name = input.displayName();
    String tooBig = JsonLimits.sizeProblem(input.size(), input.limits().maxJsonBytes());
    if (tooBig != null) {
      throw new BadInputException(name, 0, tooBig);
    }
    JsonStatDocument doc = new JsonStatDocument(name);
    try (InputStream in = input.openDocument();
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      doc.parse(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadInputException(
          name,
          at == null ? 0 : Math.max(at.getLineNr(), 0),
          "unreadable JSON: " + e.getOriginalMessage() + " (a truncated download?)",
          e);
    } catch (IOException e) {
      throw BadInputException.reading(name, 0, e);
    }
    return doc;
  }

  private void parse(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw bad(p, "a JSON-stat dataset is one JSON object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "version" -> version = scalar(p, t, field);
        case "class" -> jsonClass = scalar(p, t, field);
        case "label" -> label = scalar(p, t, field);
        case "id" -> ids = strings(p, t);
        case "size" -> sizes = longs(p, t);
        case "dimension" -> dimension = MAPPER.readTree(p);
        case "role" -> role = MAPPER.readTree(p);
        case "extension" -> extension = MAPPER.readTree(p);
        case "value" -> readValues(p, t);
        case "status" -> readStatuses(p, t);
        default -> p.skipChildren();
      }
    }
    lines = line(p);
    if (p.nextToken() != null) {
      throw bad(p, "text after the end of the JSON document");
    }
  }

  private void readValues(JsonParser p, JsonToken t) throws IOException {
    hasValue = true;
    if (t == JsonToken.START_ARRAY) {
      valueIsArray = true;
      valueArrayLength = readArray(p, values, "value");
    } else if (t == JsonToken.START_OBJECT) {
      readObject(p, values, "value");
    } else {
      throw bad(p, "'value' is neither an array nor an object");
    }
  }

  private void readStatuses(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      statusOfAll = p.getText();
    } else if (t == JsonToken.START_ARRAY) {
      readArray(p, statuses, "status");
    } else if (t == JsonToken.START_OBJECT) {
      readObject(p, statuses, "status");
    } else if (t != JsonToken.VALUE_NULL) {
      throw bad(p, "'status' is neither a string, an array nor an object");
    }
  }

  /** An array's cells by index, nulls kept for {@code value} (a missing figure) only. */
  private long readArray(JsonParser p, Map<Long, Entry> into, String what) throws IOException {
    long index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      Entry e = entry(p, t, what + "[" + index + "]");
      if (e.text() != null || what.equals("value")) {
        into.put(index, e);
      }
      index++;
    }
    return index;
  }

  private void readObject(JsonParser p, Map<Long, Entry> into, String what) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      long position;
      try {
        position = Long.parseLong(key);
      } catch (NumberFormatException e) {
        position = -1;
      }
      if (position < 0 || !key.equals(Long.toString(position))) {
        throw bad(p, what + " key " + Excerpt.quoted(key) + " is not a position (0, 1, 2 ...)");
      }
      into.put(position, entry(p, p.nextToken(), what + "." + key));
    }
  }

  private Entry entry(JsonParser p, JsonToken t, String where) throws IOException {
    return switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Entry(p.getText(), true, line(p));
      case VALUE_STRING -> new Entry(p.getText(), false, line(p));
      case VALUE_NULL -> new Entry(null, false, line(p));
      default -> throw bad(p, where + " is " + t + ", not a number, a string or null");
    };
  }

  private String scalar(JsonParser p, JsonToken t, String field) throws IOException {
    if (!t.isScalarValue()) {
      throw bad(p, Excerpt.quoted(field) + " is not a single value");
    }
    return p.getText();
  }

  private List<String> strings(JsonParser p, JsonToken t) throws IOException {
    List<String> out = new ArrayList<>();
    if (t != JsonToken.START_ARRAY) {
      throw bad(p, "'id' is not an array of dimension ids");
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw bad(p, "'id' holds " + t + ", not a dimension id");
      }
      out.add(p.getText());
    }
    return out;
  }

  private List<Long> longs(JsonParser p, JsonToken t) throws IOException {
    List<Long> out = new ArrayList<>();
    if (t != JsonToken.START_ARRAY) {
      throw bad(p, "'size' is not an array of dimension sizes");
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 1) {
        throw bad(p, "'size' holds " + Excerpt.quoted(p.getText()) + ", not a count of categories");
      }
      out.add(p.getLongValue());
    }
    return out;
  }

  private BadInputException bad(JsonParser p, String problem) {
    return new BadInputException(file, line(p), problem);
  }

  private static long line(JsonParser p) {
    return Math.max(p.currentTokenLocation().getLineNr(), 1);
  }
}
