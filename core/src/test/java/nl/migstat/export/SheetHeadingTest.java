package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heading above a table's sheet names each part of the table once. */
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
}
