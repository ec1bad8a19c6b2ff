package nl.migstat.export;

import static nl.migstat.export.ReportFixture.row;
import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.migratiestromen.MigrationBalance;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import nl.migstat.model.SheetLayout.Sheet;
import nl.migstat.model.TableInfo;

/**
 * A report laid out as the report prints it: the migration balance (figures down, a long series on
 * its own sheet), immigration by motive with label columns beside the codes (a block per origin,
 * totals, bars), and asylum requests as ranked top blocks whose labels include formula-looking
 * texts and an unlabelled code; with the sources' dates, so the workbook says "Cijfers van".
 */
final class LayoutFixture {
  static final Instant FIXED_TIME = Instant.parse("2023-12-31T00:00:00Z");
  static final LocalDate FIGURES_OF = LocalDate.of(2024, 10, 10);

  /** Codes that must never show in a data cell: each has a label. */
  static final List<String> CODES =
      List.of("labour", "family", "total", "eu_efta", "non_eu_efta", "NAT9410", "NAT9350");

  static final TableInfo MOTIVE =
      new TableInfo(
          "immigration_by_motive",
          "Immigratie naar migratiemotief",
          "aantal immigranten",
          List.of("Basis: immigranten zonder Nederlandse nationaliteit."),
          List.of(
              integer("year", "Jaar"),
              text("motive", "Migratiemotief"),
              label("motive", "Migratiemotief"),
              text("origin_group", "Herkomst"),
              label("origin_group", "Herkomst"),
              figure("count", "Immigranten", 0),
              figure("share", "Aandeel (%)", 1)));

  static final SheetLayout MOTIVE_LAYOUT =
      SheetLayout.of(
          "Immigratie naar motief",
          Sheet.of(
              Block.comparison(List.of("motive"), Figure.count("count"), Figure.rate("share"))
                  .blocksBy("origin_group")
                  .total("motive", "total")
                  .chart(Chart.BARS, "total")));

  static final TableInfo REQUESTS =
      new TableInfo(
          "asylum_requests",
          "Asielverzoeken naar nationaliteit",
          "aantal verzoeken",
          List.of(),
          List.of(
              integer("year", "Jaar"),
              text("request_kind", "Soort verzoek"),
              text("nationality_code", "Nationaliteit"),
              label("nationality_code", "Nationaliteit"),
              figure("count", "Aantal", 0),
              integer("rank", "Rang")));

  static final SheetLayout REQUESTS_LAYOUT =
      SheetLayout.of(
          "Asielverzoeken",
          Sheet.of(
              Block.comparison(List.of("nationality_code"), Figure.count("count"))
                  .blocksBy("request_kind")
                  .ranked("rank", 10)
                  .chart(Chart.BARS)));

  /** Labels an input could carry that Excel would take for a formula, sign or control. */
  static final List<String> FORMULA_LABELS =
      List.of("=HYPERLINK(\"x\")", "+31", "-5 landen", "@SUM(A1)", "\tTab", "\rCR");

  private LayoutFixture() {}

  static List<Map<String, Object>> balanceRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    double[][] v = {
      {2019, 215723, 101365, 114358},
      {2020, 220853, 152339, 68514},
      {2021, 252451, 170031, 82420},
      {2022, 403108, 174034, 229074},
      {2023, 337436, 198286, 139150}
    };
    for (double[] y : v) {
      rows.add(
          row(
              "year",
              (int) y[0],
              "immigration",
              y[1],
              "immigration_status",
              null,
              "emigration",
              y[2],
              "emigration_status",
              null,
              "net_migration",
              y[3],
              "net_migration_status",
              y[0] == 2023 ? "provisional" : null,
              "population",
              null,
              "population_status",
              "not_available",
              "population_next",
              null,
              "population_next_status",
              "not_available",
              "average_population",
              null,
              "average_population_status",
              "not_available",
              "net_migration_per_1000",
              y[0] == 2023 ? null : 4.5,
              "net_migration_per_1000_status",
              y[0] == 2023 ? "not_available" : null,
              "source",
              "cbs:85524NED"));
    }
    return rows;
  }

  static List<Map<String, Object>> motiveRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    String[][] motives = {{"labour", "Arbeid"}, {"family", "Gezin"}, {"total", "Totaal"}};
    String[][] origins = {
      {"eu_efta", "EU/EFTA"}, {"non_eu_efta", "Buiten EU/EFTA"}, {"total", "Totaal"}
    };
    for (int year = 2020; year <= 2023; year++) {
      for (String[] o : origins) {
        for (int m = 0; m < motives.length; m++) {
          double count = m == 2 ? 3000 + year : 1000 + year + m;
          rows.add(
              row(
                  "year",
                  year,
                  "motive",
                  motives[m][0],
                  "motive_label",
                  motives[m][1],
                  "origin_group",
                  o[0],
                  "origin_group_label",
                  o[1],
                  "count",
                  count,
                  "count_status",
                  null,
                  "share",
                  10.0 + m,
                  "share_status",
                  null));
        }
      }
    }
    return rows;
  }

  static List<Map<String, Object>> requestRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    String[][] nats = {
      {"NAT9410", "Syrië"},
      {"NAT9350", "Afghanistan"},
      {"NAT9444", "[code] NAT9444"},
      {"NAT9001", FORMULA_LABELS.get(0)},
      {"NAT9002", FORMULA_LABELS.get(1)},
      {"NAT9003", FORMULA_LABELS.get(2)},
      {"NAT9004", FORMULA_LABELS.get(3)},
      {"NAT9005", FORMULA_LABELS.get(4)},
      {"NAT9006", FORMULA_LABELS.get(5)}
    };
    for (int year = 2021; year <= 2023; year++) {
      for (int i = 0; i < nats.length; i++) {
        rows.add(
            row(
                "year",
                year,
                "request_kind",
                "eerste asielverzoeken",
                "nationality_code",
                nats[i][0],
                "nationality_code_label",
                nats[i][1],
                "count",
                (double) (1000 * (nats.length - i) + year),
                "count_status",
                null,
                "rank",
                i + 1));
      }
    }
    return rows;
  }

  static List<ChapterSection> chapters() {
    return List.of(
        new ChapterSection(
            "Migratiestromen",
            List.of(
                WorkbookTable.built(
                    MigrationBalance.INFO,
                    balanceRows(),
                    List.of("CBS, tabel 85524NED (gewijzigd op 2024-10-10)"),
                    MigrationBalance.LAYOUT),
                WorkbookTable.built(
                    MOTIVE, motiveRows(), List.of("CBS, tabel 84809NED"), MOTIVE_LAYOUT),
                WorkbookTable.built(
                    REQUESTS, requestRows(), List.of("CBS, tabel 80059ned"), REQUESTS_LAYOUT))));
  }

  static Provenance provenance() {
    return new Provenance(
        FIGURES_OF,
        List.of(
            new Provenance.Source(
                "CBS, tabel 85524NED",
                "Bevolking; kerncijfers",
                "2024-10-10",
                SourceLines.url("cbs:85524NED"),
                "2024-11-02"),
            new Provenance.Source(
                "CBS, tabel 84809NED", null, "2024-03-01", SourceLines.url("cbs:84809NED"), null)));
  }

  static void write(Path workbook, Path charts) throws java.io.IOException {
    WorkbookWriter.write(
        workbook, "Staat van de migratie 2023", 2023, chapters(), FIXED_TIME, provenance(), charts);
  }
}
