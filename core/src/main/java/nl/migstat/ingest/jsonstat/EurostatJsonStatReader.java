package nl.migstat.ingest.jsonstat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.eurostat.EurostatCell;
import nl.migstat.ingest.eurostat.EurostatKeys;
import nl.migstat.ingest.jsonstat.JsonStatDocument.Entry;
import nl.migstat.ingest.sdmx.EurostatRow;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * Eurostat's Statistics API response, JSON-stat 2.0 (its default format; json-stat.org/full, and
 * Eurostat's "API - Getting started with statistics API"): one cell per position of the cube,
 * {@code value} and {@code status} as sparse objects keyed by row-major position or as arrays.
 *
 * <p>Every position that has a value or a status is a record: a cell with a status but no value
 * (Eurostat leaves out the figure of a confidential cell and keeps its flag) is a missing figure
 * with that status, never zero; a null in a {@code value} array is a missing figure ({@code :}, as
 * the bulk files write it). Status letters combine ({@code bu}, {@code bd}) and are decoded as in
 * every Eurostat format ({@link EurostatCell}, both flag generations). The category labels, the
 * dimension labels and {@code extension.status.label} go into the code list; the dataset is {@code
 * extension.id} ({@code PRC_HICP_MINR} → {@code eurostat:prc_hicp_minr}).
 */
public final class EurostatJsonStatReader implements FormatReader {
  public static final String NAME = "eurostat-jsonstat";

  private static final Pattern DATASET = Pattern.compile("\"class\"\\s*:\\s*\"dataset\"");
  private static final Pattern VERSION_2 = Pattern.compile("\"version\"\\s*:\\s*\"2\\.0\"");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "Eurostat JSON-stat 2.0 (Statistics API): {\"version\":\"2.0\",\"class\":\"dataset\","
        + "\"value\":{…},\"id\":[…],\"size\":[…],\"dimension\":{…}}";
  }

  @Override
  public int detect(Sniff sniff) {
    String text = sniff.text().stripLeading();
    return !sniff.isDirectory()
            && text.startsWith("{")
            && DATASET.matcher(text).find()
            && VERSION_2.matcher(text).find()
        ? 2
        : 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    JsonStatDocument doc = JsonStatDocument.read(input);
    JsonStatCube cube = JsonStatCube.of(doc, file);
    if (doc.valueIsArray && doc.valueArrayLength != cube.cells) {
      throw new BadInputException(
          file,
          doc.lines,
          "'value' holds "
              + doc.valueArrayLength
              + " cells, but 'size' "
              + doc.sizes
              + " makes "
              + cube.cells
              + " (an array has one entry per cell, null for a missing one)");
    }
    Optional<String> dataset =
        Optional.ofNullable(doc.extension)
            .map(e -> e.path("id").asText(""))
            .filter(s -> !s.isBlank());
    String source = SourceName.forEurostat(input, options, dataset, sink);
    emitCodes(doc, cube, dataset, source, sink);
    Cells cells = new Cells(file, doc, cube, source, sink);
    long records = 0;
    for (long position : positions(doc)) {
      cells.read(position);
      records++;
    }
    return new ReadResult(NAME, source, doc.lines, records);
  }

  /** The positions that are records, in row-major order: every cell with a value or a status. */
  private static long[] positions(JsonStatDocument doc) {
    if (doc.valueIsArray) {
      long[] all = new long[(int) doc.valueArrayLength];
      Arrays.setAll(all, i -> i);
      return all;
    }
    return java.util.stream.LongStream.concat(
            doc.values.keySet().stream().mapToLong(Long::longValue),
            doc.statuses.keySet().stream()
                .mapToLong(Long::longValue)
                .filter(p -> !doc.values.containsKey(p)))
        .sorted()
        .toArray();
  }

  private static void emitCodes(
      JsonStatDocument doc,
      JsonStatCube cube,
      Optional<String> dataset,
      String source,
      ObservationSink sink) {
    if (dataset.isPresent() && doc.label != null) {
      sink.code(new CodeEntry(source, "table", dataset.get(), doc.label, null));
    }
    for (int d = 0; d < cube.dimensions.size(); d++) {
      JsonStatCube.Dimension dim = cube.dimensions.get(d);
      if (dim.label() != null && !dim.label().isBlank()) {
        sink.code(new CodeEntry(source, "dimension", dim.id(), dim.label(), null));
      }
      if (d == cube.time) {
        continue; // a period's label is its code ("2019" = "2019"): the periods are not a list
      }
      String name = EurostatKeys.normalise(dim.id());
      for (String code : dim.codes()) {
        String label = dim.labels().get(code);
        if (label != null && !label.isBlank()) {
          sink.code(new CodeEntry(source, name, code, label, null));
        }
      }
    }
    JsonNode flags = doc.extension == null ? null : doc.extension.path("status").path("label");
    if (flags != null && flags.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = flags.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sink.code(new CodeEntry(source, "obs_flag", e.getKey(), e.getValue().asText(), null));
      }
    }
  }

  /** Turns the cells of one document into observations or rejects, one per position. */
  private static final class Cells {
    private final String file;
    private final JsonStatDocument doc;
    private final JsonStatCube cube;
    private final ObservationSink sink;
    private final EurostatRow rows;
    private final String[] codes;
    private final List<String> names;

    Cells(
        String file, JsonStatDocument doc, JsonStatCube cube, String source, ObservationSink sink) {
      this.file = file;
      this.doc = doc;
      this.cube = cube;
      this.sink = sink;
      this.names = cube.dimensions.stream().map(d -> EurostatKeys.normalise(d.id())).toList();
      this.rows =
          new EurostatRow(
              source,
              cube.dimensions.stream()
                  .map(JsonStatCube.Dimension::id)
                  .filter(id -> !id.equals(cube.dimensions.get(cube.time).id()))
                  .toList());
      this.codes = new String[cube.dimensions.size()];
    }

    void read(long position) {
      Entry value = doc.values.get(position);
      Entry status = doc.statuses.get(position);
      boolean fromValue = value != null;
      String origin = file + "#/" + (fromValue ? "value/" : "status/") + position;
      long line = fromValue ? value.line() : status.line();
      String reason;
      if (position >= cube.cells) {
        reason = "position " + position + " is outside the cube of " + cube.cells + " cells";
      } else {
        String flags = status != null ? status.text() : doc.statusOfAll;
        EurostatCell cell = cell(value, flags == null ? "" : flags.strip());
        cube.codesAt(position, codes);
        Map<String, String> byId = new LinkedHashMap<>();
        for (int d = 0; d < codes.length; d++) {
          if (d != cube.time) {
            byId.put(names.get(d), codes[d]);
          }
        }
        EurostatRow.Built built = rows.build(byId, codes[cube.time], cell, origin);
        if (built.ok()) {
          sink.observation(built.observation());
          return;
        }
        reason = built.reason();
      }
      String raw =
          "value "
              + (value == null ? "absent" : value.text())
              + ", status "
              + (status == null ? doc.statusOfAll : status.text());
      sink.reject(new Reject(file, line, raw, origin + ": " + reason));
    }

    /**
     * The cell of a value (a JSON number, null, or absent) and its status letters. A status that
     * starts with {@code :} marks a missing figure, as in the bulk files ({@code : c}).
     */
    private static EurostatCell cell(Entry value, String flags) {
      if (value != null && value.text() != null && !value.number()) {
        return EurostatCell.error("not a number: " + Excerpt.quoted(value.text()));
      }
      String raw = value == null || value.text() == null ? "" : plain(value.text());
      if (raw == null) {
        return EurostatCell.error("number out of range: " + Excerpt.quoted(value.text()));
      }
      if (flags.startsWith(":")) {
        if (!raw.isEmpty()) {
          return EurostatCell.error("value " + raw + " with the status ':'");
        }
        return EurostatCell.of(":", flags.substring(1).strip(), "", NumberStyle.POINT);
      }
      return EurostatCell.of(raw, flags, "", NumberStyle.POINT);
    }

    /**
     * A JSON number without exponent ({@code 1.5E3} is {@code 1500}), or null beyond a double: the
     * exponent is taken through the double, as {@code 1e999999999} written out would fill the heap.
     */
    private static String plain(String number) {
      double d = Double.parseDouble(number);
      return Double.isInfinite(d) ? null : new BigDecimal(Double.toString(d)).toPlainString();
    }
  }
}
