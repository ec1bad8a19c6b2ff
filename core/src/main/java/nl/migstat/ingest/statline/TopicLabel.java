package nl.migstat.ingest.statline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.model.CodeEntry;

/**
 * A StatLine topic as its label shows it: the topic path (levels joined with {@code /}, MANIFEST
 * A2: {@code Personen in particuliere huishoudens/Samenwonend/Totaal samenwonende personen}) and
 * the unit CBS writes after it in parentheses ({@code (aantal)}, {@code (%)}).
 *
 * @param measure the whole path without the unit: the observation's measure
 * @param unit the unit as written, or null when the label has none
 */
public record TopicLabel(String measure, String unit) {
  static final String SEPARATOR = "/";
  private static final Pattern WITH_UNIT = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

  /** A header cell of a label download, which ends in its unit: {@code Bevolking (aantal)}. */
  public static TopicLabel parse(String headerCell) {
    Matcher m = WITH_UNIT.matcher(headerCell.trim());
    return m.matches()
        ? new TopicLabel(m.group(1).trim(), m.group(2).trim())
        : new TopicLabel(headerCell.trim(), null);
  }

  /** True when the header cell ends in a unit in parentheses. */
  public static boolean hasUnit(String headerCell) {
    return WITH_UNIT.matcher(headerCell.trim()).matches();
  }

  /** A topic from its levels (layout downloads put each level in its own header row or cell). */
  public static TopicLabel ofLevels(List<String> levels, String unit) {
    return new TopicLabel(String.join(SEPARATOR, levels.stream().map(String::trim).toList()), unit);
  }

  /** The last level of the path. */
  public String leaf() {
    int i = measure.lastIndexOf(SEPARATOR);
    return i < 0 ? measure : measure.substring(i + 1);
  }

  /** The path above the last level, or null for a top-level topic. */
  public String parent() {
    int i = measure.lastIndexOf(SEPARATOR);
    return i < 0 ? null : measure.substring(0, i);
  }

  /** The code-list entry naming the topic. */
  public CodeEntry measureEntry(String source) {
    return new CodeEntry(source, "measure", measure, leaf(), parent());
  }

  /** The code-list entry with the unit, or null when there is none. */
  public CodeEntry unitEntry(String source) {
    return unit == null ? null : new CodeEntry(source, "unit", measure, unit, null);
  }
}
