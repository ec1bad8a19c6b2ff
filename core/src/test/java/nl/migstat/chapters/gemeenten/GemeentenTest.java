package nl.migstat.chapters.gemeenten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.InlineRows;
import nl.migstat.chapters.ReportTable;
import org.junit.jupiter.api.Test;

/** The chapter computes the harmonised counts once per run, and only where a table uses them. */
class GemeentenTest {
  private static final Gemeenten CHAPTER = new Gemeenten();

  private static ChapterInputs withSources(String... sources) {
    return new ChapterInputs(
        InlineRows.observations(), InlineRows.codes(), Set.of(sources), 2023, 2021);
  }

  private static List<ReportTable<MunicipalInputs>> only(Class<?> table) {
    return CHAPTER.tables().stream().filter(table::isInstance).toList();
  }

  @Test
  void theCountsArePreparedForTheTablesBuiltFromThem() {
    ChapterInputs in = withSources("cbs:84910NED");
    assertThat(CHAPTER.prepare(in, only(Concentration.class)).counts()).isPresent();
  }

  @Test
  void aRunBuildingOnlyTheSegregationIndexComputesNoCounts() {
    ChapterInputs in = withSources("cbs:84910NED", "cbs:84583NED");
    assertThat(CHAPTER.prepare(in, only(SegregationWithinMunicipality.class)).counts()).isEmpty();
  }

  @Test
  void withoutAMunicipalSourceNoCountsAreComputedAndNothingFails() {
    MunicipalInputs prepared = CHAPTER.prepare(withSources("cbs:85524NED"), CHAPTER.tables());
    assertThat(prepared.counts()).isEmpty();
    assertThat(new PopulationByBackground().buildFrom(prepared).skipReason())
        .startsWith("input absent: needs cbs:84910NED");
  }
}
