package nl.migstat.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a code list: the label (and parent) of a code of one dimension of one source.
 *
 * @param source table the code belongs to, e.g. {@code cbs:84910NED}, or {@code migstat} for the
 *     project's bundled lists
 * @param dimension dimension or measure name ({@code Geslacht}, {@code geo}, {@code measure})
 * @param code the trimmed code
 * @param label the publisher's label
 * @param parent parent code in the hierarchy, or null
 */
public record CodeEntry(String source, String dimension, String code, String label, String parent)
    implements Serializable {
  /**
   * The dimension under which a reader records when the publisher last changed a table (OData
   * TableInfos {@code Modified}): the code is the table, the label the date-time.
   */
  public static final String TABLE_MODIFIED = "table_modified";

  public CodeEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(code, "code");
  }

  /** What identifies an entry in a code list: its source, dimension and code (not its label). */
  public String key() {
    return source + '\u0000' + dimension + '\u0000' + code;
  }

  /** One entry per {@link #key}, in the order given: the first label read wins. */
  public static List<CodeEntry> firstOfEach(Collection<CodeEntry> codes) {
    Map<String, CodeEntry> unique = new LinkedHashMap<>();
    for (CodeEntry c : codes) {
      unique.putIfAbsent(c.key(), c);
    }
    return List.copyOf(unique.values());
  }
}
