package nl.migstat.ingest.odata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.cbs.CbsTable;
import nl.migstat.model.Period;

/**
 * Which row keys of a CBS OData v3 data set are dimensions and which topics hold text, from the
 * DataProperties when present, else from the keys ({@code _n} suffix = topic) and JSON types.
 *
 * <p>{@link CbsTable} knows the time dimension by the keys in {@link CbsTable#PERIOD_KEYS}; a
 * TimeDimension the metadata names otherwise is passed to it under the name {@code Perioden} (and a
 * GeoDimension it does not know under {@code RegioS}). The observation keeps no dimension name for
 * period and region, so nothing of the source is lost.
 *
 * @param rowDims dimension keys as written in the rows, in table order
 * @param topicIsText topic keys in table order; true for a String topic
 * @param periodKey the time dimension's key as written, or null
 * @param geoKey the geographic dimension's key as written, or null
 */
record V3Shape(
    List<String> rowDims, Map<String, Boolean> topicIsText, String periodKey, String geoKey) {

  static final String CBS_PERIOD_KEY = "Perioden";
  static final String CBS_REGION_KEY = "RegioS";

  /** The shape the DataProperties describe. */
  static V3Shape of(CbsV3Metadata meta) {
    String period = null;
    String geo = null;
    for (Map.Entry<String, String> d : meta.dimensionKinds().entrySet()) {
      if (d.getValue().equals("TimeDimension") && period == null) {
        period = d.getKey();
      } else if (d.getValue().startsWith("Geo") && geo == null) {
        geo = d.getKey();
      }
    }
    return new V3Shape(
        List.copyOf(meta.dimensionKinds().keySet()), meta.topicIsText(), period, geo);
  }

  /** The shape of a table without metadata: CBS key conventions and the JSON type per topic. */
  static V3Shape fromKeys(List<String> keys, Map<String, Boolean> topicIsText) {
    List<String> dims = new ArrayList<>();
    Map<String, Boolean> topics = new LinkedHashMap<>();
    for (String key : keys) {
      if (key.equals("ID")) {
        continue;
      }
      if (CbsTable.isTopicKey(key)) {
        topics.put(key, topicIsText.getOrDefault(key, false));
      } else {
        dims.add(key);
      }
    }
    String period = dims.stream().filter(CbsTable.PERIOD_KEYS::contains).findFirst().orElse(null);
    return new V3Shape(dims, topics, period, null);
  }

  /** The table under the key names {@link CbsTable} understands. */
  CbsTable table(String source, Period fixedPeriod, String file) {
    List<String> keys = new ArrayList<>();
    for (String d : rowDims) {
      if (d.equals(periodKey) && !CbsTable.PERIOD_KEYS.contains(d)) {
        keys.add(CBS_PERIOD_KEY);
      } else if (d.equals(geoKey) && !CbsTable.REGION_KEYS.contains(d)) {
        keys.add(CBS_REGION_KEY);
      } else {
        keys.add(d);
      }
    }
    keys.addAll(topicIsText.keySet());
    CbsTable table = new CbsTable(source, keys, fixedPeriod);
    if (table.dimensions().size() != rowDims.size()) {
      throw new BadInputException(
          file,
          0,
          "topic keys "
              + topicIsText.keySet()
              + " do not all follow the CBS form <Name>_<n>, or a dimension key does: "
              + rowDims);
    }
    return table;
  }

  /** True when the table's time dimension is passed to {@link CbsTable} under another name. */
  boolean renamesPeriod() {
    return periodKey != null && !CbsTable.PERIOD_KEYS.contains(periodKey);
  }
}
