package nl.migstat.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What differs between the CBS OData v3 API ({@code opendata.cbs.nl/ODataApi/OData/<id>/}, JSON
 * with {@code odata.nextLink}, modification date in {@code TableInfos}, dimension entity sets named
 * by the {@code Key} of DataProperties of type {@code *Dimension}) and the v4 API ({@code
 * odata4.cbs.nl/CBS/<id>/}, {@code @odata.nextLink}, date in the {@code Properties} singleton, code
 * lists {@code <Identifier>Codes} from {@code Dimensions}).
 */
enum ODataDialect {
  V3(
      "TableInfos",
      "?$format=json",
      "odata.nextLink",
      List.of("DataProperties", "CategoryGroups"),
      "TypedDataSet"),
  V4("Properties", "", "@odata.nextLink", List.of("MeasureCodes", "Dimensions"), "Observations");

  /** Entity-set names become file names and URL segments: nothing but these characters. */
  private static final Pattern SET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

  final String probeSet;
  final String query;
  final String nextLinkField;
  final List<String> metadataSets;
  final String dataSet;

  ODataDialect(
      String probeSet,
      String query,
      String nextLinkField,
      List<String> metadataSets,
      String dataSet) {
    this.probeSet = probeSet;
    this.query = query;
    this.nextLinkField = nextLinkField;
    this.metadataSets = metadataSets;
    this.dataSet = dataSet;
  }

  /** The publisher's modification date in the saved probe file ({@code Modified}). */
  String modified(Path probe) throws IOException {
    JsonNode root = SavedJson.readMetadata(probe);
    // v3 TableInfos is an entity set of one row; v4 Properties is a singleton object.
    JsonNode holder = this == V3 ? SavedJson.entities(root, probe).iterator().next() : root;
    JsonNode modified = holder == null ? null : holder.get("Modified");
    if (modified == null || !modified.isTextual() || modified.asText().isBlank()) {
      throw new IOException(probe.getFileName() + " has no 'Modified' date");
    }
    return modified.asText();
  }

  /** The code-list entity sets to download, read from the saved DataProperties or Dimensions. */
  List<String> dimensionSets(Path folder) throws IOException {
    Path file = folder.resolve((this == V3 ? "DataProperties" : "Dimensions") + ".json");
    List<String> sets = new ArrayList<>();
    for (JsonNode entity : SavedJson.entities(SavedJson.readMetadata(file), file)) {
      if (this == V3) {
        String type = entity.path("Type").asText("");
        if (type.endsWith("Dimension")) {
          sets.add(checked(entity.path("Key").asText(""), file));
        }
      } else {
        sets.add(checked(entity.path("Identifier").asText(""), file) + "Codes");
      }
    }
    return sets;
  }

  private static String checked(String name, Path file) throws IOException {
    if (!SET_NAME.matcher(name).matches()) {
      throw new IOException(
          file.getFileName()
              + " names a dimension '"
              + name
              + "' that is not a plain identifier: refused as a file name");
    }
    return name;
  }
}
