package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Equation;
import nl.migstat.disclosure.LinkedTables;
import nl.migstat.disclosure.Origin;
import org.junit.jupiter.api.Test;

/**
 * The sums and figures chapter Migratiestromen declares, on rows as its tables publish them (03742
 * in 2015: 130,509 immigrants = 14,501 in the eight countries shown + 116,008 "overig";
 * migr_resfirst, Belgium 2022: 59,925 first permits = 8,790 + 27,560 + 7,435 + 16,140).
 */
class MigrationCellsTest {
  private static Map<String, Object> row(Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return row;
  }

  private static Map<String, Object> origin(String level, String code, double count) {
    return row("year", 2015, "level", level, "country_code", code, "count", count, "share", 1.0);
  }

  private static Map<String, Object> permit(String reason, double count) {
    return row("year", 2022, "country_code", "BE", "reason", reason, "count", count, "share", 1.0);
  }

  private final RunCells cells =
      new RunCells(
          Map.of(
              "immigration_by_origin",
              List.of(
                  origin("country", "G008633", 14501),
                  origin("other", "other", 116008),
                  origin("total", "total", 130509)),
              "first_permits_by_reason",
              List.of(
                  permit("OCC", 8790),
                  permit("FAM", 27560),
                  permit("EDUC", 7435),
                  permit("OTH", 16140),
                  permit("TOTAL", 59925))));

  @Test
  void declaresEachTotalAsTheSumOfItsPartsWhateverItsCodeIsCalled() {
    new MigrationCells().declare(cells);
    LinkedTables tables = cells.build();

    assertThat(tables.equations())
        .contains(
            new Equation(
                id("immigration_by_origin", "2015|total|total|count"),
                List.of(
                    id("immigration_by_origin", "2015|country|G008633|count"),
                    id("immigration_by_origin", "2015|other|other|count"))),
            new Equation(
                id("first_permits_by_reason", "2022|BE|TOTAL|count"),
                List.of(
                    id("first_permits_by_reason", "2022|BE|OCC|count"),
                    id("first_permits_by_reason", "2022|BE|FAM|count"),
                    id("first_permits_by_reason", "2022|BE|EDUC|count"),
                    id("first_permits_by_reason", "2022|BE|OTH|count"))))
        .hasSize(2);
    assertThat(tables.counts().get(id("immigration_by_origin", "2015|other|other|count")).origin())
        .isEqualTo(Origin.DERIVED);
    assertThat(tables.derived().get(id("first_permits_by_reason", "2022|BE|OCC|share")).base())
        .containsExactly(
            id("first_permits_by_reason", "2022|BE|OCC|count"),
            id("first_permits_by_reason", "2022|BE|TOTAL|count"));
  }

  private static CellId id(String table, String key) {
    return new CellId(table, key);
  }
}
