package nl.migstat.chapters.arbeidsmarkt;

import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.migstat.harmonise.BundledList;
import org.apache.spark.sql.Column;

/**
 * The bundled bridge between CBS's migratieachtergrond groups (until 2021), its herkomst groups
 * (from 2022) and Eurostat's country of birth: which group continues as which, and whether that is
 * one-to-one ({@code same}), joined with a small shift ({@code minor-break}) or a break in the
 * series where countries change side ({@code break}).
 */
public final class BackgroundBridge {
  /** The first year CBS labour tables use the herkomst classification. */
  public static final int CHANGE_YEAR = 2022;

  public static final String OLD = "cbs-migratieachtergrond";
  public static final String NEW = "cbs-herkomstland";
  public static final String BIRTH = "cbs-geboorteland";
  public static final String EUROSTAT = "eurostat-c_birth";

  /** The Dutch-background code in both CBS classifications, the reference of every gap. */
  public static final String DUTCH = "1012600";

  /** Relation: one-to-one across the change. */
  public static final String SAME = "same";

  /**
   * Relation: joined, but a small group changes side (people born abroad to two Dutch-born parents
   * count by their own country of birth from 2022).
   */
  public static final String MINOR_BREAK = "minor-break";

  /** Relation: countries move between the groups (Indonesia, Japan, North America, Oceania). */
  public static final String BREAK = "break";

  /** Relation: no counterpart in the other classification. */
  public static final String NONE = "none";

  private static final List<String> RELATIONS = List.of(SAME, MINOR_BREAK, BREAK, NONE);

  private static final String FILE = "background-bridge.csv";

  private final List<Group> groups;

  /**
   * One group of one classification.
   *
   * @param scheme the classification ({@link #OLD}, {@link #NEW}, {@link #BIRTH}, {@link
   *     #EUROSTAT})
   * @param code the publisher's code
   * @param label the publisher's label
   * @param series the long series the group belongs to
   * @param relation {@code same}, {@code break} or {@code none}
   * @param counterpart {@code scheme:code} of the group it is compared with, or empty
   * @param parent the code of the group of the same scheme this one is part of, or empty
   */
  public record Group(
      String scheme,
      String code,
      String label,
      String series,
      String relation,
      String counterpart,
      String parent) {
    /** Whether the series continues across the classification change (perhaps with a break). */
    public boolean joinsAcrossChange() {
      return relation.equals(SAME) || relation.equals(MINOR_BREAK);
    }

    /** Whether the series carries a break in the first year of the new classification. */
    public boolean breaksAtChange() {
      return relation.equals(BREAK) || relation.equals(MINOR_BREAK);
    }
  }

  private BackgroundBridge(List<Group> groups) {
    this.groups = groups;
  }

  /** The bridge bundled under {@code codelists/background-bridge.csv}. */
  public static BackgroundBridge bundled() {
    return of(BundledList.load(FILE).rows());
  }

  static BackgroundBridge of(List<Map<String, String>> rows) {
    List<Group> groups =
        rows.stream()
            .map(
                r ->
                    new Group(
                        r.get("scheme"),
                        r.get("code"),
                        r.get("label"),
                        r.get("series"),
                        r.get("relation"),
                        r.get("counterpart"),
                        r.getOrDefault("parent", "")))
            .toList();
    BackgroundBridge bridge = new BackgroundBridge(groups);
    for (Group g : groups) {
      if (!RELATIONS.contains(g.relation())) {
        throw new IllegalStateException(
            FILE + ": unknown relation '" + g.relation() + "' for " + g.scheme() + ":" + g.code());
      }
      if (!g.parent().isEmpty() && bridge.find(g.scheme(), g.parent()).isEmpty()) {
        throw new IllegalStateException(
            FILE + ": parent '" + g.parent() + "' of " + g.scheme() + ":" + g.code() + " unknown");
      }
    }
    return bridge;
  }

  public List<Group> groups() {
    return groups;
  }

  /** The group of a code in a classification. */
  public Optional<Group> find(String scheme, String code) {
    return groups.stream()
        .filter(g -> g.scheme().equals(scheme) && g.code().equals(code))
        .findFirst();
  }

  /** The group a group is compared with in the other classification. */
  public Optional<Group> counterpart(Group group) {
    if (group.counterpart().isEmpty()) {
      return Optional.empty();
    }
    String[] sc = group.counterpart().split(":", 2);
    return find(sc[0], sc[1]);
  }

  /** The group a group is part of within its own classification. */
  public Optional<Group> parent(Group group) {
    return group.parent().isEmpty() ? Optional.empty() : find(group.scheme(), group.parent());
  }

  /** A Spark column giving the label of a group, by its scheme and code columns. */
  public Column label(Column scheme, Column code) {
    return lookup(scheme, code, Group::label);
  }

  /** A Spark column giving the series of a group. */
  public Column series(Column scheme, Column code) {
    return lookup(scheme, code, Group::series);
  }

  /** A Spark column giving the relation of a group across the change. */
  public Column relation(Column scheme, Column code) {
    return lookup(scheme, code, Group::relation);
  }

  /** One flat map lookup keyed {@code scheme:code} (a CASE chain would swamp Spark's codegen). */
  private Column lookup(Column scheme, Column code, Function<Group, String> field) {
    List<Column> kv = new ArrayList<>();
    for (Group g : groups) {
      kv.add(lit(g.scheme() + ":" + g.code()));
      kv.add(lit(field.apply(g)));
    }
    return element_at(map(kv.toArray(Column[]::new)), concat_ws(":", scheme, code));
  }
}
