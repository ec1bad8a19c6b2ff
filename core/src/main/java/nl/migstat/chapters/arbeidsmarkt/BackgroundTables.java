package nl.migstat.chapters.arbeidsmarkt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.CodeList;
import nl.migstat.chapters.Sources;
import nl.migstat.harmonise.DutchLabels;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The CBS labour-force tables by background that three tables read: the one of the old
 * classification and the first present of the new, together where both are present, so that the
 * series runs across CBS's 2022 classification change.
 */
final class BackgroundTables {
  /** CBS Arbeidsdeelname; migratieachtergrond (classification until 2021). */
  static final Sources OLD = Sources.anyOf("cbs:82809NED");

  /** CBS Arbeidsdeelname; herkomst, then its version by age (classification from 2022). */
  private static final List<String> NEW_TABLES = List.of("cbs:85456NED", "cbs:85455NED");

  static final Sources NEW = Sources.anyOf(NEW_TABLES);

  static final Sources SOURCES = OLD.andOr(NEW);

  /**
   * The labels of {@code background_code}: the source's own Migratieachtergrond or Herkomstland
   * titles, else the bridge's label in the classification of the row's source (CBS calls {@code
   * 1012600} "Nederlandse achtergrond" until 2021 and "Nederland" from 2022).
   */
  static final CodeList LABELS =
      CodeList.perSource(
          "CBS migratieachtergrond / herkomst",
          BackgroundTables::bundledLabels,
          "Migratieachtergrond",
          "Herkomstland");

  private BackgroundTables() {}

  private static Map<String, String> bundledLabels(String source) {
    return DutchLabels.backgroundGroups(
        NEW_TABLES.contains(source) ? BackgroundBridge.NEW : BackgroundBridge.OLD);
  }

  /** The observations of the background tables used and their names. */
  record Picked(Dataset<Row> rows, List<String> sources) {}

  /** The old-classification table and the first new one present, together; or empty. */
  static Optional<Picked> pick(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> old = OLD.first(inputs);
    Optional<ChapterInputs.Source> fresh = NEW.first(inputs);
    if (old.isEmpty() && fresh.isEmpty()) {
      return Optional.empty();
    }
    if (old.isPresent() && fresh.isPresent()) {
      return Optional.of(
          new Picked(
              old.get().rows().unionByName(fresh.get().rows()),
              List.of(old.get().name(), fresh.get().name())));
    }
    ChapterInputs.Source one = old.orElseGet(fresh::get);
    return Optional.of(new Picked(one.rows(), List.of(one.name())));
  }
}
