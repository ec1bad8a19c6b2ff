package nl.migstat.export;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.flag;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.TableInfo;

/**
 * A small report with every kind of column, every status, formula-looking text, a sheet name that
 * Excel would refuse, a duplicate name and a skipped table; also a {@code main} that writes it, so
 * a second JVM can produce the same file.
 */
public final class ReportFixture {
  static final Instant FIXED_TIME = Instant.parse("2025-01-31T12:00:00Z");
  static final String CBS_SOURCE = "CBS, tabel 84809NED (gewijzigd op 2024-03-01)";
  static final String EUROSTAT_SOURCE = "Eurostat tps00191";

  static final TableInfo ASYLUM =
      new TableInfo(
          "asylum_first_applications_by_citizenship:top/10",
          "Eerste asielaanvragen naar nationaliteit",
          "aantal personen",
          List.of("Alleen eerste aanvragen; afgerond op 5."),
          List.of(
              text("citizenship", "Nationaliteit"),
              flag("eu", "EU-land"),
              integer("rank", "Rang"),
              figure("applicants", "Eerste aanvragen", 0)));

  static final TableInfo DECISIONS =
      new TableInfo(
          "asylum_decisions",
          "Beslissingen op asielaanvragen",
          "aantal beslissingen",
          List.of(),
          List.of(integer("year", "Jaar"), figure("decisions", "Beslissingen", 0)));

  static final TableInfo BALANCE =
      new TableInfo(
          "migration_balance",
          "Immigratie, emigratie en migratiesaldo",
          "aantal personen; saldo per 1 000 inwoners",
          List.of(
              "Emigratie inclusief administratieve correcties.",
              "Migratiesaldo = immigratie − emigratie."),
          List.of(
              integer("year", "Jaar"),
              figure("immigration", "Immigratie", 0),
              figure("emigration", "Emigratie", 0),
              figure("net_migration", "Migratiesaldo", 0),
              figure("population", "Bevolking op 1 januari", 0),
              figure("net_migration_per_1000", "Migratiesaldo per 1 000 inwoners", 1)));

  /** Same name as the balance table apart from case: Excel would call it a duplicate. */
  static final TableInfo BALANCE_AGAIN =
      new TableInfo(
          "Migration_Balance",
          "Migratiesaldo (herhaald)",
          "aantal personen",
          List.of(),
          List.of(integer("year", "Jaar"), figure("net_migration", "Migratiesaldo", 0)));

  private ReportFixture() {}

  static List<ChapterSection> chapters() {
    WorkbookTable balance =
        WorkbookTable.built(
            BALANCE,
            List.of(
                row(
                    "year",
                    2019,
                    "immigration",
                    269064.0,
                    "immigration_status",
                    null,
                    "emigration",
                    161944.0,
                    "emigration_status",
                    null,
                    "net_migration",
                    107120.0,
                    "net_migration_status",
                    null,
                    "population",
                    17282163.0,
                    "population_status",
                    null,
                    "net_migration_per_1000",
                    6.198,
                    "net_migration_per_1000_status",
                    null),
                row(
                    "year",
                    2021,
                    "immigration",
                    252451.0,
                    "immigration_status",
                    "provisional",
                    "emigration",
                    170031.0,
                    "emigration_status",
                    null,
                    "net_migration",
                    82420.0,
                    "net_migration_status",
                    "provisional",
                    "population",
                    17475415.0,
                    "population_status",
                    null,
                    "net_migration_per_1000",
                    4.716,
                    "net_migration_per_1000_status",
                    "provisional"),
                row(
                    "year",
                    2022,
                    "immigration",
                    403108.0,
                    "immigration_status",
                    "revised_provisional",
                    "emigration",
                    null,
                    "emigration_status",
                    "not_available",
                    "net_migration",
                    null,
                    "net_migration_status",
                    "not_available",
                    "population",
                    null,
                    "population_status",
                    null,
                    "net_migration_per_1000",
                    null,
                    "net_migration_per_1000_status",
                    "not_available"),
                row(
                    "year",
                    2023,
                    "immigration",
                    100000.0,
                    "immigration_status",
                    "estimated",
                    "emigration",
                    120000.0,
                    "emigration_status",
                    "break",
                    "emigration_states",
                    "break,provisional,estimated",
                    "net_migration",
                    -20000.0,
                    "net_migration_status",
                    "low_reliability",
                    "population",
                    17811291.0,
                    "population_status",
                    "definition_differs",
                    "population_states",
                    "definition_differs,revised_provisional",
                    "net_migration_per_1000",
                    -1.123,
                    "net_migration_per_1000_status",
                    "low_reliability")),
            List.of(CBS_SOURCE, EUROSTAT_SOURCE),
            SheetLayout.listing("Migratiesaldo"));
    WorkbookTable asylum =
        WorkbookTable.built(
            ASYLUM,
            List.of(
                row(
                    "citizenship",
                    "Syrië",
                    "eu",
                    false,
                    "rank",
                    1,
                    "applicants",
                    14365.0,
                    "applicants_status",
                    null),
                row(
                    "citizenship",
                    "=SUM(A1)",
                    "eu",
                    true,
                    "rank",
                    2,
                    "applicants",
                    null,
                    "applicants_status",
                    "confidential"),
                row(
                    "citizenship",
                    "+31 6 12345678",
                    "eu",
                    null,
                    "rank",
                    3L,
                    "applicants",
                    null,
                    "applicants_status",
                    "not_applicable"),
                row(
                    "citizenship",
                    "-x",
                    "eu",
                    false,
                    "rank",
                    4,
                    "applicants",
                    0.0,
                    "applicants_status",
                    null),
                row(
                    "citizenship",
                    "@cmd",
                    "eu",
                    false,
                    "rank",
                    5,
                    "applicants",
                    -5.0,
                    "applicants_status",
                    null),
                row(
                    "citizenship",
                    "\tTab",
                    "eu",
                    false,
                    "rank",
                    6,
                    "applicants",
                    null,
                    "applicants_status",
                    null)),
            List.of(EUROSTAT_SOURCE),
            SheetLayout.listing("Eerste asielaanvragen"));
    WorkbookTable again =
        WorkbookTable.built(
            BALANCE_AGAIN,
            List.of(row("year", 2019, "net_migration", 107120.0, "net_migration_status", null)),
            List.of(CBS_SOURCE));
    return List.of(
        new ChapterSection(
            "Migratiestromen",
            List.of(
                balance,
                asylum,
                WorkbookTable.skipped(
                    DECISIONS, "Eurostat migr_asydcfsta ontbreekt in de invoer"))),
        new ChapterSection("Herhaling", List.of(again)));
  }

  /** A row from alternating column names and values (nulls allowed). */
  static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  static void write(Path target) throws java.io.IOException {
    WorkbookWriter.write(target, "Staat van de migratie", 2024, chapters(), FIXED_TIME);
  }

  /** Writes the fixture report to {@code args[0]} (run by the cross-JVM reproducibility test). */
  public static void main(String[] args) throws java.io.IOException {
    write(Path.of(args[0]));
  }
}
