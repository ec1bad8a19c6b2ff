package nl.migstat.ingest.sdmx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.migstat.ingest.eurostat.EurostatCell;
import nl.migstat.ingest.eurostat.EurostatKeys;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.Observation;
import nl.migstat.model.Period;

/**
 * Builds the observation of one long-format Eurostat row (SDMX-CSV, MANIFEST B3/B4; Data Explorer
 * CSV, B5; a JSON-stat cell) from its dimension codes, time and decoded cell, mapping ids the way
 * {@link EurostatKeys} does for every Eurostat format: {@code geo} is the region, {@code unit}
 * (else an indicator) the measure, {@code freq} must agree with the period, the rest go to {@code
 * dims}.
 */
public final class EurostatRow {
  /** Eurostat {@code freq} codes and the period frequency they mean ({@code S} is a half year). */
  private static final Map<String, String> FREQUENCY =
      Map.of("A", "A", "S", "H", "H", "H", "Q", "Q", "M", "M", "W", "W", "D", "D");

  private final String source;
  private final String measureId;

  /**
   * @param dimensionIds the ids of the dimension columns, time excluded
   */
  public EurostatRow(String source, List<String> dimensionIds) {
    this.source = source;
    this.measureId =
        EurostatKeys.measureDimension(dimensionIds).map(EurostatKeys::normalise).orElse(null);
  }

  /** An observation, or why the row cannot be one. */
  public record Built(Observation observation, String reason) {
    static Built rejected(String reason) {
      return new Built(null, reason);
    }

    public boolean ok() {
      return observation != null;
    }
  }

  /**
   * @param codes dimension id (normalised) to code, time excluded, in column order
   * @param time the period as written ({@code 2013}, {@code 2010-Q1}, {@code 2001Q1})
   */
  public Built build(Map<String, String> codes, String time, EurostatCell cell, String origin) {
    if (cell.isError()) {
      return Built.rejected("value: " + cell.error());
    }
    Optional<Period> parsed = Period.fromEurostat(time);
    if (parsed.isEmpty()) {
      return Built.rejected("time: " + Excerpt.quoted(time.strip()) + " is not a Eurostat period");
    }
    Period period = parsed.get();
    String measure = EurostatKeys.DEFAULT_MEASURE;
    String region = null;
    TreeMap<String, String> dims = new TreeMap<>();
    for (Map.Entry<String, String> e : codes.entrySet()) {
      String id = e.getKey();
      String code = e.getValue();
      if (EurostatKeys.isFreq(id)) {
        String frequency = FREQUENCY.get(code);
        if (frequency == null || !frequency.equals(period.frequency())) {
          return Built.rejected(
              "freq "
                  + Excerpt.quoted(code)
                  + " does not match period "
                  + Excerpt.quoted(time.strip()));
        }
      } else if (EurostatKeys.isGeo(id)) {
        region = code;
      } else if (id.equals(measureId)) {
        measure = code;
      } else {
        dims.put(id, code);
      }
    }
    return new Built(
        new Observation(
            source,
            measure,
            period.code(),
            period.frequency(),
            region,
            dims,
            cell.value(),
            cell.status(),
            cell.states(),
            cell.flag(),
            origin),
        null);
  }

  /** The codes of a row's dimension cells (by normalised id), or why one cell has none. */
  record Decoded(Map<String, String> codes, String error) {}

  /** Decodes every dimension cell of a row, handing the labels it carries to the code list. */
  static Decoded decode(
      List<DimensionColumn> columns,
      CsvRecord row,
      EurostatCodeList codeList,
      CodeEntries entries) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (DimensionColumn column : columns) {
      DimensionColumn.Coded coded = column.decode(row, codeList);
      if (!coded.ok()) {
        return new Decoded(null, coded.error());
      }
      entries.add(column.name(), coded.code(), coded.label());
      codes.put(column.name(), coded.code());
    }
    return new Decoded(codes, null);
  }
}
