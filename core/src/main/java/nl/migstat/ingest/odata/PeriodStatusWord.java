package nl.migstat.ingest.odata;

import java.util.Locale;
import java.util.Optional;
import nl.migstat.model.Status;

/**
 * The {@code Status} word of a CBS period code in the OData metadata (v3 {@code Perioden} / {@code
 * Periods} entity set, v4 {@code PeriodenCodes}): {@code Definitief}, {@code Voorlopig}
 * (provisional, MANIFEST A5 {@code 2022JJ00,2022,Provisional figures,Voorlopig}) or {@code Nader
 * voorlopig} (revised provisional: a provisional figure revised once, StatLine's {@code **}, not
 * Eurostat's revised {@code r}). English tables (83781ENG) use the same Dutch words.
 *
 * @param status the status the word stands for, or null for {@code Definitief}
 * @param word the word as written (trimmed), kept as the observation's source flag
 */
public record PeriodStatusWord(Status status, String word) {

  /** The meaning of a word, or empty when CBS does not use it (the caller reports that). */
  public static Optional<PeriodStatusWord> of(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of(new PeriodStatusWord(null, ""));
    }
    String word = raw.trim();
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "definitief" -> Optional.of(new PeriodStatusWord(null, word));
      case "voorlopig" -> Optional.of(new PeriodStatusWord(Status.PROVISIONAL, word));
      case "nader voorlopig" -> Optional.of(new PeriodStatusWord(Status.REVISED_PROVISIONAL, word));
      default -> Optional.empty();
    };
  }
}
