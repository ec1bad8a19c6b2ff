package nl.migstat.ingest.odata;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;

/**
 * The metadata of a CBS OData v4 dataset (odata4.cbs.nl / datasets.cbs.nl) saved beside its
 * Observations: {@code Properties.json} (one object: {@code Identifier}, {@code Title}, {@code
 * Modified}), {@code Dimensions.json} ({@code Identifier}, {@code Kind} {@code Dimension} / {@code
 * TimeDimension} / {@code GeoDimension}), {@code MeasureCodes.json} ({@code Identifier}, {@code
 * Title}, {@code Unit}, {@code Decimals}, {@code DataType} such as {@code Float}) and one {@code
 * <Dimension>Codes.json} per dimension ({@code Identifier}, {@code Title}, {@code
 * DimensionGroupId}; {@code PeriodenCodes} also {@code Status} {@code Voorlopig}). Field names as
 * in saved beta-odata4 responses (HenricoWitvliet/CBSOData4.jl test fixtures for 80072ned) and the
 * cbsodata4 R package documentation (statistiekcbs/cbsodata4).
 */
public final class CbsV4Metadata {
  private static final Set<String> NUMERIC =
      Set.of(
          "float", "double", "decimal", "long", "integer", "int", "int16", "int32", "int64",
          "short", "byte", "number", "numeric");
  private static final Set<String> TEXT = Set.of("string", "text");

  private final InputFile folder;
  private final ObservationSink sink;
  private final Map<String, String> dimensionKinds = new LinkedHashMap<>();
  private final Map<String, Boolean> measureIsText = new HashMap<>();
  private final Map<String, PeriodStatusWord> periodStatus = new HashMap<>();
  private final List<CodeEntry> codes = new ArrayList<>();
  private String identifier;
  private String modified;

  private CbsV4Metadata(InputFile folder, ObservationSink sink) {
    this.folder = folder;
    this.sink = sink;
  }

  /**
   * No metadata but the dimensions' names, for an Observations response saved on its own: no
   * labels, no measure types, no period status.
   */
  public static CbsV4Metadata ofDimensions(List<String> dimensions) {
    CbsV4Metadata meta = new CbsV4Metadata(null, ObservationSink.discarding());
    dimensions.forEach(d -> meta.dimensionKinds.put(d, "Dimension"));
    return meta;
  }

  /** Reads the metadata; Dimensions.json is required, the rest is read when present. */
  public static CbsV4Metadata load(InputFile folder, ObservationSink sink) {
    CbsV4Metadata meta = new CbsV4Metadata(folder, sink);
    meta.readProperties();
    meta.readDimensions();
    meta.readMeasures();
    for (String dim : List.copyOf(meta.dimensionKinds.keySet())) {
      meta.readCodes(dim);
    }
    return meta;
  }

  public String identifier() {
    return identifier;
  }

  /** Dimension identifiers in Dimensions.json order, with their {@code Kind}. */
  public Map<String, String> dimensionKinds() {
    return dimensionKinds;
  }

  /** True / false for a measure in MeasureCodes, null for a measure it does not list. */
  public Boolean measureIsText(String measure) {
    return measureIsText.get(measure);
  }

  /** True when MeasureCodes.json was present. */
  public boolean knowsMeasures() {
    return !measureIsText.isEmpty();
  }

  /** The status word of a period code, or null when PeriodenCodes does not list it. */
  public PeriodStatusWord periodStatus(String code) {
    return periodStatus.get(code.trim());
  }

  /** Hands the code list to the sink under the table's source. */
  public void emitCodes(String source) {
    for (CodeEntry c : codes) {
      sink.code(new CodeEntry(source, c.dimension(), c.code(), c.label(), c.parent()));
    }
  }

  private InputFile file(String name) {
    return folder.resolve(name + ".json");
  }

  private boolean present(String name) {
    return Files.isRegularFile(file(name).path());
  }

  private void readProperties() {
    if (!present("Properties")) {
      sink.warn(file("Properties").displayName() + " is absent: table id and Modified unknown");
      return;
    }
    Map<String, String> p = ODataJson.read(file("Properties"), (i, l, r) -> {}).top();
    identifier = blankToNull(p.get("Identifier"));
    modified = blankToNull(p.get("Modified"));
    if (identifier != null) {
      codes.add(entry("table", identifier, p.get("Title"), null));
      codes.add(entry("table_modified", identifier, modified, null));
    }
  }

  private void readDimensions() {
    if (!present("Dimensions")) {
      throw new BadInputException(
          file("Dimensions").displayName(),
          0,
          "missing: without it the"
              + " dimension columns of the Observations cannot be told from other properties");
    }
    for (Map<String, String> row : ODataJson.entitySet(file("Dimensions"))) {
      String id = required(row, "Identifier", "Dimensions");
      dimensionKinds.put(id, row.getOrDefault("Kind", "Dimension"));
      codes.add(entry("dimension", id, row.get("Title"), null));
    }
  }

  private void readMeasures() {
    if (!present("MeasureCodes")) {
      sink.warn(
          file("MeasureCodes").displayName()
              + " is absent: a measure is read as text only"
              + " where an observation has a StringValue and no Value");
      return;
    }
    for (Map<String, String> row : ODataJson.entitySet(file("MeasureCodes"))) {
      String id = required(row, "Identifier", "MeasureCodes");
      measureIsText.put(id, isText(row, id));
      codes.add(entry("measure", id, row.get("Title"), row.get("MeasureGroupId")));
      if (row.get("Unit") != null && !row.get("Unit").isBlank()) {
        codes.add(entry("unit", id, row.get("Unit"), null));
      }
      if (row.get("Decimals") != null) {
        codes.add(entry("decimals", id, CbsV3Metadata.integral(row.get("Decimals")), null));
      }
    }
  }

  private boolean isText(Map<String, String> row, String measure) {
    String dataType = row.get("DataType");
    String d = dataType == null ? "" : dataType.trim().toLowerCase(Locale.ROOT);
    if (TEXT.contains(d)) {
      return true;
    }
    if (NUMERIC.contains(d)) {
      return false;
    }
    throw new BadInputException(
        file("MeasureCodes").displayName(),
        EntityRow.lineOf(row),
        "measure "
            + measure
            + " has DataType "
            + Excerpt.quoted(dataType)
            + "; expected String or a number type (Float, Long ...)");
  }

  private void readCodes(String dim) {
    String name = dim + "Codes";
    if (!present(name)) {
      sink.warn(
          file(name).displayName()
              + " is absent: no labels for "
              + dim
              + (isTime(dim) ? " and no period status (Voorlopig)" : ""));
      return;
    }
    for (Map<String, String> row : ODataJson.entitySet(file(name))) {
      String code = required(row, "Identifier", name).trim();
      codes.add(entry(dim, code, row.get("Title"), row.get("DimensionGroupId")));
      if (isTime(dim) && row.containsKey("Status")) {
        String word = row.get("Status");
        periodStatus.put(
            code,
            PeriodStatusWord.of(word)
                .orElseThrow(
                    () ->
                        new BadInputException(
                            file(name).displayName(),
                            EntityRow.lineOf(row),
                            "period "
                                + code
                                + " has Status "
                                + Excerpt.quoted(word)
                                + "; CBS uses Definitief, Voorlopig, Nader voorlopig")));
      }
    }
  }

  private boolean isTime(String dim) {
    return dimensionKinds.getOrDefault(dim, "").contains("Time");
  }

  private String required(Map<String, String> row, String key, String set) {
    String v = blankToNull(row.get(key));
    if (v == null) {
      throw new BadInputException(
          file(set).displayName(),
          EntityRow.lineOf(row),
          "an entry without " + key + ": " + Excerpt.quoted(String.valueOf(row)));
    }
    return v;
  }

  private static CodeEntry entry(String dimension, String code, String label, String parent) {
    return new CodeEntry(
        "cbs:unknown",
        dimension,
        code.trim(),
        label == null ? null : label.trim(),
        blankToNull(parent));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
