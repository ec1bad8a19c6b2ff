package nl.migstat.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.migstat.model.TableInfo;
import org.junit.jupiter.api.Test;

/**
 * What every report table declares holds together: names that can be folders, sheets and Parquet
 * columns, and a skip reason worded by the same declaration that picks the sources.
 */
class ReportTablesTest {
  private static final Chapters ALL = Chapters.all();

  private static List<ReportTable<?>> everyTable() {
    List<ReportTable<?>> tables = new ArrayList<>();
    ALL.names().forEach(c -> tables.addAll(ALL.chapter(c).orElseThrow().tables()));
    return tables;
  }

  @Test
  void everyTableOfTheReportHasItsOwnName() {
    List<String> names = everyTable().stream().map(t -> t.info().name()).toList();
    assertThat(names).doesNotHaveDuplicates().hasSize(21);
    assertThat(ALL.tableNames()).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void noTableHasTwoColumnsOfTheSameNameStatusColumnsIncluded() {
    for (ReportTable<?> t : everyTable()) {
      assertThat(t.info().outputColumns()).as(t.info().name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyLabelColumnFollowsItsCodeColumnAndHasACodeListAndNoListIsStale() {
    for (ReportTable<?> t : everyTable()) {
      TableInfo info = t.info();
      List<String> codeColumns = new ArrayList<>();
      List<String> names = info.columns().stream().map(TableInfo.ColumnInfo::name).toList();
      for (String name : names) {
        if (info.isLabelColumn(name)) {
          String code = info.codeColumnOf(name).orElseThrow().name();
          assertThat(names.indexOf(name)).as(name).isEqualTo(names.indexOf(code) + 1);
          codeColumns.add(code);
        }
      }
      assertThat(t.codeLists().keySet())
          .as(info.name())
          .containsExactlyInAnyOrderElementsOf(codeColumns);
    }
  }

  @Test
  void noTwoColumnsOfATableShareAHeader() {
    for (ReportTable<?> t : everyTable()) {
      assertThat(t.info().columns().stream().map(TableInfo.ColumnInfo::label))
          .as(t.info().name())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void aTableWithoutItsSourcesGivesTheReasonItsDeclarationWords() {
    ChapterInputs none =
        new ChapterInputs(InlineRows.observations(), InlineRows.codes(), Set.of(), 2023, 2021);
    for (String c : ALL.names()) {
      Chapter<?> chapter = ALL.chapter(c).orElseThrow();
      for (PreparedTable t : chapter.prepared(none, info -> true)) {
        ReportTable<?> table = declared(chapter, t.info());
        assertThat(table.sources().presentIn(none)).isFalse();
        assertThat(t.build().skipReason())
            .as(t.info().name())
            .isEqualTo(table.sources().absentReason());
      }
    }
  }

  private static ReportTable<?> declared(Chapter<?> chapter, TableInfo info) {
    return chapter.tables().stream().filter(t -> t.info().equals(info)).findFirst().orElseThrow();
  }
}
