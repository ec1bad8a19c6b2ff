package nl.migstat.ingest.eurostat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How Eurostat dimension ids map onto the observation model, the same for every Eurostat format
 * (bulk TSV, SDMX-CSV, Data Explorer CSV): {@code geo} is the region, {@code TIME_PERIOD}/{@code
 * time} the period, {@code freq} only confirms the frequency, the {@code unit} (else an indicator
 * dimension) is the measure, and every other dimension goes into {@code dims} under its lower-case
 * id.
 */
public final class EurostatKeys {
  /** The measure when a dataset has neither a unit nor an indicator dimension. */
  public static final String DEFAULT_MEASURE = "value";

  private static final Set<String> INDICATOR_IDS =
      Set.of("indic", "indic_de", "indic_em", "na_item");

  private EurostatKeys() {}

  /** The dimension id as stored in {@code dims}: lower case, trimmed. */
  public static String normalise(String id) {
    return id.strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isGeo(String id) {
    return normalise(id).equals("geo");
  }

  public static boolean isTime(String id) {
    String n = normalise(id);
    return n.equals("time_period") || n.equals("time");
  }

  public static boolean isFreq(String id) {
    return normalise(id).equals("freq");
  }

  /** Which dimension gives the measure: {@code unit}, else an indicator dimension, else none. */
  public static Optional<String> measureDimension(List<String> ids) {
    for (String id : ids) {
      if (normalise(id).equals("unit")) {
        return Optional.of(id);
      }
    }
    for (String id : ids) {
      if (INDICATOR_IDS.contains(normalise(id))) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}
