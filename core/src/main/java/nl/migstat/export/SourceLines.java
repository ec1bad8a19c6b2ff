package nl.migstat.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.model.CodeEntry;

/**
 * The sources of a table as the workbook prints them, in Dutch: {@code cbs:84809NED} → {@code CBS,
 * tabel 84809NED (gewijzigd op 2024-03-01)} where the input carries its modification date (OData
 * TableInfos, SDMX-CSV LAST UPDATE, or the fetch record), {@code eurostat:tps00191} → {@code
 * Eurostat, tps00191}; and each source in full for the explanation sheet.
 */
public final class SourceLines {
  /** The dimension under which readers record a table's title (OData TableInfos Title). */
  static final String TABLE_TITLE = "table";

  private final Map<String, String> modified;
  private final Map<String, String> titles;
  private final Map<String, Fetched> fetched;

  /**
   * What a fetch record says of a source.
   *
   * @param modified the publisher's date as recorded, or null
   * @param fetchedAt when it was downloaded, or null
   */
  public record Fetched(String modified, String fetchedAt) {}

  private SourceLines(
      Map<String, String> modified, Map<String, String> titles, Map<String, Fetched> fetched) {
    this.modified = Map.copyOf(modified);
    this.titles = Map.copyOf(titles);
    this.fetched = Map.copyOf(fetched);
  }

  /** With the modification dates and titles that the run's code lists carry (the first each). */
  public static SourceLines of(List<CodeEntry> codes) {
    return of(codes, Map.of());
  }

  /** Also with the fetch records of the raw folder, by source. */
  public static SourceLines of(List<CodeEntry> codes, Map<String, Fetched> fetched) {
    Map<String, String> modified = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (CodeEntry c : codes) {
      if (c.label() == null) {
        continue;
      }
      if (c.dimension().equals(CodeEntry.TABLE_MODIFIED)) {
        modified.putIfAbsent(c.source(), c.label());
      } else if (c.dimension().equals(TABLE_TITLE)) {
        titles.putIfAbsent(c.source(), c.label());
      }
    }
    fetched.forEach(
        (source, f) -> {
          if (f.modified() != null) {
            modified.putIfAbsent(source, f.modified());
          }
        });
    return new SourceLines(modified, titles, fetched);
  }

  /** The lines of these sources, in their order. */
  public List<String> lines(List<String> sources) {
    return sources.stream().map(this::line).toList();
  }

  private String line(String source) {
    Optional<LocalDate> date = PublisherDates.day(modified.get(source));
    return date.isEmpty()
        ? publisherAndTable(source)
        : publisherAndTable(source) + " (gewijzigd op " + date.get() + ")";
  }

  private static String publisherAndTable(String source) {
    return source.startsWith("cbs:")
        ? "CBS, tabel " + source.substring(4)
        : source.startsWith("eurostat:") ? "Eurostat, " + source.substring(9) : source;
  }

  /** What the workbook says of its sources and their date, for the sources it shows. */
  public Provenance provenance(List<String> sources) {
    LocalDate newest = null;
    List<Provenance.Source> details = new java.util.ArrayList<>();
    for (String s : new LinkedHashSet<>(sources)) {
      Optional<LocalDate> day = PublisherDates.day(modified.get(s));
      if (day.isPresent() && (newest == null || day.get().isAfter(newest))) {
        newest = day.get();
      }
      Fetched f = fetched.get(s);
      details.add(
          new Provenance.Source(
              publisherAndTable(s),
              titles.get(s),
              day.map(LocalDate::toString).orElse(null),
              url(s),
              f == null
                  ? null
                  : PublisherDates.day(f.fetchedAt()).map(LocalDate::toString).orElse(null)));
    }
    return new Provenance(newest, details);
  }

  /** Where a reader finds the table: StatLine or the Eurostat data browser. */
  static String url(String source) {
    if (source.startsWith("cbs:")) {
      return "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/" + source.substring(4);
    }
    if (source.startsWith("eurostat:")) {
      return "https://ec.europa.eu/eurostat/databrowser/view/"
          + source.substring(9)
          + "/default/table";
    }
    return null;
  }
}
