package nl.migstat.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the workbook's figures come from and how new they are: the newest publisher's date of its
 * inputs ("Cijfers van …", never the run's date, so a rerun on the same inputs is the same file)
 * and each source in full for the explanation sheet.
 *
 * @param figuresOf the newest publisher's modification date among the sources, or null if none says
 * @param sources the sources in the order the tables name them
 */
public record Provenance(LocalDate figuresOf, List<Source> sources) {
  /** Nothing known: no date, no sources. */
  public static final Provenance UNKNOWN = new Provenance(null, List.of());

  public Provenance {
    sources = List.copyOf(sources);
  }

  /**
   * One source.
   *
   * @param table publisher and table ({@code CBS, tabel 84809NED})
   * @param title the publisher's title, or null
   * @param modified the publisher's modification date, or null
   * @param url where to find it
   * @param read when it was downloaded (the fetch record), or null
   */
  public record Source(String table, String title, String modified, String url, String read) {}

  /** {@code Cijfers van 28 juni 2024}, or the line that says the date is unknown. */
  public String datedLine() {
    return figuresOf == null
        ? "Cijfers van: publicatiedatum van de bronnen onbekend"
        : "Cijfers van " + PublisherDates.dutch(figuresOf);
  }
}
