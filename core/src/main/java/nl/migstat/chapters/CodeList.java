package nl.migstat.chapters;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.migstat.harmonise.DutchLabels;
import nl.migstat.harmonise.MunicipalBoundaries;

/**
 * Where the Dutch labels of one kind of code come from, in order: the code list a Dutch-language
 * input carries for one of {@link #dimensions} (CBS OData dimension sets, StatLine label exports),
 * then a list bundled with the project ({@code codelists/README-labels.md}). A code neither names
 * is shown marked as a code ({@link nl.migstat.model.TableInfo#unlabelled}).
 */
public final class CodeList {
  private final String name;
  private final List<String> dimensions;
  private final BiFunction<String, ChapterInputs, Map<String, String>> bundled;

  private CodeList(
      String name,
      List<String> dimensions,
      BiFunction<String, ChapterInputs, Map<String, String>> bundled) {
    this.name = name;
    this.dimensions = List.copyOf(dimensions);
    this.bundled = bundled;
  }

  /**
   * Codes of the source dimensions {@code dimensions}, labelled by the source where it has labels,
   * else by {@code bundled}.
   */
  public static CodeList of(String name, Map<String, String> bundled, String... dimensions) {
    return new CodeList(name, List.of(dimensions), (source, inputs) -> bundled);
  }

  /**
   * As {@link #of}, with a bundled list that depends on the source the row came from (CBS gives
   * {@code 1012600} the title "Nederlandse achtergrond" in 82809NED and "Nederland" in 85456NED).
   */
  public static CodeList perSource(
      String name, Function<String, Map<String, String>> bundled, String... dimensions) {
    return new CodeList(name, List.of(dimensions), (source, inputs) -> bundled.apply(source));
  }

  /** The project's own category ids of one list of {@code categories.csv}. */
  public static CodeList categories(String list) {
    return of("categories.csv " + list, DutchLabels.categories(list));
  }

  /**
   * CBS municipality codes under their name on the list of the run's reference year, the year the
   * figures are harmonised to (never a source's own name of another year).
   */
  public static CodeList municipalities() {
    return new CodeList(
        "CBS gemeenten",
        List.of(),
        (source, inputs) -> DutchLabels.municipalities(Boundaries.BUNDLED, inputs.referenceYear()));
  }

  /** What the list is called in messages. */
  public String name() {
    return name;
  }

  /** The source dimensions whose own labels come first. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** The bundled labels for codes of {@code source} (null: the table's rows have no source). */
  public Map<String, String> bundled(String source, ChapterInputs inputs) {
    return bundled.apply(source, inputs);
  }

  /**
   * Whether a source's own labels are Dutch: CBS tables are, except its English editions (ids
   * ending in ENG, such as 83781ENG); Eurostat publishes English, French and German only.
   */
  public static boolean isDutch(String source) {
    return source.startsWith("cbs:") && !source.toUpperCase(Locale.ROOT).endsWith("ENG");
  }

  /** The bundled municipality lists, read once when a table first labels a municipality. */
  private static final class Boundaries {
    static final MunicipalBoundaries BUNDLED = MunicipalBoundaries.load();
  }
}
