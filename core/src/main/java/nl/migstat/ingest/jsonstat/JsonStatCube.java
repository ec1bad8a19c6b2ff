package nl.migstat.ingest.jsonstat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.eurostat.EurostatKeys;
import nl.migstat.ingest.text.Excerpt;

/**
 * The dimensions of a JSON-stat 2.0 dataset in {@code id} order, each with its category code at
 * every position, checked against {@code size} (json-stat.org/full: {@code category.index} is an
 * array of ids or an object id → position, and may be left out for a dimension of one category,
 * whose id is then the one key of {@code category.label}). A cell's position is row-major: the last
 * dimension varies fastest.
 */
final class JsonStatCube {
  /**
   * One dimension.
   *
   * @param id the id as written ({@code geo})
   * @param label the dimension's label, or null
   * @param codes the category id at each position
   * @param labels category id to label, as written (may be empty)
   */
  record Dimension(String id, String label, String[] codes, Map<String, String> labels) {}

  final List<Dimension> dimensions;
  final long cells;
  final int time;

  private final long[] strides;

  private JsonStatCube(List<Dimension> dimensions, int time) {
    this.dimensions = List.copyOf(dimensions);
    this.time = time;
    this.strides = new long[dimensions.size()];
    long n = 1;
    for (int d = dimensions.size() - 1; d >= 0; d--) {
      strides[d] = n;
      n = Math.multiplyExact(n, dimensions.get(d).codes().length);
    }
    this.cells = n;
  }

  /** The dimensions of a parsed document; a document that is no dataset throws. */
  static JsonStatCube of(JsonStatDocument doc, String file) {
    if (doc.ids == null || doc.sizes == null || doc.dimension == null) {
      throw new BadInputException(
          file,
          doc.lines,
          "a JSON-stat dataset needs 'id', 'size' and 'dimension'"
              + " (json-stat.org/full); this file lacks "
              + (doc.ids == null ? "'id'" : doc.sizes == null ? "'size'" : "'dimension'"));
    }
    if (!doc.hasValue) {
      throw new BadInputException(
          file,
          doc.lines,
          "a JSON-stat dataset needs 'value' (json-stat.org/full); this file has none, so it"
              + " holds no figures (a metadata-only response?)");
    }
    if (doc.ids.size() != doc.sizes.size()) {
      throw new BadInputException(
          file,
          doc.lines,
          "'id' names " + doc.ids.size() + " dimensions but 'size' gives " + doc.sizes.size());
    }
    List<Dimension> dims = new ArrayList<>();
    for (int d = 0; d < doc.ids.size(); d++) {
      dims.add(dimension(doc, doc.ids.get(d), doc.sizes.get(d), file));
    }
    try {
      return new JsonStatCube(dims, timeDimension(doc.ids, doc.role, file, doc.lines));
    } catch (ArithmeticException e) {
      throw new BadInputException(
          file,
          doc.lines,
          "'size' " + Excerpt.quoted(doc.sizes.toString()) + " has too many cells");
    }
  }

  /** The category code of every dimension at a cell position, written into {@code codes}. */
  void codesAt(long position, String[] codes) {
    for (int d = 0; d < codes.length; d++) {
      codes[d] = dimensions.get(d).codes()[(int) (position / strides[d] % codesOf(d))];
    }
  }

  private int codesOf(int d) {
    return dimensions.get(d).codes().length;
  }

  private static int timeDimension(List<String> ids, JsonNode role, String file, long line) {
    if (role != null && role.path("time").isArray() && role.path("time").size() > 0) {
      int i = ids.indexOf(role.path("time").get(0).asText());
      if (i >= 0) {
        return i;
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      if (EurostatKeys.isTime(ids.get(i))) {
        return i;
      }
    }
    throw new BadInputException(
        file, line, "no time dimension: neither role.time nor an id 'time' in " + ids);
  }

  private static Dimension dimension(JsonStatDocument doc, String id, long size, String file) {
    JsonNode node = doc.dimension.get(id);
    JsonNode category = node == null ? null : node.get("category");
    if (category == null || !category.isObject()) {
      throw new BadInputException(
          file,
          doc.lines,
          "dimension " + Excerpt.quoted(id) + " of 'id' has no 'category' in 'dimension'");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode label = category.get("label");
    if (label != null && label.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = label.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        labels.put(e.getKey(), e.getValue().asText());
      }
    }
    JsonNode index = category.get("index");
    // Sized by what the document lists, never by 'size' alone: "size":[2000000000] is a few bytes.
    String[] codes = new String[index == null ? 1 : index.size()];
    if (index == null) {
      if (size != 1 || labels.size() != 1) {
        throw bad(
            file,
            doc.lines,
            id,
            "has no 'category.index'; only a dimension of one category" + " may leave it out");
      }
      codes[0] = labels.keySet().iterator().next();
    } else if (!index.isArray() && !index.isObject()) {
      throw bad(file, doc.lines, id, "has a 'category.index' that is neither array nor object");
    } else if (index.isArray()) {
      if (index.size() != size) {
        throw bad(
            file, doc.lines, id, "lists " + index.size() + " categories; 'size' says " + size);
      }
      for (int i = 0; i < index.size(); i++) {
        codes[i] = index.get(i).asText();
      }
    } else if (index.isObject()) {
      if (index.size() != size) {
        throw bad(
            file, doc.lines, id, "lists " + index.size() + " categories; 'size' says " + size);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        int at = e.getValue().canConvertToInt() ? e.getValue().asInt(-1) : -1;
        if (!e.getValue().isIntegralNumber() || at < 0 || at >= size || codes[at] != null) {
          throw bad(
              file,
              doc.lines,
              id,
              "puts "
                  + Excerpt.quoted(e.getKey())
                  + " at position "
                  + e.getValue()
                  + ", not a free position below "
                  + size);
        }
        codes[at] = e.getKey();
      }
    }
    JsonNode dimLabel = node.get("label");
    return new Dimension(id, dimLabel == null ? null : dimLabel.asText(), codes, labels);
  }

  private static BadInputException bad(String file, long line, String id, String problem) {
    return new BadInputException(file, line, "dimension " + Excerpt.quoted(id) + " " + problem);
  }
}
