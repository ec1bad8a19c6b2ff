package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.migstat.model.Status;
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
        "REVISED, 2, '#,##0.00\"**\"'",
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
    assertThat(FigureNotation.of(0.0, null).number()).isZero();
    assertThatThrownBy(() -> FigureNotation.of(Double.NaN, null))
        .hasMessageContaining("not a finite figure");
  }
}
