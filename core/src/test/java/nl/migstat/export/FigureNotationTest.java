package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FigureNotationTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "null, .",
        "NOT_AVAILABLE, .",
        "CONFIDENTIAL, x",
        "NOT_APPLICABLE, ''",
        "PROVISIONAL, .",
        "ESTIMATED, ."
      })
  void aMissingFigureShowsTheCbsSymbolOfItsStatus(Status status, String symbol) {
    FigureNotation n = FigureNotation.of(null, status);
    assertThat(n.number()).isNull();
    assertThat(n.symbol()).isEqualTo(symbol);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "null, 0, '#,##0'",
        "null, 1, '#,##0.0'",
        "PROVISIONAL, 0, '#,##0\"*\"'",
        "REVISED_PROVISIONAL, 2, '#,##0.00\"**\"'",
        "REVISED, 2, '#,##0.00\" r\"'",
        "ESTIMATED, 0, '#,##0\" e\"'",
        "BREAK, 0, '#,##0\" b\"'",
        "LOW_RELIABILITY, 1, '#,##0.0\" u\"'",
        "DEFINITION_DIFFERS, 0, '#,##0\" d\"'"
      })
  void aFigureKeepsItsNumberAndItsFormatCarriesTheMark(Status status, int decimals, String format) {
    FigureNotation n = FigureNotation.of(-12.5, status);
    assertThat(n.number()).isEqualTo(-12.5);
    assertThat(n.symbol()).isNull();
    assertThat(n.numberFormat(decimals)).isEqualTo(format);
  }

  @ParameterizedTest
  @EnumSource(names = {"CONFIDENTIAL", "NOT_AVAILABLE", "NOT_APPLICABLE"})
  void aNumberWithAStatusThatSaysThereIsNoneIsRefused(Status status) {
    assertThatThrownBy(() -> FigureNotation.of(15.0, status))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(status.code());
  }

  @Test
  void zeroStaysANumberAndNonFiniteValuesAreRefused() {
    assertThat(FigureNotation.of(0.0, StatusSet.NONE).number()).isZero();
    assertThatThrownBy(() -> FigureNotation.of(Double.NaN, StatusSet.NONE))
        .hasMessageContaining("not a finite figure");
  }

  /**
   * Eurostat's {@code 68750 bep}: the star of provisional right after the number as CBS writes it,
   * then the letters of break and estimated together, in Eurostat's order: {@code 68,750* be}.
   */
  @Test
  void aFigureShowsTheSymbolOfEveryState() {
    StatusSet bep = StatusSet.of(Status.BREAK, Status.ESTIMATED, Status.PROVISIONAL);
    FigureNotation n = FigureNotation.of(68750.0, bep);
    assertThat(n.suffix()).isEqualTo("* be");
    assertThat(n.numberFormat(0)).isEqualTo("#,##0\"* be\"");
  }

  /** CBS {@code 2022**} with a break: nader voorlopig keeps its two stars beside the letter. */
  @Test
  void revisedProvisionalKeepsItsTwoStarsBesideALetter() {
    StatusSet states = StatusSet.of(Status.REVISED_PROVISIONAL, Status.BREAK);
    assertThat(FigureNotation.of(3.5, states).numberFormat(1)).isEqualTo("#,##0.0\"** b\"");
  }

  /** A sum over a 2023* and a 2022** figure is provisional as a whole: one star, not both marks. */
  @Test
  void provisionalAndRevisedProvisionalPartsShowOneStar() {
    StatusSet both = StatusSet.of(Status.PROVISIONAL, Status.REVISED_PROVISIONAL);
    assertThat(FigureNotation.of(10.0, both).suffix()).isEqualTo("*");
  }

  /** A missing figure shows only why it is missing: the states of its number are moot. */
  @Test
  void aMissingFigureShowsOnlyItsReason() {
    StatusSet secretAndProvisional = StatusSet.of(Status.CONFIDENTIAL, Status.PROVISIONAL);
    assertThat(FigureNotation.of(null, secretAndProvisional).symbol()).isEqualTo("x");
    StatusSet missingAndLow = StatusSet.of(Status.NOT_AVAILABLE, Status.LOW_RELIABILITY);
    assertThat(FigureNotation.of(null, missingAndLow).symbol()).isEqualTo(".");
  }

  @Test
  void theLegendExplainsEverySymbolTheNotationWrites() {
    assertThat(FigureNotation.LEGEND)
        .extracting(FigureNotation.LegendEntry::symbol)
        .contains("*", "**", "b", "d", "e", "r", "u");
  }
}
