package nl.migstat.ingest.odata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata entity sets of one CBS OData table saved in a folder ({@code TableInfos}, {@code
 * DataProperties}, {@code CategoryGroups}, one set per dimension), whatever the file format.
 */
public interface EntitySets {
  /** The rows of an entity set as strings (null for an empty cell), or empty when absent. */
  Optional<List<Map<String, String>>> read(String name);

  /** The file that holds (or would hold) an entity set, for messages. */
  String fileOf(String name);
}
