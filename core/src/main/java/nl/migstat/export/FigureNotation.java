package nl.migstat.export;

import java.util.List;
import java.util.Map;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * How a figure and its states appear in a cell, after CBS's "verklaring van tekens": a missing
 * figure becomes a symbol ({@code .} no figure, {@code x} secret, blank for not applicable), a
 * provisional one keeps its number with {@code *} appended by the number format ({@code **} for
 * nader voorlopig), and states CBS has no symbol for keep their number with Eurostat's flag letters
 * appended, together as Eurostat writes them ({@code 68,750* be}: provisional, break, estimated).
 *
 * @param number the number to write as a NUMERIC cell, or null when the cell shows {@link #symbol}
 * @param symbol the text shown instead of a number, or null
 * @param suffix what the number format appends to the number ({@code *}, {@code * be}), or empty
 */
record FigureNotation(Double number, String symbol, String suffix) {

  /** One line of the legend on the explanation sheet. */
  public record LegendEntry(String symbol, String meaning) {}

  /**
   * The legend in the order CBS prints it, followed by the flag letters this writer adds in the
   * order it writes them, and how they combine.
   */
  public static final List<LegendEntry> LEGEND =
      List.of(
          new LegendEntry(".", "geen cijfer: het gegeven ontbreekt of is (nog) niet beschikbaar"),
          new LegendEntry("x", "geheim: niet gepubliceerd om onthulling te voorkomen"),
          new LegendEntry("(leeg)", "een cijfer kan op logische gronden niet voorkomen"),
          new LegendEntry("-", "nihil; komt in deze tabellen niet voor: een nul staat er als 0"),
          new LegendEntry("*", "voorlopig cijfer (Eurostat: p)"),
          new LegendEntry("**", "nader voorlopig cijfer"),
          new LegendEntry("b", "breuk in de tijdreeks (Eurostat: b)"),
          new LegendEntry("d", "definitie wijkt af (Eurostat: d)"),
          new LegendEntry("e", "geschat cijfer (Eurostat: e)"),
          new LegendEntry("r", "herzien cijfer (Eurostat: r)"),
          new LegendEntry("u", "geringe betrouwbaarheid (Eurostat: u)"),
          new LegendEntry(
              "12* be",
              "tekens samen: elk geldt, hier voorlopig, breuk in de tijdreeks en geschat; een"
                  + " cijfer over voorlopige en nader voorlopige delen is voorlopig (*)"));

  /**
   * Eurostat's letters for the states CBS has no symbol for, in the order Eurostat writes combined
   * flags (alphabetical: {@code bep}).
   */
  private static final List<Map.Entry<Status, Character>> LETTERS =
      List.of(
          Map.entry(Status.BREAK, 'b'),
          Map.entry(Status.DEFINITION_DIFFERS, 'd'),
          Map.entry(Status.ESTIMATED, 'e'),
          Map.entry(Status.REVISED, 'r'),
          Map.entry(Status.LOW_RELIABILITY, 'u'));

  /** The notation of a figure with one status at most. */
  public static FigureNotation of(Double value, Status status) {
    return of(value, StatusSet.of(status));
  }

  /**
   * The notation of a figure with all its states.
   *
   * @throws IllegalArgumentException when a number carries a state that says there is none
   *     (confidential, not available, not applicable): the writer never guesses which is wrong
   */
  public static FigureNotation of(Double value, StatusSet states) {
    if (value == null) {
      return new FigureNotation(null, symbolOfMissing(states.strongest()), "");
    }
    if (value.isNaN() || value.isInfinite()) {
      throw new IllegalArgumentException("not a finite figure: " + value);
    }
    return new FigureNotation(value, null, suffixOf(states));
  }

  /**
   * CBS: {@code x} secret, blank (here an empty text cell) for not applicable, else {@code .}; the
   * other states of a missing figure describe a number that is not there, so only the reason shows.
   */
  private static String symbolOfMissing(Status status) {
    if (status == Status.CONFIDENTIAL) {
      return "x";
    }
    if (status == Status.NOT_APPLICABLE) {
      return "";
    }
    return ".";
  }

  /**
   * {@code *} or {@code **} right after the number as CBS writes it, then the letters. A figure
   * over provisional and nader voorlopig parts is provisional as a whole: one {@code *}.
   */
  private static String suffixOf(StatusSet states) {
    StringBuilder stars = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    for (Status s : states.statuses()) {
      if (s.meansNoFigure()) {
        throw new IllegalArgumentException("a figure with a value cannot have status " + s.code());
      }
    }
    if (states.contains(Status.PROVISIONAL)) {
      stars.append('*');
    } else if (states.contains(Status.REVISED_PROVISIONAL)) {
      stars.append("**");
    }
    for (Map.Entry<Status, Character> e : LETTERS) {
      if (states.contains(e.getKey())) {
        letters.append(e.getValue().charValue());
      }
    }
    return letters.length() == 0 ? stars.toString() : stars + " " + letters;
  }

  /** The Excel number format of a figure with {@code decimals} and this notation's suffix. */
  public String numberFormat(int decimals) {
    StringBuilder f = new StringBuilder("#,##0");
    if (decimals > 0) {
      f.append('.').append("0".repeat(decimals));
    }
    if (!suffix.isEmpty()) {
      // Quoted: an unquoted * in an Excel format repeats the next character.
      f.append('"').append(suffix).append('"');
    }
    return f.toString();
  }
}
