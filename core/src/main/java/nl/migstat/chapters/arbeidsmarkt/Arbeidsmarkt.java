package nl.migstat.chapters.arbeidsmarkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Arbeidsmarkt": how people with and without a migration background fare on the labour
 * market, over time and across CBS's 2022 classification change, and how the Netherlands compares
 * within the EU. A table whose sources are absent is skipped with the reason.
 */
public final class Arbeidsmarkt implements Chapter {
  /** CBS Arbeidsdeelname; migratieachtergrond (classification until 2021). */
  static final List<String> CBS_OLD = List.of("cbs:82809NED");

  /** CBS Arbeidsdeelname; herkomst, then its version by age (classification from 2022). */
  static final List<String> CBS_NEW = List.of("cbs:85456NED", "cbs:85455NED");

  /** CBS Arbeidsdeelname by age without background (80590ned-style): participation rates. */
  static final List<String> CBS_BY_AGE = List.of("cbs:80590ned", "cbs:80590NED");

  static final String EU_BY_BIRTH = "eurostat:lfsa_urgacob";
  static final List<String> EU_TOTAL = List.of("eurostat:tps00203", "eurostat:une_rt_a");

  private final BackgroundBridge bridge = BackgroundBridge.bundled();

  @Override
  public String name() {
    return "arbeidsmarkt";
  }

  @Override
  public String title() {
    return "Arbeidsmarkt";
  }

  @Override
  public List<TableInfo> tables() {
    return List.of(
        UnemploymentByBackground.INFO,
        ParticipationByBackground.INFO,
        UnemploymentEuComparison.INFO,
        LabourTrend.INFO);
  }

  @Override
  public ChapterTable build(String table, ChapterInputs inputs) {
    return switch (table) {
      case "unemployment_by_background" -> byBackground(UnemploymentByBackground.INFO, inputs);
      case "participation_by_background" -> participation(inputs);
      case "unemployment_eu_comparison" -> euComparison(inputs);
      case "labour_trend" -> trend(inputs);
      default -> throw new IllegalArgumentException("no table " + table + " in " + name());
    };
  }

  private ChapterTable byBackground(TableInfo info, ChapterInputs inputs) {
    Optional<Picked> cbs = background(inputs);
    if (cbs.isEmpty()) {
      return ChapterTable.skipped(info, ChapterInputs.missing(backgroundNeeds()));
    }
    return ChapterTable.built(
        info,
        UnemploymentByBackground.build(LabourFigures.wide(cbs.get().rows()), bridge),
        cbs.get().sources());
  }

  /** From the background tables, plus the 80590ned-style rates by age where present. */
  private ChapterTable participation(ChapterInputs inputs) {
    TableInfo info = ParticipationByBackground.INFO;
    Optional<Picked> cbs = background(inputs);
    Optional<ChapterInputs.Source> byAge = inputs.first(CBS_BY_AGE.toArray(String[]::new));
    if (cbs.isEmpty() && byAge.isEmpty()) {
      List<String> needs = new ArrayList<>(backgroundNeeds());
      needs.add(String.join(" or ", CBS_BY_AGE));
      return ChapterTable.skipped(info, ChapterInputs.missing(needs));
    }
    Dataset<Row> wide = null;
    List<String> sources = new ArrayList<>();
    if (cbs.isPresent()) {
      wide = LabourFigures.wide(cbs.get().rows());
      sources.addAll(cbs.get().sources());
    }
    if (byAge.isPresent()) {
      Dataset<Row> rates = LabourFigures.ageTable(byAge.get().rows());
      wide = wide == null ? rates : wide.unionByName(rates);
      sources.add(byAge.get().name());
    }
    return ChapterTable.built(info, ParticipationByBackground.build(wide, bridge), sources);
  }

  private ChapterTable euComparison(ChapterInputs inputs) {
    TableInfo info = UnemploymentEuComparison.INFO;
    Optional<ChapterInputs.Source> byBirth = inputs.first(EU_BY_BIRTH);
    if (byBirth.isEmpty()) {
      return ChapterTable.skipped(info, ChapterInputs.missing(List.of(EU_BY_BIRTH)));
    }
    Optional<ChapterInputs.Source> total = inputs.first(EU_TOTAL.toArray(String[]::new));
    List<String> sources = new ArrayList<>(List.of(EU_BY_BIRTH));
    total.ifPresent(t -> sources.add(t.name()));
    return ChapterTable.built(
        info,
        UnemploymentEuComparison.build(
            byBirth.get().rows(), total.map(ChapterInputs.Source::rows).orElse(null)),
        sources);
  }

  private ChapterTable trend(ChapterInputs inputs) {
    Optional<Picked> cbs = background(inputs);
    if (cbs.isEmpty()) {
      return ChapterTable.skipped(LabourTrend.INFO, ChapterInputs.missing(backgroundNeeds()));
    }
    return ChapterTable.built(
        LabourTrend.INFO,
        LabourTrend.build(LabourFigures.wide(cbs.get().rows()), bridge),
        cbs.get().sources());
  }

  /** The old-classification table and the first new one present, together. */
  private static Optional<Picked> background(ChapterInputs inputs) {
    Optional<ChapterInputs.Source> old = inputs.first(CBS_OLD.toArray(String[]::new));
    Optional<ChapterInputs.Source> fresh = inputs.first(CBS_NEW.toArray(String[]::new));
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

  private static List<String> backgroundNeeds() {
    return List.of(String.join(" or ", CBS_OLD) + " and/or " + String.join(" or ", CBS_NEW));
  }

  /** The observations of the background tables used and their names. */
  private record Picked(Dataset<Row> rows, List<String> sources) {}
}
