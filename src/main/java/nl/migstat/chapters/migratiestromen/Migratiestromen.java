package nl.migstat.chapters.migratiestromen;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import nl.migstat.chapters.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Migratiestromen": who comes to the Netherlands, why and from where, who leaves, and how
 * the Netherlands compares within the EU. Each table names the sources it accepts, in order of
 * preference; a table whose sources are absent is skipped with the reason.
 */
public final class Migratiestromen implements Chapter {
  /** CBS Bevolking; kerncijfers (annual since 1899) and its monthly successor, most precise first. */
  static final List<String> CBS_POPULATION_FLOWS = List.of("cbs:85451NED", "cbs:85524NED");

  @Override
  public String name() {
    return "migratiestromen";
  }

  @Override
  public String title() {
    return "Migratiestromen";
  }

  @Override
  public List<TableInfo> tables() {
    return List.of(MigrationBalance.INFO);
  }

  @Override
  public ChapterTable build(String table, ChapterInputs inputs) {
    return switch (table) {
      case "migration_balance" -> migrationBalance(inputs);
      default -> throw new IllegalArgumentException("no table " + table + " in " + name());
    };
  }

  /**
   * From CBS kerncijfers (immigration, emigration incl. administrative corrections, population on
   * 1 January), else from Eurostat tps00176, tps00177 and tps00001 for NL.
   */
  private static ChapterTable migrationBalance(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> cbs = inputs.first(CBS_POPULATION_FLOWS.toArray(String[]::new));
    if (cbs.isPresent()) {
      Dataset<Row> rows = cbs.get().rows();
      return ChapterTable.built(MigrationBalance.INFO, MigrationBalance.build(
          Series.national(rows, Selection.measureIs("Immigratie")),
          Series.national(rows, Selection.measureIs("EmigratieInclusiefAdministratieveC")),
          Series.national(rows, Selection.measureIs("BevolkingOp1Januari"))),
          List.of(cbs.get().name()));
    }
    List<String> eurostat = List.of("eurostat:tps00176", "eurostat:tps00177", "eurostat:tps00001");
    if (eurostat.stream().allMatch(inputs::has)) {
      return ChapterTable.built(MigrationBalance.INFO, MigrationBalance.build(
          Series.national(inputs.first("eurostat:tps00176").orElseThrow().rows(), Selection.any()),
          Series.national(inputs.first("eurostat:tps00177").orElseThrow().rows(), Selection.any()),
          Series.national(inputs.first("eurostat:tps00001").orElseThrow().rows(),
              Selection.measureIs("JAN"))),
          eurostat);
    }
    return ChapterTable.skipped(MigrationBalance.INFO, ChapterInputs.missing(List.of(
        String.join(" or ", CBS_POPULATION_FLOWS), String.join(" + ", eurostat))));
  }
}
