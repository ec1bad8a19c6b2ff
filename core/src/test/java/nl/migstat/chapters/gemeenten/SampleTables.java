package nl.migstat.chapters.gemeenten;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Row;

/**
 * Every table of the chapter on {@code data-samples/gemeenten/} as the sample job reads it
 * (reference year 2021), built once per test JVM and shared by the test classes that check cells
 * (public for the job's disclosure tests, which protect these tables).
 */
public final class SampleTables {
  static final Path DIR = SharedData.samples().resolve("gemeenten");
  private static Map<String, List<Row>> tables;

  private SampleTables() {}

  /** The sample inputs through the real readers, as {@code jobs/samples.yaml} lists them. */
  static ChapterInputs inputs() {
    return new ChapterRun()
        .read(
            DIR.resolve("84910NED_bevolking_migratieachtergrond_2018_2019.csv"),
            "cbs:84910NED",
            null)
        .read(
            DIR.resolve("84910NED_bevolking_migratieachtergrond_2020_haaren.csv"),
            "cbs:84910NED",
            null)
        .read(DIR.resolve("84583NED_kwb_2019_vaals_amstelveen.csv"), "cbs:84583NED", "2019")
        .read(DIR.resolve("84799NED_kwb_2020_haaren"), "cbs:84799NED", "2020")
        .read(DIR.resolve("85458NED_herkomst_2022_2023"), "cbs:85458NED", null)
        .inputs(2023, 2021);
  }

  /** The chapter's tables by name, in report order of {@link Gemeenten#tables()}. */
  public static Map<String, List<Row>> built() {
    return tables();
  }

  private static synchronized Map<String, List<Row>> tables() {
    if (tables == null) {
      Map<String, List<Row>> built = new HashMap<>();
      for (PreparedTable prepared : new Gemeenten().prepared(inputs(), info -> true)) {
        TableInfo info = prepared.info();
        ChapterTable table = prepared.build();
        assertThat(table.skipReason()).as(info.name()).isNull();
        assertThat(table.rows().columns()).containsExactlyElementsOf(info.outputColumns());
        built.put(info.name(), table.rows().collectAsList());
      }
      tables = built;
    }
    return tables;
  }

  /** The first row of {@code table} whose columns have these values ({@code name, value, …}). */
  static Row row(String table, Object... keyValues) {
    return tables().get(table).stream()
        .filter(
            r -> {
              for (int i = 0; i < keyValues.length; i += 2) {
                if (!keyValues[i + 1].equals(r.getAs((String) keyValues[i]))) {
                  return false;
                }
              }
              return true;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + List.of(keyValues)));
  }

  /** A cell of {@code population_by_background_municipality}. */
  static Row population(String municipality, int year, String group) {
    return row(
        "population_by_background_municipality",
        "municipality_code",
        municipality,
        "year",
        year,
        "background_group",
        group);
  }
}
