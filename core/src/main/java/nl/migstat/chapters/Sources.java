package nl.migstat.chapters;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The sources a table reads, in order of preference, declared once: the table picks its inputs by
 * this declaration, and a table whose sources are absent is skipped with the reason it words
 * ({@code input absent: needs cbs:85451NED or cbs:85524NED}).
 */
public final class Sources {
  private final List<String> names;
  private final String wording;
  private final Predicate<Set<String>> enough;

  private Sources(List<String> names, String wording, Predicate<Set<String>> enough) {
    this.names = List.copyOf(names);
    this.wording = wording;
    this.enough = enough;
  }

  /** Any one of these will do, the first present preferred ({@code a or b}). */
  public static Sources anyOf(String... names) {
    return anyOf(Arrays.asList(names));
  }

  /** Any one of these will do, the first present preferred ({@code a or b}). */
  public static Sources anyOf(List<String> names) {
    return new Sources(
        names, String.join(" or ", names), present -> names.stream().anyMatch(present::contains));
  }

  /** Every one of these is needed ({@code a + b + c}). */
  public static Sources allOf(String... names) {
    List<String> all = List.of(names);
    return new Sources(all, String.join(" + ", all), present -> present.containsAll(all));
  }

  /** These, else the others ({@code x or y}). */
  public Sources or(Sources others) {
    return new Sources(concat(others), wording + " or " + others.wording, enough.or(others.enough));
  }

  /** These, the others, or both read together ({@code x and/or y}). */
  public Sources andOr(Sources others) {
    return new Sources(
        concat(others), wording + " and/or " + others.wording, enough.or(others.enough));
  }

  /** These together with the others, both needed ({@code x with y}). */
  public Sources with(Sources others) {
    return new Sources(
        concat(others), wording + " with " + others.wording, enough.and(others.enough));
  }

  /** Whether the inputs hold enough of these sources to build from. */
  public boolean presentIn(ChapterInputs inputs) {
    return enough.test(inputs.sources());
  }

  /** The first of these sources that is present, in order of preference. */
  public Optional<ChapterInputs.Source> first(ChapterInputs inputs) {
    return inputs.first(names.toArray(String[]::new));
  }

  /** Every one of these sources that is present, in order of preference. */
  public List<String> present(ChapterInputs inputs) {
    return names.stream().filter(inputs::has).toList();
  }

  /** The reason a table skipped for want of these sources gives. */
  public String absentReason() {
    return "input absent: needs " + wording;
  }

  @Override
  public String toString() {
    return wording;
  }

  private List<String> concat(Sources others) {
    return Stream.concat(names.stream(), others.names.stream()).toList();
  }
}
