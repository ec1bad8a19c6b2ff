package nl.migstat.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.migstat.disclosure.AppliesTo;
import nl.migstat.disclosure.DisclosureRules;

/**
 * The run's disclosure rule in words: in the job file's terms for messages, and in Dutch for the
 * explanation sheet of the workbook, where a report author reads what {@code x} means here.
 */
final class RuleWords {
  private RuleWords() {}

  /** The rule as a job file states it: {@code threshold 10, round_to 5, …}. */
  static String keys(DisclosureRules rules) {
    return String.format(
        Locale.ROOT,
        "threshold %d, round_to %d, protection %s, applies_to %s",
        rules.threshold(),
        rules.roundTo(),
        rules.protection(),
        rules.appliesTo().key());
  }

  /** The rule for the explanation sheet, one line each. */
  static List<String> dutch(DisclosureRules rules) {
    List<String> lines = new ArrayList<>();
    String covered =
        rules.appliesTo() == AppliesTo.ALL
            ? ", ook als de bron het zo publiceert."
            : " als migstat het zelf afleidt (een som over gemeenten of buurten, een schatting voor"
                + " een gesplitste gemeente); aantallen die de bron publiceert, staan zoals de bron"
                + " ze publiceert.";
    lines.add(
        rules.threshold() > 1
            ? "Een aantal van 1 tot en met "
                + (rules.threshold() - 1)
                + " personen is geheim (x)"
                + covered
            : "Geen aantal is geheim door een eigen drempel (drempel 1).");
    lines.add(
        "Aandelen, indexcijfers en veranderingen over een geheim aantal zijn ook geheim (x).");
    lines.add(
        "Waar een geheim aantal anders terug te rekenen zou zijn (een totaal min de andere delen,"
            + " ook via een andere tabel van deze publicatie), zijn ook andere cellen geheim (x).");
    lines.add(
        "Gecontroleerd met lineaire programmering: geen geheim aantal is uit alle gepubliceerde"
            + " cellen samen nauwkeuriger af te leiden dan tot op ±"
            + percent(rules.protection())
            + " % van zijn waarde, en ten minste 1 persoon.");
    if (rules.roundTo() > 1) {
      lines.add(
          "Aantallen die migstat zelf afleidt, zijn afgerond op "
              + rules.roundTo()
              + "; een afgerond totaal kan daardoor afwijken van de som van de afgeronde delen"
              + " (voetnoot bij de tabel).");
    }
    lines.add("Een cel die de bron geheim publiceert, blijft geheim (x).");
    return lines;
  }

  private static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f", p)
        : String.format(Locale.ROOT, "%s", p).replace('.', ',');
  }
}
