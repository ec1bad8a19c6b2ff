package nl.migstat.chapters;

import java.util.List;
import java.util.function.Predicate;
import nl.migstat.model.TableInfo;

/**
 * One chapter of the report: its tables in report order, and what they share, computed once per run
 * before any of them is built.
 *
 * @param <I> what the chapter's tables build from
 */
public interface Chapter<I> {
  /** The chapter's name in job files ({@code migratiestromen}). */
  String name();

  /** The Dutch chapter title. */
  String title();

  /** The tables in report order. */
  List<ReportTable<I>> tables();

  /**
   * What the chapter's tables build from: the inputs, with the intermediates several tables share
   * computed once (the tables then build on several threads and only read it).
   *
   * @param building the tables this run builds; an intermediate none of them uses is not computed
   */
  I prepare(ChapterInputs inputs, List<ReportTable<I>> building);

  /**
   * How the chapter's tables enter the run's disclosure control (counts, their sums, derived
   * figures); none by default.
   */
  default CellDeclarations cells() {
    return CellDeclarations.NONE;
  }

  /** The tables' infos in report order. */
  default List<TableInfo> infos() {
    return tables().stream().map(ReportTable::info).toList();
  }

  /**
   * The tables {@code wanted} picks, in report order, each ready to build from what the chapter
   * prepared once for them and then to be labelled ({@link Labelling}); nothing is prepared when no
   * table is wanted.
   */
  default List<PreparedTable> prepared(ChapterInputs inputs, Predicate<TableInfo> wanted) {
    List<ReportTable<I>> building = tables().stream().filter(t -> wanted.test(t.info())).toList();
    if (building.isEmpty()) {
      return List.of();
    }
    I shared = prepare(inputs, building);
    return building.stream()
        .map(
            t ->
                new PreparedTable(
                    t.info(), () -> Labelling.labelled(t.buildFrom(shared), t.codeLists(), inputs)))
        .toList();
  }
}
