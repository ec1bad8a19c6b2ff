package nl.migstat.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.TestSpark;
import nl.migstat.model.Observation;
import nl.migstat.store.spark.SparkSchemas;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code period_start} and {@code period_end} as the store writes them: the days of each period
 * kind, checked by hand, null without a period, and right in every row group although the period
 * dictionary (whose ids index the days worked out) starts afresh in each.
 */
class PeriodDaysTest {
  /** Period code, first day, last day (null: no days). */
  private static final String[][] PERIODS = {
    {"2019", "2019-01-01", "2019-12-31"},
    {"2019-H2", "2019-07-01", "2019-12-31"},
    {"2020-Q1", "2020-01-01", "2020-03-31"},
    {"2020-02", "2020-02-01", "2020-02-29"}, // a leap year
    {"2018/2019", "2018-08-01", "2019-07-31"}, // CBS schooljaar: 1 August to 31 July
    {"2019-W05", "2019-01-28", "2019-02-03"}, // ISO week 1 of 2019 starts on 31 December 2018
    {"2019-01-15", "2019-01-15", "2019-01-15"},
    {"2020-01-01/2020-01-05", "2020-01-01", "2020-01-05"}, // CBS 2020W101, "(5 dagen)"
    {null, null, null},
    {"not a period", null, null}
  };

  @Test
  void everyRowGetsTheFirstAndLastDayOfItsPeriod(@TempDir Path dir) {
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      // The periods come in another order in each row group of 40 rows (a step of 3 through 10
      // codes), so their dictionary ids differ from group to group.
      String[] p = PERIODS[(i * 3 + i / 40) % PERIODS.length];
      rows.add(
          new Observation(
              "cbs:test",
              "M",
              p[0],
              p[0] == null ? null : "A",
              null,
              new TreeMap<>(Map.of()),
              (double) i,
              null,
              null,
              "t:" + i));
    }
    try (ObservationPartWriter w = new ObservationPartWriter(dir, 0, 10, 40)) {
      rows.forEach(w::write);
    }
    List<Row> read =
        TestSpark.session()
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(dir.toUri().toString())
            .collectAsList();
    assertThat(read).hasSize(230);
    for (Row r : read) {
      int i = (int) r.getDouble(r.fieldIndex("value"));
      String[] p = PERIODS[(i * 3 + i / 40) % PERIODS.length];
      assertThat(day(r, "period_start")).as("row %d, %s", i, p[0]).isEqualTo(date(p[1]));
      assertThat(day(r, "period_end")).as("row %d, %s", i, p[0]).isEqualTo(date(p[2]));
    }
  }

  private static LocalDate day(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : ((java.sql.Date) r.get(i)).toLocalDate();
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
