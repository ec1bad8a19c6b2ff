package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.InlineRows.series;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MigrationBalanceTest {
  private static List<Row> build() {
    return MigrationBalance.build(
            series("2019=269064", "2020=220853", "2021=252451 provisional", "2022=403108"),
            series("2019=161944", "2020=152339", "2021=170031", "2022= not_available"),
            series("2019=17282163", "2020=17407585", "2021=17475415"))
        .collectAsList();
  }

  @Test
  void derivesNetMigrationPerThousandInhabitants() {
    Row y2019 = build().get(0);
    assertThat(y2019.<Integer>getAs("year")).isEqualTo(2019);
    assertThat(y2019.<Double>getAs("net_migration")).isEqualTo(107120.0);
    assertThat(y2019.<Double>getAs("net_migration_per_1000"))
        .isCloseTo(107120.0 * 1000 / 17282163, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(y2019.<String>getAs("net_migration_status")).isNull();
  }

  @Test
  void aBalanceOverAProvisionalFlowIsProvisional() {
    Row y2021 = build().get(2);
    assertThat(y2021.<Double>getAs("net_migration")).isEqualTo(82420.0);
    assertThat(y2021.<String>getAs("net_migration_status")).isEqualTo("provisional");
    assertThat(y2021.<String>getAs("net_migration_per_1000_status")).isEqualTo("provisional");
  }

  @Test
  void aBalanceOverAMissingFlowIsMissingNotSmaller() {
    Row y2022 = build().get(3);
    assertThat(y2022.<Double>getAs("immigration")).isEqualTo(403108.0);
    assertThat(y2022.<Double>getAs("net_migration")).isNull();
    assertThat(y2022.<String>getAs("net_migration_status")).isEqualTo("not_available");
    assertThat(y2022.<Double>getAs("population")).isNull();
    assertThat(y2022.<String>getAs("population_status")).isEqualTo("not_available");
    assertThat(y2022.<String>getAs("net_migration_per_1000_status")).isEqualTo("not_available");
  }
}
