package nl.migstat.ingest.odata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;

/**
 * The metadata of a CBS OData v3 table (MANIFEST A5): {@code TableInfos} (table id, {@code
 * Modified}), {@code DataProperties} (which keys are dimensions and which topics are numbers or
 * text, with title, unit and decimals), {@code CategoryGroups} and one code set per dimension,
 * whose time dimension carries the {@code Status} {@code Voorlopig} of provisional periods.
 *
 * <p>Numbers re-typed by a DataFrame writer ({@code Decimals} {@code 1.0}, {@code CategoryGroupID}
 * {@code 5.0}, A5) are read back as the integers CBS wrote.
 */
public final class CbsV3Metadata {
  /** v3 {@code Datatype} values of numeric topics. */
  private static final Set<String> NUMERIC =
      Set.of(
          "double", "float", "decimal", "long", "integer", "int", "int16", "int32", "int64",
          "short", "byte");

  private final EntitySets sets;
  private final ObservationSink sink;
  private final Map<String, String> dimensionKinds = new LinkedHashMap<>();
  private final Map<String, Boolean> topicIsText = new LinkedHashMap<>();
  private final Map<String, PeriodStatusWord> periodStatus = new HashMap<>();
  private final List<CodeEntry> codes = new ArrayList<>();
  private String identifier;
  private String modified;

  private CbsV3Metadata(EntitySets sets, ObservationSink sink) {
    this.sets = sets;
    this.sink = sink;
  }

  /**
   * Reads the metadata entity sets, or returns empty when the folder has no {@code DataProperties}
   * (the data is then read without metadata, with a warning by the caller).
   */
  public static Optional<CbsV3Metadata> load(EntitySets sets, ObservationSink sink) {
    Optional<List<Map<String, String>>> properties = sets.read("DataProperties");
    if (properties.isEmpty()) {
      return Optional.empty();
    }
    CbsV3Metadata meta = new CbsV3Metadata(sets, sink);
    meta.readTableInfos();
    meta.readProperties(properties.get());
    meta.readCategoryGroups();
    for (String dim : meta.dimensionKinds.keySet()) {
      meta.readDimension(dim);
    }
    return Optional.of(meta);
  }

  /** The table id from TableInfos ({@code 83781ENG}), or null. */
  public String identifier() {
    return identifier;
  }

  /** TableInfos {@code Modified}, or null. */
  public String modified() {
    return modified;
  }

  /** Dimension keys in DataProperties order, with their type ({@code TimeDimension} ...). */
  public Map<String, String> dimensionKinds() {
    return dimensionKinds;
  }

  /** Topic keys in DataProperties order; true when the topic's Datatype is String. */
  public Map<String, Boolean> topicIsText() {
    return topicIsText;
  }

  /** The status word of a period code, or null when the period set does not list it. */
  public PeriodStatusWord periodStatus(String code) {
    return periodStatus.get(code.trim());
  }

  /** Hands the code list to the sink, now that the source is known. */
  public void emitCodes(String source) {
    for (CodeEntry c : codes) {
      sink.code(new CodeEntry(source, c.dimension(), c.code(), c.label(), c.parent()));
    }
    if (identifier != null) {
      sink.code(new CodeEntry(source, "table_modified", identifier, modified, null));
    }
  }

  private void readTableInfos() {
    Optional<List<Map<String, String>>> infos = sets.read("TableInfos");
    if (infos.isEmpty() || infos.get().isEmpty()) {
      sink.warn(sets.fileOf("TableInfos") + " is absent: table id and Modified unknown");
      return;
    }
    Map<String, String> info = infos.get().get(0);
    identifier = blankToNull(info.get("Identifier"));
    modified = blankToNull(info.get("Modified"));
    if (identifier != null) {
      codes.add(entry("table", identifier, info.get("Title"), null));
    }
  }

  private void readProperties(List<Map<String, String>> rows) {
    String file = sets.fileOf("DataProperties");
    for (Map<String, String> row : rows) {
      String type = propertyType(row, file);
      String key = blankToNull(row.get("Key"));
      String id = integral(row.get("ID"));
      if (type.equals("TopicGroup")) {
        codes.add(entry("measure_group", id, row.get("Title"), integral(row.get("ParentID"))));
        continue;
      }
      if (key == null) {
        throw new BadInputException(
            file, EntityRow.lineOf(row), "a " + type + " (ID " + id + ") has no Key");
      }
      if (type.equals("Topic")) {
        topicIsText.put(key, isText(row, key, file));
        codes.add(entry("measure", key, row.get("Title"), integral(row.get("ParentID"))));
        addIfPresent("unit", key, row.get("Unit"));
        addIfPresent("decimals", key, integral(row.get("Decimals")));
      } else {
        dimensionKinds.put(key, type);
        codes.add(entry("dimension", key, row.get("Title"), null));
      }
    }
    if (topicIsText.isEmpty()) {
      throw new BadInputException(file, 0, "DataProperties lists no Topic");
    }
  }

  private static String propertyType(Map<String, String> row, String file) {
    String type = blankToNull(row.get("Type"));
    if (type == null) {
      String odataType = row.getOrDefault("odata.type", "");
      type = odataType.startsWith("Cbs.OData.") ? odataType.substring(10) : null;
    }
    if (type == null) {
      throw new BadInputException(
          file,
          EntityRow.lineOf(row),
          "a property has neither Type nor odata.type: " + Excerpt.quoted(String.valueOf(row)));
    }
    if (type.equals("Topic")
        || type.equals("TopicGroup")
        || type.endsWith("Dimension")
        || type.equals("GeoDetail")) {
      return type;
    }
    throw new BadInputException(
        file,
        EntityRow.lineOf(row),
        "unknown DataProperties Type "
            + Excerpt.quoted(type)
            + " (expected Dimension, TimeDimension, GeoDimension, GeoDetail, Topic, TopicGroup)");
  }

  private static boolean isText(Map<String, String> row, String key, String file) {
    String datatype = row.get("Datatype");
    String d = datatype == null ? "" : datatype.trim().toLowerCase(Locale.ROOT);
    if (d.equals("string")) {
      return true;
    }
    if (NUMERIC.contains(d)) {
      return false;
    }
    throw new BadInputException(
        file,
        EntityRow.lineOf(row),
        "topic "
            + key
            + " has Datatype "
            + Excerpt.quoted(datatype)
            + "; expected String or a number type (Double, Long, Integer ...)");
  }

  private void readCategoryGroups() {
    for (Map<String, String> row : sets.read("CategoryGroups").orElse(List.of())) {
      String dim = blankToNull(row.get("DimensionKey"));
      if (dim != null) {
        codes.add(
            entry(
                dim + ".group",
                integral(row.get("ID")),
                row.get("Title"),
                integral(row.get("ParentID"))));
      }
    }
  }

  private void readDimension(String dim) {
    Optional<List<Map<String, String>>> rows = sets.read(dim);
    if (rows.isEmpty()) {
      sink.warn(
          sets.fileOf(dim)
              + " is absent: no labels for dimension "
              + dim
              + (isTime(dim) ? " and no period status (Voorlopig)" : ""));
      return;
    }
    for (Map<String, String> row : rows.get()) {
      String code = blankToNull(row.get("Key"));
      if (code == null) {
        throw new BadInputException(
            sets.fileOf(dim),
            EntityRow.lineOf(row),
            "a code without Key: " + Excerpt.quoted(String.valueOf(row)));
      }
      code = code.trim();
      codes.add(entry(dim, code, row.get("Title"), integral(row.get("CategoryGroupID"))));
      if (isTime(dim)) {
        String word = row.get("Status");
        String c = code;
        periodStatus.put(
            code,
            PeriodStatusWord.of(word)
                .orElseThrow(
                    () ->
                        new BadInputException(
                            sets.fileOf(dim),
                            EntityRow.lineOf(row),
                            "period "
                                + c
                                + " has Status "
                                + Excerpt.quoted(word)
                                + "; CBS uses Definitief, Voorlopig, Nader voorlopig")));
      }
    }
  }

  private boolean isTime(String dim) {
    return "TimeDimension".equals(dimensionKinds.get(dim));
  }

  private void addIfPresent(String dimension, String key, String value) {
    if (value != null && !value.isBlank()) {
      codes.add(entry(dimension, key, value.trim(), null));
    }
  }

  private static CodeEntry entry(String dimension, String code, String label, String parent) {
    return new CodeEntry(
        "cbs:unknown",
        dimension,
        code.trim(),
        label == null ? null : label.trim(),
        blankToNull(parent));
  }

  /** {@code 5.0} (a DataFrame writer's re-typing) back to {@code 5}; other text unchanged. */
  static String integral(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.trim();
    return s.matches("-?\\d+\\.0+") ? s.substring(0, s.indexOf('.')) : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
