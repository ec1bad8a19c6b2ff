package nl.migstat.chapters.gemeenten;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Row;

/**
 * Which measures of a municipal source are counts of persons: the only figures that may be summed
 * over merged municipalities or divided over a split one ({@link ReferenceBoundaries#map}).
 * Declared per source as CBS topic key stems, and read from the export's own metadata where it has
 * it (the measure's unit in OData {@code DataProperties}/{@code MeasureCodes}: {@code aantal} is a
 * count, {@code %} or {@code per 1 000 inwoners} is not), the metadata winning over the
 * declaration.
 */
public final class CountMeasures {
  /**
   * The counts each municipal source is declared to have (CBS table descriptions: 84910NED
   * "Bevolking op 1 januari", aantal; 85458NED "Bevolking", aantal; Kerncijfers wijken en buurten
   * 2017-2021 "Aantal inwoners" and the migration-background topics, aantal).
   */
  static final Map<String, Set<String>> DECLARED = declared();

  private final Set<String> stems;
  private final Map<String, Boolean> byUnit;

  private CountMeasures(Set<String> stems, Map<String, Boolean> byUnit) {
    this.stems = Set.copyOf(stems);
    this.byUnit = Map.copyOf(byUnit);
  }

  /** Measures whose key stem is one of these are counts (no metadata). */
  public static CountMeasures declared(String... stems) {
    return new CountMeasures(Set.of(stems), Map.of());
  }

  /** The declaration for {@code source}, overruled by the units its export states. */
  public static CountMeasures of(String source, ChapterInputs inputs) {
    Map<String, Boolean> byUnit = new HashMap<>();
    List<Row> units =
        inputs.codes(source, "unit").select(col("code"), col("label")).collectAsList();
    for (Row u : units) {
      if (u.getString(0) != null && u.getString(1) != null) {
        byUnit.put(u.getString(0), isCountUnit(u.getString(1)));
      }
    }
    return new CountMeasures(DECLARED.getOrDefault(source, Set.of()), byUnit);
  }

  /** Whether the measure with this key is a count. */
  public boolean isCount(String measureKey) {
    Boolean stated = byUnit.get(measureKey);
    return stated != null ? stated : stems.contains(measureKey.replaceAll("_\\d+$", ""));
  }

  /** CBS writes {@code aantal}, or {@code x 1 000} for counts in thousands. */
  static boolean isCountUnit(String unit) {
    String u = unit.trim().toLowerCase(Locale.ROOT);
    return u.equals("aantal") || u.startsWith("x 1");
  }

  private static Map<String, Set<String>> declared() {
    Map<String, Set<String>> d = new HashMap<>();
    for (String source : MunicipalCounts.MIGRATIEACHTERGROND) {
      d.put(source, Set.of("BevolkingOp1Januari"));
    }
    for (String source : MunicipalCounts.HERKOMST) {
      d.put(source, Set.of("Bevolking", "BevolkingOp1Januari"));
    }
    for (String source : MunicipalCounts.KERNCIJFERS) {
      d.put(source, BackgroundGroups.KWB_TOPICS.keySet());
    }
    return Map.copyOf(d);
  }
}
