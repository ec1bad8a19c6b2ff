package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
  @Test
  void forbiddenCharactersBecomeUnderscoresAndLongNamesAreCutAt31() {
    SheetNames names = new SheetNames();
    assertThat(names.claim("a/b\\c?d*e[f]g:h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(names.claim("asylum_first_applications_by_citizenship"))
        .isEqualTo("asylum_first_applications_by_ci")
        .hasSize(31);
  }

  @Test
  void duplicatesIgnoringCaseGetANumberWithinTheLimit() {
    SheetNames names = new SheetNames();
    assertThat(names.claim("Inhoud")).isEqualTo("Inhoud");
    assertThat(names.claim("inhoud")).isEqualTo("inhoud (2)");
    assertThat(names.claim("INHOUD")).isEqualTo("INHOUD (3)");
    String longName = "x".repeat(40);
    assertThat(names.claim(longName)).isEqualTo("x".repeat(31));
    assertThat(names.claim(longName)).isEqualTo("x".repeat(27) + " (2)");
  }

  @Test
  void apostrophesAtTheEndsEmptyNamesAndHistoryAreAvoided() {
    SheetNames names = new SheetNames();
    assertThat(names.claim("'quoted'")).isEqualTo("quoted");
    assertThat(names.claim("  ")).isEqualTo("Tabel");
    assertThat(names.claim("History")).isEqualTo("History (2)");
    assertThat(SheetNames.linkTo("it's")).isEqualTo("'it''s'!A1");
  }

  @Test
  void aNumberedNameIsCutAfterAWholeWordAndNeverEndsOnAFunctionWord() {
    assertThat(SheetNames.numbered("1.1", "Migratiesaldo", "")).isEqualTo("1.1 Migratiesaldo");
    assertThat(SheetNames.numbered("1.1a", "Migratiesaldo", "lange reeks"))
        .isEqualTo("1.1a Migratiesaldo lange reeks");
    // 34 characters: "1.1 Beslissingen op asielaanvragen" → cut before "asielaanvragen", then "op".
    assertThat(SheetNames.numbered("1.1", "Beslissingen op asielaanvragen", ""))
        .isEqualTo("1.1 Beslissingen");
    assertThat(SheetNames.numbered("3.2", "Profiel van gemeenten: migratieachtergrond", ""))
        .isEqualTo("3.2 Profiel van gemeenten");
    assertThat(SheetNames.cutAtWord("Werkloosheidspercentagesnaarherkomst", 31))
        .isEqualTo("Werkloosheidspercentagesnaarher");
  }
}
