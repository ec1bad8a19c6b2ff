package nl.migstat.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.CodeEntry;

/**
 * The sources of a table as the workbook prints them, in Dutch: {@code cbs:84809NED} → {@code CBS,
 * tabel 84809NED (gewijzigd op 2024-03-01)} where the input carries its modification date (OData
 * TableInfos), {@code eurostat:tps00191} → {@code Eurostat, tps00191}.
 */
public final class SourceLines {
  private final Map<String, String> modified;

  private SourceLines(Map<String, String> modified) {
    this.modified = Map.copyOf(modified);
  }

  /** With the modification dates that the run's code lists carry (the first per source). */
  public static SourceLines of(List<CodeEntry> codes) {
    Map<String, String> modified = new HashMap<>();
    codes.stream()
        .filter(c -> c.dimension().equals(CodeEntry.TABLE_MODIFIED) && c.label() != null)
        .forEach(c -> modified.putIfAbsent(c.source(), c.label()));
    return new SourceLines(modified);
  }

  /** The lines of these sources, in their order. */
  public List<String> lines(List<String> sources) {
    return sources.stream().map(this::line).toList();
  }

  private String line(String source) {
    String line =
        source.startsWith("cbs:")
            ? "CBS, tabel " + source.substring(4)
            : source.startsWith("eurostat:") ? "Eurostat, " + source.substring(9) : source;
    String date = modified.get(source);
    return date == null
        ? line
        : line + " (gewijzigd op " + date.substring(0, Math.min(10, date.length())) + ")";
  }
}
