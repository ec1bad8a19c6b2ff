package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What stands on a table's sheet: a heading that names each part of the table once, and no block
 * that has nothing to show.
 */
class SheetHeadingTest {
  @Test
  void aSecondSheetAddsItsPartToTheTitle() {
    assertThat(
            PlannedSheet.heading(
                "1.13a",
                "Tijdelijke bescherming in de EU (ontheemden uit Oekraïne), eind van de maand",
                "Nederland"))
        .isEqualTo(
            "Tabel 1.13a Tijdelijke bescherming in de EU (ontheemden uit Oekraïne), eind van de"
                + " maand, Nederland");
    assertThat(PlannedSheet.heading("1.1", "Immigratie, emigratie en migratiesaldo", ""))
        .isEqualTo("Tabel 1.1 Immigratie, emigratie en migratiesaldo");
  }

  @Test
  void aTitleThatEndsWithThePartNamesItOnce() {
    // The sample workbook read "… naar vorige nationaliteit; EU-vergelijking, EU-vergelijking".
    assertThat(
            PlannedSheet.heading(
                "1.9a",
                "Verkrijging van het Nederlanderschap naar vorige nationaliteit; EU-vergelijking",
                "EU-vergelijking"))
        .isEqualTo(
            "Tabel 1.9a Verkrijging van het Nederlanderschap naar vorige nationaliteit;"
                + " EU-vergelijking");
    assertThat(
            PlannedSheet.heading(
                "1.10a",
                "Definitieve asielbeslissingen, beslissingen in eerste aanleg en alleenstaande"
                    + " minderjarigen",
                "alleenstaande minderjarigen"))
        .endsWith("en alleenstaande minderjarigen")
        .doesNotContain("minderjarigen, alleenstaande");
  }

  @Test
  void aBlockWithoutRowsIsLeftOutUnlessTheSheetHasNothingElse() {
    // The real job's tps00176 holds no aggregate: sheet 1.11's second block printed a lone
    // header 'Land' under the ranked countries.
    Grid ranked =
        new Grid(
            null,
            List.of("Rang", "Land", "2017"),
            2,
            List.of(
                new Grid.Row(
                    List.of(
                        GridCell.integer(1),
                        GridCell.text("Malta"),
                        GridCell.figure(47.2, null, 1)),
                    false)),
            null);
    Grid aggregates = new Grid(null, List.of("Land"), 1, List.of(), null);
    assertThat(PlannedSheet.withoutEmptyBlocks(List.of(ranked, aggregates)))
        .containsExactly(ranked);
    assertThat(PlannedSheet.withoutEmptyBlocks(List.of(aggregates))).containsExactly(aggregates);
  }
}
