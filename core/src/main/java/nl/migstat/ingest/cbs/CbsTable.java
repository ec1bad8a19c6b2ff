package nl.migstat.ingest.cbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.Observation;
import nl.migstat.model.Period;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * The shape of a CBS OData table as its keys show it: {@code ID}, dimension keys ({@code Geslacht},
 * {@code RegioS}, {@code Perioden}) and topic keys with a {@code _n} suffix ({@code
 * BevolkingOp1Januari_1}). Shared by the CSV and JSON readers, so every CBS format maps keys the
 * same way.
 */
public final class CbsTable {
  /** CBS topic keys end in an underscore and the topic's position. */
  private static final Pattern TOPIC_KEY = Pattern.compile(".+_\\d+");

  /** Dimension keys that hold regions (84910NED RegioS, 84583NED WijkenEnBuurten, ...). */
  public static final Set<String> REGION_KEYS =
      Set.of(
          "RegioS",
          "Regio",
          "Regios",
          "WijkenEnBuurten",
          "Regiokenmerken",
          "Gemeenten",
          "Gemeente",
          "Landen",
          "Woonplaatsen",
          "Provincies");

  /**
   * Dimension keys that hold periods: {@code Perioden}; {@code Periods} in English tables
   * (83781ENG); {@code JaarVanImmigratie} in 84809NED (immigrants by migration motive).
   */
  public static final Set<String> PERIOD_KEYS = Set.of("Perioden", "Periods", "JaarVanImmigratie");

  private final String source;
  private final List<String> dimensions;
  private final List<String> topics;
  private final String regionKey;
  private final String periodKey;
  private final Period fixedPeriod;

  /**
   * @param keys all column keys in file order ({@code ID} is skipped)
   * @param fixedPeriod the caller's period for a table without a period dimension, or null
   */
  public CbsTable(String source, List<String> keys, Period fixedPeriod) {
    this.source = source;
    this.dimensions = new ArrayList<>();
    this.topics = new ArrayList<>();
    for (String key : keys) {
      if (key.equals("ID")) {
        continue;
      }
      (isTopicKey(key) ? topics : dimensions).add(key);
    }
    this.regionKey = dimensions.stream().filter(REGION_KEYS::contains).findFirst().orElse(null);
    this.periodKey = dimensions.stream().filter(PERIOD_KEYS::contains).findFirst().orElse(null);
    this.fixedPeriod = fixedPeriod;
  }

  public static boolean isTopicKey(String key) {
    return TOPIC_KEY.matcher(key).matches();
  }

  public String source() {
    return source;
  }

  public List<String> dimensions() {
    return dimensions;
  }

  public List<String> topics() {
    return topics;
  }

  public Optional<String> regionKey() {
    return Optional.ofNullable(regionKey);
  }

  public Optional<String> periodKey() {
    return Optional.ofNullable(periodKey);
  }

  /**
   * One observation from a row's dimension codes (in {@link #dimensions()} order, untrimmed) and
   * one topic cell, or the reason it cannot be one.
   *
   * <p>The cell's symbol and its period's status are both kept ({@link StatusSet}): a {@code .} in
   * a {@code Voorlopig} period is not available and provisional.
   *
   * @param periodStatus status of the row's period from the metadata (Voorlopig, Nader voorlopig),
   *     or null
   * @param periodFlag the metadata's word for that status ({@code Voorlopig}), or null
   */
  public Built build(
      List<String> dimCodes,
      String topic,
      CbsCell cell,
      Status periodStatus,
      String periodFlag,
      String origin) {
    if (cell.isError()) {
      return Built.rejected(topic + ": " + cell.error());
    }
    TreeMap<String, String> dims = new TreeMap<>();
    String region = null;
    Period period = fixedPeriod;
    for (int i = 0; i < dimensions.size(); i++) {
      String key = dimensions.get(i);
      String code = dimCodes.get(i).trim();
      if (key.equals(periodKey)) {
        Optional<Period> p = Period.fromCbsCode(code);
        if (p.isEmpty()) {
          return Built.rejected(key + ": " + Excerpt.quoted(code) + " is not a CBS period code");
        }
        period = p.get();
      } else if (key.equals(regionKey)) {
        region = code;
      } else {
        dims.put(key, code);
      }
    }
    Status labelStatus = period == null ? null : period.status();
    StatusSet states = StatusSet.of(cell.status(), periodStatus, labelStatus);
    String flag = cell.flag();
    if (flag == null && periodStatus != null) {
      flag = periodFlag;
    } else if (flag == null && labelStatus != null) {
      flag = labelStatus == Status.PROVISIONAL ? "*" : "**";
    }
    return Built.of(
        Observation.withStates(
            source,
            topic,
            period == null ? null : period.code(),
            period == null ? null : period.frequency(),
            region,
            dims,
            cell.value(),
            states,
            flag,
            origin));
  }

  /**
   * The key used for a row in the code list when a topic holds text (its region, else its codes).
   */
  public String rowKey(List<String> dimCodes) {
    if (regionKey != null) {
      return dimCodes.get(dimensions.indexOf(regionKey)).trim();
    }
    return String.join("|", dimCodes.stream().map(String::trim).toList());
  }

  /** An observation, or why a cell could not become one. */
  public record Built(Observation observation, String reason) {
    static Built of(Observation o) {
      return new Built(o, null);
    }

    static Built rejected(String reason) {
      return new Built(null, reason);
    }

    public boolean ok() {
      return observation != null;
    }
  }
}
