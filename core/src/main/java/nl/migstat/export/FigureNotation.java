package nl.migstat.export;

import java.util.List;
import nl.migstat.model.Status;

/**
 * How a figure and its status appear in a cell, after CBS's "verklaring van tekens": a missing
 * figure becomes a symbol ({@code .} no figure, {@code x} secret, blank for not applicable), a
 * provisional one keeps its number with {@code *} appended by the number format, and statuses CBS
 * has no symbol for keep their number with Eurostat's flag letter appended.
 *
 * @param number the number to write as a NUMERIC cell, or null when the cell shows {@link #symbol}
 * @param symbol the text shown instead of a number, or null
 * @param suffix what the number format appends to the number ({@code *}, {@code e}), or empty
 */
record FigureNotation(Double number, String symbol, String suffix) {

  /** One line of the legend on the explanation sheet. */
  public record LegendEntry(String symbol, String meaning) {}

  /** The legend in the order CBS prints it, followed by the flag letters this writer adds. */
  public static final List<LegendEntry> LEGEND =
      List.of(
          new LegendEntry(".", "geen cijfer: het gegeven ontbreekt of is (nog) niet beschikbaar"),
          new LegendEntry("x", "geheim: niet gepubliceerd om onthulling te voorkomen"),
          new LegendEntry("(leeg)", "een cijfer kan op logische gronden niet voorkomen"),
          new LegendEntry("-", "nihil; komt in deze tabellen niet voor: een nul staat er als 0"),
          new LegendEntry("*", "voorlopig cijfer"),
          new LegendEntry("**", "nader voorlopig of herzien cijfer (Eurostat: r)"),
          new LegendEntry("e", "geschat cijfer (Eurostat: e)"),
          new LegendEntry("b", "breuk in de tijdreeks (Eurostat: b)"),
          new LegendEntry("u", "geringe betrouwbaarheid (Eurostat: u)"),
          new LegendEntry("d", "definitie wijkt af (Eurostat: d)"));

  /**
   * The notation of a figure with its status.
   *
   * @throws IllegalArgumentException when a number carries a status that says there is none
   *     (confidential, not available, not applicable): the writer never guesses which is wrong
   */
  public static FigureNotation of(Double value, Status status) {
    if (value == null) {
      return new FigureNotation(null, symbolOfMissing(status), "");
    }
    if (value.isNaN() || value.isInfinite()) {
      throw new IllegalArgumentException("not a finite figure: " + value);
    }
    return new FigureNotation(value, null, suffixOf(status));
  }

  /** CBS: {@code x} secret, blank (here an empty text cell) for not applicable, else {@code .}. */
  private static String symbolOfMissing(Status status) {
    if (status == Status.CONFIDENTIAL) {
      return "x";
    }
    if (status == Status.NOT_APPLICABLE) {
      return "";
    }
    return ".";
  }

  private static String suffixOf(Status status) {
    if (status == null) {
      return "";
    }
    switch (status) {
      case PROVISIONAL:
        return "*";
      case REVISED:
        return "**";
      case ESTIMATED:
        return " e";
      case BREAK:
        return " b";
      case LOW_RELIABILITY:
        return " u";
      case DEFINITION_DIFFERS:
        return " d";
      default:
        throw new IllegalArgumentException(
            "a figure with a value cannot have status " + status.code());
    }
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
