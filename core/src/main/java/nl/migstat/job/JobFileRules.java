package nl.migstat.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.disclosure.AppliesTo;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.export.Drift;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The job file's rule blocks, {@code disclosure:} and {@code drift:}: each key optional over its
 * documented default, a wrong value named with its key and line by the parser's errors.
 */
final class JobFileRules {
  private static final Set<String> DISCLOSURE_KEYS =
      Set.of("threshold", "round_to", "protection", "applies_to");
  private static final Set<String> DRIFT_KEYS =
      Set.of("action", "observations", "periods", "regions", "rows", "totals");

  private final JobFileParser parser;

  JobFileRules(JobFileParser parser) {
    this.parser = parser;
  }

  /**
   * The {@code disclosure:} block: each key that is left out keeps its value of {@link
   * DisclosureRules#DEFAULTS}; a wrong value is named with its key and line.
   */
  DisclosureRules disclosure(Node node) {
    if (!(node instanceof MappingNode map)) {
      throw parser.error(
          node, "disclosure", "a mapping of threshold:, round_to:, protection:, applies_to:");
    }
    Map<String, Node> k = parser.keys(map, DISCLOSURE_KEYS, "disclosure.");
    DisclosureRules d = DisclosureRules.DEFAULTS;
    int threshold = k.containsKey("threshold") ? whole(k, "threshold") : d.threshold();
    int roundTo = k.containsKey("round_to") ? whole(k, "round_to") : d.roundTo();
    double protection = k.containsKey("protection") ? protection(k) : d.protection();
    AppliesTo appliesTo = d.appliesTo();
    if (k.containsKey("applies_to")) {
      try {
        appliesTo = AppliesTo.fromKey(parser.scalar(k, "applies_to", true));
      } catch (IllegalArgumentException e) {
        throw parser.error(k.get("applies_to"), "disclosure.applies_to", "expected derived or all");
      }
    }
    DisclosureRules rules = new DisclosureRules(threshold, roundTo, protection, appliesTo);
    List<String> problems = rules.problems();
    if (!problems.isEmpty()) {
      String problem = problems.get(0);
      String key = problem.substring(0, problem.indexOf(' '));
      throw parser.error(
          k.get(key.substring("disclosure.".length())), key, problem.substring(key.length() + 1));
    }
    return rules;
  }

  /** A whole number of at least 1 under the disclosure block. */
  private int whole(Map<String, Node> map, String key) {
    String s = parser.scalar(map, key, true);
    if (!s.matches("\\d{1,9}") || Integer.parseInt(s) < 1) {
      throw parser.error(
          map.get(key),
          "disclosure." + key,
          "expected a whole number of at least 1, found '" + s + "'");
    }
    return Integer.parseInt(s);
  }

  private double protection(Map<String, Node> map) {
    String s = parser.scalar(map, "protection", true);
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw parser.error(
          map.get("protection"),
          "disclosure.protection",
          "expected a share such as 0.10 (±10 %), found '" + s + "'");
    }
  }

  /** The {@code drift:} block: each key optional, the defaults of {@link Drift.Limits}. */
  Drift.Limits drift(Map<String, Node> top) {
    Node node = top.get("drift");
    if (node == null) {
      return Drift.Limits.DEFAULTS;
    }
    if (!(node instanceof MappingNode m)) {
      throw parser.error(
          node, "drift", "a mapping of limits, e.g. drift: {action: fail, observations: 0.1}");
    }
    Map<String, Node> k = new HashMap<>();
    parser.keys(m, DRIFT_KEYS, "drift.").forEach((key, value) -> k.put("drift." + key, value));
    Drift.Limits d = Drift.Limits.DEFAULTS;
    return new Drift.Limits(
        k.containsKey("drift.action") ? action(k) : d.action(),
        limit(k, "observations", d.observations()),
        limit(k, "periods", d.periods()),
        limit(k, "regions", d.regions()),
        limit(k, "rows", d.rows()),
        limit(k, "totals", d.totals()));
  }

  private Drift.Action action(Map<String, Node> k) {
    String s = parser.scalar(k, "drift.action", true);
    for (Drift.Action a : Drift.Action.values()) {
      if (a.word().equals(s)) {
        return a;
      }
    }
    throw parser.error(
        k.get("drift.action"), "drift.action", "expected warn, fail or off, found '" + s + "'");
  }

  private double limit(Map<String, Node> k, String measure, double fallback) {
    String key = "drift." + measure;
    if (!k.containsKey(key)) {
      return fallback;
    }
    String s = parser.scalar(k, key, true);
    try {
      double d = Double.parseDouble(s);
      if (d >= 0 && Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw parser.error(
        k.get(key),
        key,
        "the largest relative change allowed, 0 or more, e.g. 0.2 for 20 %; found '" + s + "'");
  }
}
